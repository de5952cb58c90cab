// The 手引き rules on the real catalog items.
import { describe, expect, it } from 'vitest';
import { checkAnswer, exemption, gapsOf, itemLabel, progressOf } from '../../../domain/assessment/rules.ts';
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import type { CatalogItem } from '../../../domain/catalog/schema.ts';
import { loadCatalog } from '../catalog/catalog.loader.ts';

const catalog = loadCatalog();
const form = (id: string, f = 'institution') => catalog.find((v) => v.id === id)?.forms.find((x) => x.form === f)?.items ?? [];
const r6 = form('R6');
const r5 = form('R5');
const item = (items: CatalogItem[], id: string) => items.find((i) => i.id === id) as CatalogItem;
const yes = (date = '2025-06-01'): AnswerValues => ({
  firstAnswer: 'yes',
  firstDate: date,
  targetDate: null,
  secondAnswer: null,
  secondDate: null,
  note: '',
});
const ctx = { fiscalYear: 2024, form: 'institution', hasVendorContract: true };

describe('item labels', () => {
  it('name the number and target class as the form prints them', () => {
    expect(itemLabel(item(r6, '2-4.pc'))).toBe('2(4) 端末PC');
    expect(itemLabel(item(r6, '1-1'))).toBe('1(1)');
    expect(itemLabel(item(r6, '0-gate'))).toBe('医療情報システムの有無');
  });

  it('number R7 items as its forms do: circled within the section (R5/R6 2(8) is R7 2-⑬)', () => {
    const r7 = catalog.find((v) => v.id === 'R7');
    expect(r7?.numbering).toBe('circled');
    expect(itemLabel(item(form('R7'), '2-13'), r7?.numbering)).toBe('2-⑬ ネットワーク機器');
    expect(itemLabel(item(form('R7'), '2-12'), r7?.numbering)).toBe('2-⑫ サーバ・端末PC');
  });
});

describe('gaps by the 立入検査の手引き', () => {
  it('asks for the gate first', () => {
    expect(gapsOf(r6, new Map(), ctx)).toEqual([expect.objectContaining({ code: 'GATE_MISSING', itemId: '0-gate' })]);
  });

  it('needs nothing else when the gate is いいえ', () => {
    const answers = new Map([['0-gate', { ...yes(), firstAnswer: 'no' as const, firstDate: null }]]);
    expect(gapsOf(r6, answers, ctx)).toEqual([]);
    expect(exemption(item(r6, '2-1'), ctx, true)).toMatch(/記入不要/);
  });

  it('names each missing answer, date and target date in a sentence', () => {
    const answers = new Map<string, AnswerValues>([
      ['0-gate', { ...yes(), firstDate: null }],
      ['2-5.pc', { ...yes(), firstDate: null }],
      ['2-7.server', { ...yes(), firstAnswer: 'no' }],
    ]);
    const messages = gapsOf(r6, answers, ctx).map((g) => g.message);
    expect(messages).toContain('2(5) 端末PC: 1回目の確認日がありません');
    expect(messages).toContain('2(7) サーバ: 「いいえ」の項目に目標日がありません');
    expect(messages).toContain('1(1): 1回目の回答がありません');
  });

  it('exempts 2(2) and 2(3) without a vendor contract', () => {
    const none = { ...ctx, hasVendorContract: false };
    const answers = new Map([['0-gate', yes()]]);
    const ids = gapsOf(r6, answers, none).map((g) => g.itemId);
    expect(ids).not.toContain('2-2');
    expect(ids).not.toContain('2-3');
    expect(gapsOf(r6, answers, ctx).map((g) => g.itemId)).toContain('2-2');
  });

  it('does not count R5 参考項目 as gaps, but R6 makes them required', () => {
    const answers = new Map([['0-gate', yes()]]);
    expect(gapsOf(r5, answers, { ...ctx, fiscalYear: 2023 }).map((g) => g.itemId)).not.toContain('2-4.pc');
    expect(gapsOf(r6, answers, ctx).map((g) => g.itemId)).toContain('2-4.pc');
    expect(progressOf(r5, answers, { ...ctx, fiscalYear: 2023 })).toEqual({ answered: 1, total: 11 });
  });
});

describe('checkAnswer', () => {
  const raw = {
    firstAnswer: 'no' as const,
    firstDate: '令和6年6月1日',
    targetDate: '2025-03-31',
    secondAnswer: null,
    secondDate: null,
    note: ' 業者に確認中 ',
  };

  it('reads 和暦 dates and keeps the answer', () => {
    expect(checkAnswer(item(r6, '2-1'), raw, 2024)).toEqual({
      ok: true,
      values: {
        firstAnswer: 'no',
        firstDate: '2024-06-01',
        targetDate: '2025-03-31',
        secondAnswer: null,
        secondDate: null,
        note: '業者に確認中',
      },
    });
  });

  it("refuses a target date outside the fiscal year, naming the year's last day", () => {
    const result = checkAnswer(item(r6, '2-1'), { ...raw, targetDate: '2025-04-01' }, 2024);
    expect(result).toEqual({
      ok: false,
      fields: [{ field: 'targetDate', message: '目標日は令和6年度中 (2024-04-01 から 2025-03-31 まで) の日付にしてください' }],
    });
  });

  it('refuses impossible dates and inconsistent columns, each by field', () => {
    const result = checkAnswer(
      item(r6, '2-1'),
      { ...raw, firstDate: '令和7年2月30日', targetDate: null, firstAnswer: 'yes', secondDate: '2024-07-01' },
      2024,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.map((f) => f.field).sort()).toEqual(['firstDate', 'secondAnswer']);
  });

  it('keeps no dates on the gate row', () => {
    expect(checkAnswer(item(r6, '0-gate'), raw, 2024)).toMatchObject({
      ok: true,
      values: { firstAnswer: 'no', firstDate: null, targetDate: null },
    });
  });
});

describe('the R7 gate, which has a date column', () => {
  const r7 = form('R7');
  const ctx7 = { fiscalYear: 2025, form: 'institution', hasVendorContract: true };

  it('counts いいえ with its date as complete, without a target date, and then needs nothing else', () => {
    const answers = new Map<string, AnswerValues>([['0-gate', { ...yes('2025-06-01'), firstAnswer: 'no' }]]);
    expect(progressOf(r7, answers, ctx7)).toEqual({ answered: 1, total: 1 });
    expect(gapsOf(r7, answers, ctx7)).toEqual([]);
  });

  it('names a missing date on the gate', () => {
    const answers = new Map<string, AnswerValues>([['0-gate', { ...yes(), firstDate: null }]]);
    expect(gapsOf(r7, answers, ctx7).map((g) => g.message)).toContain('医療情報システムの有無: 1回目の確認日がありません');
  });
});

describe('契約範囲外 in a 事業者確認用', () => {
  const vendor = form('R5', 'vendor');
  const vctx = { fiscalYear: 2023, form: 'vendor', hasVendorContract: true };
  const out: AnswerValues = { ...yes(), firstAnswer: null, firstDate: null, outOfScope: true };
  it('needs no answer there, and counts neither as a gap nor in the progress', () => {
    const answers = new Map([['2-7.network', out]]);
    expect(exemption(item(vendor, '2-7.network'), vctx, false, out)).toMatch(/^契約範囲外のため/);
    expect(gapsOf(vendor, answers, vctx).some((g) => g.itemId === '2-7.network')).toBe(false);
    expect(progressOf(vendor, answers, vctx).total).toBe(progressOf(vendor, new Map(), vctx).total - 1);
  });
  it('means nothing on the institution’s own form', () => {
    expect(exemption(item(r5, '2-7.network'), { ...vctx, form: 'institution' }, false, out)).toBeNull();
  });
});

// 手引き R5 / the R5 form (SEED002): the answer cells and the year a 目標日 falls in are per row.
describe('answer cells and target years per item, from the version data', () => {
  const r5ctx = { fiscalYear: 2023, form: 'institution', hasVendorContract: true };
  const gate = ['0-gate', yes('2023-06-01')] as const;

  it('gives R5 3(1) one dated cell: no 目標日 or 2回目 asked, kept or counted', () => {
    const chart = item(r5, '3-1');
    expect(chart.answerType).toBe('dated_once');
    const raw = {
      firstAnswer: 'no' as const,
      firstDate: '2023-06-01',
      targetDate: '2024-01-31',
      secondAnswer: 'yes' as const,
      secondDate: '2023-09-01',
      note: '',
    };
    expect(checkAnswer(chart, raw, 2023)).toEqual({
      ok: true,
      values: { firstAnswer: 'no', firstDate: '2023-06-01', targetDate: null, secondAnswer: null, secondDate: null, note: '' },
    });
    const answers = new Map<string, AnswerValues>([[...gate], ['3-1', { ...yes('2023-06-01'), firstAnswer: 'no' }]]);
    expect(gapsOf(r5, answers, r5ctx).filter((g) => g.itemId === '3-1')).toEqual([]);
    // the same いいえ on a row with a 目標日 cell is a gap
    const other = new Map<string, AnswerValues>([[...gate], ['1-1', { ...yes('2023-06-01'), firstAnswer: 'no' }]]);
    expect(gapsOf(r5, other, r5ctx).find((g) => g.itemId === '1-1')?.code).toBe('TARGET_MISSING');
  });

  it('lets an R5 参考項目 take a 目標日 in 令和6年度, and a required item only in 令和5年度', () => {
    const raw = {
      firstAnswer: 'no' as const,
      firstDate: '2023-06-01',
      targetDate: '2024-12-01',
      secondAnswer: null,
      secondDate: null,
      note: '',
    };
    expect(item(r5, '2-4.pc').dueFiscalYear).toBe(2024);
    expect(checkAnswer(item(r5, '2-4.pc'), raw, 2023).ok).toBe(true);
    expect(checkAnswer(item(r5, '2-4.server'), raw, 2023)).toEqual({
      ok: false,
      fields: [{ field: 'targetDate', message: '目標日は令和5年度中 (2023-04-01 から 2024-03-31 まで) の日付にしてください' }],
    });
    expect(checkAnswer(item(r5, '2-4.pc'), { ...raw, targetDate: '2025-04-01' }, 2023)).toEqual({
      ok: false,
      fields: [{ field: 'targetDate', message: '目標日は令和5年度から令和6年度中 (2023-04-01 から 2025-03-31 まで) の日付にしてください' }],
    });
  });

  it('does not count an item whose treatment is unknown (扱い未確認) until an administrator confirms it', () => {
    const r7 = form('R7');
    const unknown = r7.filter((i) => i.status === 'unknown').map((i) => i.id);
    expect(unknown).toEqual(['2-10', '2-11']);
    const answers = new Map<string, AnswerValues>([['0-gate', yes()]]);
    const ctx7 = { fiscalYear: 2025, form: 'institution', hasVendorContract: true };
    const ids = gapsOf(r7, answers, ctx7).map((g) => g.itemId);
    expect(ids).not.toContain('2-10');
    expect(ids).toContain('2-9');
    const confirmed = r7.map((i) => (i.id === '2-10' ? { ...i, status: 'required' as const } : i));
    expect(gapsOf(confirmed, answers, ctx7).map((g) => g.itemId)).toContain('2-10');
  });
});
