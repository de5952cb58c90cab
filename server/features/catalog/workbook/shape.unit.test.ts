// Reading a form by its shape: the R5/R6 layout and the R7-on layout, built from the reference texts.
import { describe, expect, it } from 'vitest';
import { readSheets } from './read-sheets.ts';
import { bracketTargets, itemNumberOf, readForm } from './shape.ts';
import { formItems, r5ShapeLines, r7ShapeLines, r8OfficialItems, workbook } from './workbook.test-helpers.ts';

const read = async (bytes: Buffer) => {
  const [grid] = await readSheets(bytes);
  if (!grid) throw new Error('no sheet');
  return readForm(grid);
};

describe('item numbers as the ministry prints them', () => {
  it('reads 1(1), （１）, ２（４）, 2-①, ①, ⑬ and 2-(1)', () => {
    expect(itemNumberOf('1(1)医療情報…')).toMatchObject({ section: '1', no: 1, rest: '医療情報…' });
    expect(itemNumberOf('（１）サーバ')).toMatchObject({ section: null, no: 1, rest: 'サーバ' });
    expect(itemNumberOf('２（４）利用者')).toMatchObject({ section: '2', no: 4, rest: '利用者' });
    expect(itemNumberOf('2-① 台帳')).toMatchObject({ section: '2', no: 1, circled: true, rest: '台帳' });
    expect(itemNumberOf('⑬接続元制限')).toMatchObject({ section: null, no: 13, circled: true });
    expect(itemNumberOf('2-(1) サーバ')).toMatchObject({ section: '2', no: 1 });
    expect(itemNumberOf('体制構築')).toBeNull();
  });

  it('takes targets from brackets only when every word is a target class', () => {
    expect(bracketTargets('不要なサービスを停止している。（サーバ、端末 PC）')).toEqual({
      text: '不要なサービスを停止している。',
      targets: ['server', 'pc'],
    });
    expect(bracketTargets('連絡体制図がある（事業者、厚生労働省、警察等）').targets).toBeNull();
  });
});

describe('the R5 shape', () => {
  it('reads every item with its number, target, 参考項目 block, answer cells and the 記入不要 note', async () => {
    const result = await read(await workbook({ lines: r5ShapeLines() }));
    if (!result.ok) throw new Error(`${result.row}: ${result.message}`);
    const { form } = result;
    expect(form).toMatchObject({ fiscalYear: 2023, formLabel: '医療機関確認用', numbering: 'paren', noVendorNumbers: ['2-2', '2-3'] });
    const r5 = formItems('R5');
    expect(form.items).toHaveLength(r5.length);
    form.items.forEach((read, i) => {
      const ref = r5[i];
      expect([read.section, read.no, read.targets, read.text, read.reference]).toEqual([
        ref?.section,
        ref?.no,
        ref?.status === 'gate' ? ['all'] : ref?.targets,
        ref?.text,
        ref?.status === 'reference',
      ]);
    });
    const chart = form.items.find((i) => i.section === '3' && i.no === 1);
    expect(chart?.answerType).toBe('dated_once');
    expect(form.items.find((i) => i.section === '1')?.answerType).toBe('dated');
    expect(form.items.filter((i) => i.reference).every((i) => i.dueFiscalYear === 2024)).toBe(true);
    expect(form.sectionTitles).toEqual({ '1': '体制構築', '2': '医療情報システムの管理・運用', '3': 'インシデント発生に備えた対応' });
  });
});

describe('the R7 shape', () => {
  it('reads circled numbers and the targets in brackets', async () => {
    const items = r8OfficialItems();
    const result = await read(await workbook({ lines: r7ShapeLines(items) }));
    if (!result.ok) throw new Error(`${result.row}: ${result.message}`);
    expect(result.form).toMatchObject({ fiscalYear: 2026, formLabel: '医療機関・薬局確認用', numbering: 'circled' });
    const twelve = result.form.items.find((i) => i.section === '2' && i.no === 12);
    expect(twelve).toMatchObject({
      targets: ['server', 'pc'],
      printed: '2-⑫',
      text: 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。',
    });
    expect(result.form.items).toHaveLength(items.length);
  });

  it('stops at a row it cannot read, naming the sheet and row', async () => {
    const lines = r7ShapeLines(r8OfficialItems());
    lines.splice(8, 0, { kind: 'text', text: 'この行は様式にない説明です' });
    const result = await read(await workbook({ lines, sheetName: '様式' }));
    expect(result).toMatchObject({
      ok: false,
      sheet: '様式',
      row: expect.any(Number),
      message: expect.stringContaining('この行は様式にない説明です'),
    });
  });

  it('refuses a formula where an item’s wording should be, naming the cell', async () => {
    const lines = r7ShapeLines(r8OfficialItems());
    lines.splice(9, 0, { kind: 'formula', number: '⑳', formula: 'CONCAT("a","b")' });
    const result = await read(await workbook({ lines }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^セル B\d+ は数式です/) });
  });
});
