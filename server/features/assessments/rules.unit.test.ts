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
