// The official-layout xlsx: read back with exceljs, and converted to PDF by real LibreOffice (text
// read back with pdftotext) to see that another spreadsheet program renders it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessmentXlsx } from './assessment-xlsx.ts';
import { answeredDocument, formDocument } from './document.test-helpers.ts';
import type { FormDocument } from './document.ts';

async function sheetOf(doc: FormDocument): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy of the Node Buffer's bytes is one.
  await wb.xlsx.load(new Uint8Array(await assessmentXlsx(doc)).buffer);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  return ws;
}

const text = (cell: ExcelJS.Cell): string => (typeof cell.value === 'string' ? cell.value : '');

/** The row number of the first header row (番号 in column A). */
function headRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === '番号') return r;
  throw new Error('no header row');
}

/** Item rows below the header, section heading rows (merged across) left out, up to the blank row. */
function itemRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = headRow(ws) + 2; r <= ws.rowCount && ws.getCell(r, 1).value !== null; r++) {
    if (!ws.getCell(r, 2).isMerged) rows.push(ws.getRow(r));
  }
  return rows;
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  const row = itemRows(ws).find((r) => r.getCell(1).value === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

/** The value next to a header label (医療機関名 …). */
function fact(ws: ExcelJS.Worksheet, label: string): ExcelJS.CellValue | undefined {
  for (let r = 1; r < headRow(ws); r++) if (ws.getCell(r, 1).value === label) return ws.getCell(r, 2).value;
  return undefined;
}

describe('assessmentXlsx', () => {
  it('lays out the form like the print: title, header facts, two header rows, one row per item', async () => {
    const doc = answeredDocument();
    const ws = await sheetOf(doc);
    expect(ws.name).toBe('医療機関確認用');
    expect(ws.getCell('A1').value).toBe('医療機関におけるサイバーセキュリティ対策チェックリスト 令和7年度版【医療機関確認用】');
    expect(ws.model.merges).toContain('A1:H1');
    expect(fact(ws, '医療機関名')).toBe('みどり内科クリニック');
    expect(fact(ws, '医療機関コード')).toBe('1312345678');
    expect(fact(ws, '所在地')).toBe('東京都千代田区1-1');
    expect(fact(ws, '年度')).toBe('令和7年度（2025/04/01〜2026/03/31）');
    expect(fact(ws, '事業者との契約')).toBe('あり');
    expect(fact(ws, '医療情報システム安全管理責任者')).toBe('山田 太郎');
    expect(fact(ws, '記入者（署名）')).toBeNull();
    expect(fact(ws, '記入日')).toBeNull();
    expect(fact(ws, '事業者名')).toBeUndefined();

    const h = headRow(ws);
    expect([1, 2, 3, 8].map((c) => ws.getCell(h, c).value)).toEqual(['番号', 'チェック項目', '確認結果（日付）', '備考']);
    expect([3, 4, 5, 6, 7].map((c) => ws.getCell(h + 1, c).value)).toEqual(['1回目', '確認日', '目標日', '2回目', '確認日']);
    expect(ws.model.merges).toEqual(expect.arrayContaining([`C${h}:G${h}`, `A${h}:A${h + 1}`, `B${h}:B${h + 1}`, `H${h}:H${h + 1}`]));
    expect(ws.getCell(h, 5).master.address).toBe(`C${h}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${h}:${h + 1}`);
    expect(ws.headerFooter.oddFooter).toBe('&LMamori で作成 2025-06-02 12:04&C&P / &N');

    const items = doc.assessment.items;
    const rows = itemRows(ws);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(items.map((i) => i.label));
    rows.forEach((row, n) => {
      const item = items[n];
      if (!item) throw new Error('more rows than items');
      expect(text(row.getCell(2))).toContain(item.text ?? '（文言不明・原文未確認）');
      expect(text(row.getCell(2)).includes('※推定（原文未確認）')).toBe(item.wording === 'inferred');
      expect(row.getCell(2).alignment.wrapText).toBe(true);
    });
    expect(items.filter((i) => i.wording === 'inferred').length).toBeGreaterThan(0);
    expect(ws.getCell(`A${h + 2}`).value).toBe('医療情報システムの有無'); // the gate's heading row
    expect(ws.model.merges).toContain(`A${h + 2}:H${h + 2}`);
    const headings = Array.from({ length: ws.rowCount }, (_, r) => ws.getCell(r + 1, 1).value);
    expect(headings).toEqual(expect.arrayContaining(['1 体制構築', '2 医療情報システムの管理・運用', '3 インシデント発生に備えた対応']));
    expect(String(ws.getCell(ws.rowCount, 1).value)).toBe(
      '項目の出典: 令和7年度版（Mamori の収録データ。※推定・文言不明の項目は原文を確認してください）',
    );
  });

  it('writes answers as はい/いいえ with a list to choose from, and dates as real Excel dates', async () => {
    const ws = await sheetOf(answeredDocument());
    const no = rowOf(ws, '2-⑤ サーバ・端末PC');
    expect(no.getCell(3).value).toBe('いいえ');
    expect(no.getCell(4).value).toEqual(new Date(Date.UTC(2025, 5, 1)));
    expect(no.getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 15)));
    expect(no.getCell(5).numFmt).toBe('yyyy/mm/dd');
    expect(no.getCell(6).value).toBeNull();
    const yes = rowOf(ws, '1-①');
    expect(yes.getCell(3).value).toBe('はい');
    expect(yes.getCell(5).value).toBeNull(); // 目標日 only after いいえ
    for (const cell of [no.getCell(3), no.getCell(6), yes.getCell(3), yes.getCell(6)]) {
      expect(cell.dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"はい,いいえ"'] });
      expect(cell.dataValidation.error).toContain('「はい」または「いいえ」');
    }
    expect(yes.getCell(4).dataValidation).toBeUndefined();
    expect(no.getCell(1).border.left?.style).toBe('thin');
  });

  it('keeps a note that looks like a formula a plain string', async () => {
    const note = rowOf(await sheetOf(answeredDocument()), '2-⑤ サーバ・端末PC').getCell(8);
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe('=HYPERLINK("x")');
    expect(note.formula).toBeUndefined();
  });

  it('merges the result columns of an exempt item into 記入不要, and leaves dates out of yes/no-only items', async () => {
    const ws = await sheetOf(
      formDocument({
        version: 'R6',
        hasVendorContract: false,
        answers: {
          '0-gate': { firstAnswer: 'yes', firstDate: '2024-06-01' },
          '2-4.server': { firstAnswer: 'no', firstDate: '2024-06-01', targetDate: '2025-01-10', note: '一行目\n二行目' },
        },
      }),
    );
    expect(fact(ws, '事業者との契約')).toMatch(/^なし（2\(2\).*2\(3\).* は記入不要）$/);
    const exempt = rowOf(ws, '2(2) 医療情報システム全般');
    expect(exempt.getCell(3).value).toBe('記入不要（事業者と契約していないため記入不要です）');
    expect(ws.model.merges).toContain(`C${exempt.number}:G${exempt.number}`);
    expect(exempt.getCell(3).dataValidation).toBeUndefined();
    expect(rowOf(ws, '2(3) 医療情報システム全般').getCell(7).master.address).toBe(`C${rowOf(ws, '2(3) 医療情報システム全般').number}`);

    const gate = rowOf(ws, '医療情報システムの有無');
    expect(gate.getCell(3).value).toBe('はい');
    expect(gate.getCell(4).value).toBeNull(); // yes_no_only: no 確認日
    const server = rowOf(ws, '2(4) サーバ');
    expect(server.getCell(5).value).toEqual(new Date(Date.UTC(2025, 0, 10)));
    expect(server.getCell(8).value).toBe('一行目\n二行目');
    expect(server.height).toBeGreaterThan(30);
  });

  it('names the vendor and system on a vendor form', async () => {
    const ws = await sheetOf(formDocument({ version: 'R6', form: 'vendor', vendorName: '株式会社テスト', systemName: '電子カルテ' }));
    expect(ws.name).toBe('事業者確認用');
    expect(fact(ws, '事業者名')).toBe('株式会社テスト');
    expect(fact(ws, 'システム名')).toBe('電子カルテ');
  });

  it('opens in LibreOffice and prints the answers', { timeout: 180_000 }, async () => {
    try {
      execFileSync('libreoffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    } catch {
      throw new Error('LibreOffice is needed for this test: install libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-xlsx-'));
    try {
      const file = path.join(dir, 'form.xlsx');
      fs.writeFileSync(file, await assessmentXlsx(answeredDocument()));
      execFileSync(
        'libreoffice',
        ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = path.join(dir, 'form.pdf');
      expect(fs.existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
      const out = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(out).toContain('みどり内科クリニック');
      expect(out).toMatch(/^医療情報システム安全管理責任者\s+山田 太郎$/m); // the header line, not item 1(1)
      expect(out).toMatch(/^2-⑤ .*いいえ\s+2025\/06\/01\s+2026\/03\/15\s+=HYPERLINK\("x"\)$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
