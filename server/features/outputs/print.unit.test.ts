// The print views as HTML, and as PDF through real headless Chromium (text read back with pdftotext).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_STARTERS } from '../../../domain/contacts/chart.ts';
import { loadConfig } from '../../lib/config.ts';
import { htmlToPdf } from '../../lib/pdf.ts';
import { presentChart } from '../contacts/contacts.present.ts';
import type { ContactRow } from '../contacts/contacts.repo.ts';
import { renderForm } from './assessment-print.ts';
import { renderContactChart } from './contacts-print.ts';
import { answeredDocument, formDocument } from './document.test-helpers.ts';
import { printPage } from './print-page.ts';

const rowOf = (html: string, itemId: string) => html.match(new RegExp(`<tr data-item="${itemId}">[\\s\\S]*?</tr>`))?.[0] ?? '';

function chart(phones: Record<string, string> = {}) {
  const at = new Date('2025-06-01T00:00:00Z');
  const rows: ContactRow[] = CONTACT_STARTERS.map((s, i) => ({
    organizationId: 'o',
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    side: s.side,
    category: s.category,
    organizationName: s.organizationName,
    personName: s.key === 'internal.responsible' ? '山田 太郎' : '',
    phone: phones[s.key] ?? s.phone,
    hours: s.hours,
    url: s.url,
    note: s.note,
    providesMedicalSystem: true,
    starterKey: s.key,
    position: i,
    createdAt: at,
    updatedAt: at,
  }));
  return presentChart(
    {
      organizationId: 'o',
      confirmedOn: '2025-06-01',
      confirmedBy: null,
      paperConfirmedOn: null,
      paperEvidenceId: null,
      updatedAt: at,
      confirmedByLogin: 'tanaka',
    },
    rows,
    '2025-06-02',
  );
}

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('form print view', () => {
  it('prints the institution, the items under their headings and the answers with 和暦 and 西暦 dates', () => {
    const html = renderForm(answeredDocument('2-5')).value;
    expect(html).toContain('みどり内科クリニック');
    expect(html).toContain('医療情報システム安全管理責任者</th><td colspan="3">山田 太郎');
    expect(html).toContain('<th colspan="3" scope="colgroup">確認結果（日付）</th>');
    expect(html).toMatch(/<th class="section" colspan="6" scope="colgroup">2 /);
    const no = rowOf(html, '2-5');
    expect(no).toContain('<span class="opt on">いいえ</span>');
    expect(no).toContain('<span class="opt">はい</span>');
    expect(no).toContain('令和8年3月15日<small>(2026-03-15)</small>');
    expect(rowOf(html, '2-1')).toContain('<span class="opt on">はい</span>');
    expect(rowOf(html, '2-1')).toContain('令和7年6月1日');
  });

  it('escapes what people typed, and marks wording that is not confirmed', () => {
    const doc = formDocument({
      answers: { '2-1': { firstAnswer: 'yes', firstDate: '2025-06-01', note: '<script>alert(1)</script>\n2行目' } },
    });
    const html = renderForm(doc).value;
    expect(html).not.toContain('<script>alert(1)');
    expect(rowOf(html, '2-1')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>2行目');
    const inferred = doc.assessment.items.find((i) => i.wording === 'inferred');
    const unknown = doc.assessment.items.find((i) => i.wording === 'unknown');
    expect(rowOf(html, inferred?.id ?? '')).toContain('※推定');
    expect(rowOf(html, unknown?.id ?? '')).toContain('（文言不明・原文未確認）');
    expect(html).toContain('提出前に厚生労働省の様式と照合してください');
  });

  it('prints R5 3(1) with its one answer cell across the three columns (no 目標日 or 2回目)', () => {
    const html = renderForm(formDocument({ version: 'R5', answers: { '3-1': { firstAnswer: 'yes', firstDate: '2023-07-01' } } })).value;
    expect(rowOf(html, '3-1')).toContain('<td class="result" colspan="3">');
    expect(rowOf(html, '3-1').match(/<td class="result"/g)).toHaveLength(1);
    expect(rowOf(html, '1-1').match(/<td class="result">/g)).toHaveLength(3);
  });

  it('prints 記入不要 with its rule where there is no vendor contract', () => {
    const html = renderForm(formDocument({ version: 'R6', hasVendorContract: false })).value;
    expect(rowOf(html, '2-2')).toMatch(/<td class="exempt" colspan="3">記入不要（.+）<\/td>/);
    expect(html).toContain('事業者との契約: なし（2(2)・2(3) は記入不要）');
  });

  it('links its stylesheet and print script for the browser (CSP: same origin only) and inlines it for PDF', () => {
    const body = renderForm(formDocument());
    const browser = printPage('t', body, 'browser');
    expect(browser).toContain('<link rel="stylesheet" href="/api/print/print.css">');
    expect(browser).not.toContain('<style>');
    expect(browser).not.toMatch(/ on\w+=/);
    expect(printPage('t', body, 'pdf')).toMatch(/<style>[^<]*@page \{\s*size: A4 portrait/);
  });
});

describe('連絡体制図 print view', () => {
  it('draws the call order and the 外部連絡リスト in the ministry example’s columns, marking missing numbers', () => {
    const html = renderContactChart(answeredDocument().org, chart()).value;
    expect(html).toContain('<li class="start">異常の発見者</li>');
    const external = html.slice(html.indexOf('外部連絡リスト'));
    const headers = [...external.slice(0, external.indexOf('</tr>')).matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(headers.slice(0, 5)).toEqual(['No', 'カテゴリ', '組織名', '担当者名', '電話番号']);
    expect(html).toContain('03-6812-7837');
    expect(html).toContain('番号は各自で確認');
    expect(html).toContain('（未記入）');
    expect(html).toContain('令和7年6月1日 (2025-06-01)');
  });
});

describe('PDF through headless Chromium', () => {
  const chromiumPath = loadConfig().chromiumPath;

  it('makes an A4 PDF of a form whose text holds the items and answers', async () => {
    const doc = answeredDocument('2-5');
    const pdf = await htmlToPdf(printPage('form', renderForm(doc), 'pdf'), { chromiumPath, footer: 'テスト' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('みどり内科クリニック');
    expect(text).toContain('医療機関確認用');
    expect(text).toContain('令和8年3月15日');
    const item = doc.assessment.items.find((i) => i.id === '2-1');
    expect(text.replace(/\s+/g, '')).toContain((item?.text ?? '').replace(/\s+/g, '').slice(0, 12));
  }, 60_000);

  it('fits the 連絡体制図 of every starter entry on one A4 page', async () => {
    const pdf = await htmlToPdf(
      printPage('chart', renderContactChart(answeredDocument().org, chart({ 'external.police': '03-3581-4321' })), 'pdf'),
      {
        chromiumPath,
        footer: 'テスト',
      },
    );
    const text = pdfText(pdf);
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(1);
    expect(text).toContain('外部連絡リスト');
    expect(text).toContain('03-3581-4321');
  }, 60_000);

  it('says plainly when Chromium is missing', () => {
    expect(() => htmlToPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium', footer: '' })).toThrow(/Chromium が必要/);
  });
});
