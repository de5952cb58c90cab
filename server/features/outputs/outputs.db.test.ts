// The official outputs through the API: print views, PDF (real Chromium), xlsx, the inspection pack.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let institution: string;

function pdfText(bytes: ArrayBuffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-out-'));
  try {
    fs.writeFileSync(path.join(dir, 'f.pdf'), Buffer.from(bytes));
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'midori', name: 'みどり内科クリニック' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  const started = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' });
  institution = started.body.id;
  const base = { firstDate: '2025-06-01', targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };
  await editor.request('PUT', `/api/orgs/${orgId}/assessments/${institution}/answers/2-1`, { ...base, firstAnswer: 'yes' });
  await editor.request('PUT', `/api/orgs/${orgId}/assessments/${institution}/answers/2-5`, {
    ...base,
    firstAnswer: 'no',
    targetDate: '令和8年3月15日',
  });
  const vendorForm = await editor.post(`/api/orgs/${orgId}/assessments`, {
    fiscalYear: 2024,
    form: 'vendor',
    vendorName: 'ABCメディカル',
    systemName: '電子カルテ',
  });
  expect(vendorForm.status).toBe(201);
  await editor.post(`/api/orgs/${orgId}/contacts`, {
    side: 'internal',
    category: '医療情報システム安全管理責任者',
    personName: '山田 太郎',
    phone: '内線201',
  });
  await editor.post(`/api/orgs/${orgId}/contacts`, {
    side: 'external',
    category: '事業者',
    organizationName: 'ABCメディカル',
    phone: '0120-111-222',
  });
});
afterAll(() => deps.close());

describe('official outputs', () => {
  it('shows a form’s print view to any member, as a page of its own with same-origin styles', async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/assessments/${institution}/print`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    const html = await res.text();
    expect(html).toContain('みどり内科クリニック');
    expect(html).toContain('山田 太郎');
    expect(html).toContain('<span class="opt on">いいえ</span>');
    expect(html).toContain('令和8年3月15日');
    const css = await viewer.raw('/api/print/print.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('size: A4 portrait');
  });

  it('downloads the form as an A4 PDF whose text holds the items and answers', async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/assessments/${institution}/export.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('令和7年度_医療機関確認用.pdf'));
    const text = pdfText(await res.arrayBuffer());
    expect(text).toContain('みどり内科クリニック');
    expect(text).toContain('令和8年3月15日');
  }, 60_000);

  it('downloads the form as .xlsx that exceljs reads back', async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/assessments/${institution}/export.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const values: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      values.push(row.values ? JSON.stringify(row.values) : '');
    });
    expect(values.join('\n')).toContain('みどり内科クリニック');
    expect(values.join('\n')).toContain('いいえ');
  });

  it('prints the 連絡体制図 and makes it a one-page PDF', async () => {
    const html = await (await viewer.raw(`/api/orgs/${orgId}/contacts/print`)).text();
    expect(html).toContain('外部連絡リスト');
    expect(html).toContain('0120-111-222');
    const pdf = await viewer.raw(`/api/orgs/${orgId}/contacts/export.pdf`);
    const text = pdfText(await pdf.arrayBuffer());
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
    expect(text).toContain('ABCメディカル');
  }, 60_000);

  it('bundles the year’s forms and the chart in the inspection pack, with the readiness on its cover', async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/inspection-pack.pdf?fiscalYear=2025`);
    expect(res.status).toBe(200);
    const text = pdfText(await res.arrayBuffer());
    expect(text).toContain('立入検査用資料（令和7年度）');
    expect(text).toMatch(/不足が \d+ 件あります/);
    expect(text).toContain('Mamori からの助言');
    expect(text).toContain('3-① 連絡体制図の最終確認日がありません');
    expect(text).toContain('医療機関確認用');
    expect(text).toContain('連絡体制図');
    // the 2024 vendor form belongs to another year's pack
    expect(text).not.toContain('電子カルテ');
    const html = await (await viewer.raw(`/api/orgs/${orgId}/inspection-pack/print?fiscalYear=2024`)).text();
    expect(html).toContain('事業者確認用');
    expect(html).toContain('ABCメディカル');
  }, 60_000);

  it('says what is missing instead of an empty pack, and refuses a year that is not one', async () => {
    const none = await viewer.get(`/api/orgs/${orgId}/inspection-pack.pdf?fiscalYear=2023`);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('みどり内科クリニック の令和5年度のチェックリストがまだありません。');
    expect((await viewer.get(`/api/orgs/${orgId}/inspection-pack.pdf?fiscalYear=R7`)).status).toBe(400);
    expect((await viewer.get(`/api/orgs/${orgId}/inspection-pack.pdf`)).status).toBe(400);
  });
});
