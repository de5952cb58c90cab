// The BCP 確認表 as data, its prefill from the ledgers and the BCP item's suggestion: keys are unique and
// stable, an unseen row has no text, Mamori's rows are kept apart; the prefill never says はい on an
// empty ledger and names what it read; the BCP item says はい only on a recorded plan with every row はい.
import { describe, expect, it } from 'vitest';
import { suggest } from '../suggestions/suggest.ts';
import { facts as ledger } from '../suggestions/test-facts.ts';
import type { BcpSheetFact } from '../suggestions/types.ts';
import { type BcpFacts, prefill, prefillRow } from './prefill.ts';
import { BCP_SHEET, isCorrectableKey, PREFILL_SOURCES, SHEET_CHECKS } from './sheet.ts';
import { checkSheetAnswer, checkSheetPlan } from './sheet-answer.ts';

const empty: BcpFacts = {
  ledger: ledger({ devices: [], connections: [], backups: [] }),
  contacts: { internal: 0, external: 0, problems: ['連絡体制図がありません'], advice: [], confirmedOn: null, paper: false },
  training: { label: '令和8年度', sessions: 0, drills: 0 },
  exercises: { count: 0, lastOn: null, actions: 0, open: 0, overdue: 0 },
  restorePlans: [],
  vendorsReachable: [],
};

describe('the sheet as data', () => {
  it('has the five steps, unique keys, no text on unseen rows and Mamori’s rows apart', () => {
    expect(BCP_SHEET.map((s) => s.title)).toEqual(['平時', '検知', '初動対応', '復旧処理', '事後対応']);
    const keys = SHEET_CHECKS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of SHEET_CHECKS) {
      expect(c.text === null).toBe(c.provenance === 'unknown');
      expect(c.origin === 'mamori').toBe(c.key.startsWith('m'));
    }
    expect(isCorrectableKey('4-1.1')).toBe(true);
    expect(isCorrectableKey('group:2-1')).toBe(true);
    expect(isCorrectableKey('m3.1')).toBe(false);
    expect(isCorrectableKey('group:9-9')).toBe(false);
  });

  it('reads はい / いいえ / empty and refuses anything else; a plan date not in the future', () => {
    expect(checkSheetAnswer({ value: 'はい' })).toMatchObject({ ok: true, values: { value: 'yes' } });
    expect(checkSheetAnswer({ value: '' })).toMatchObject({ ok: true, values: { value: null } });
    expect(checkSheetAnswer({ value: 'maybe' })).toMatchObject({ ok: false, problems: [{ field: 'value' }] });
    expect(checkSheetPlan({ planOn: '令和7年2月30日' }, '2026-11-22')).toMatchObject({ ok: false, problems: [{ field: 'planOn' }] });
    expect(checkSheetPlan({ planOn: '2026-11-23' }, '2026-11-22')).toMatchObject({ ok: false });
    expect(checkSheetPlan({ planOn: '令和8年4月1日' }, '2026-11-22')).toMatchObject({ ok: true, values: { planOn: '2026-04-01' } });
  });
});

describe('the prefill from the ledgers', () => {
  it('never says はい on empty ledgers, and says what it read', () => {
    for (const source of PREFILL_SOURCES) {
      const p = prefill(source, empty);
      expect(p.answer, source).not.toBe('yes');
      expect(p.basis.length, source).toBeGreaterThan(0);
      expect(p.reasons.length, source).toBeGreaterThan(0);
    }
  });

  it('says はい on the restore order only when every system has an order and a target time', () => {
    const plans = [
      { id: 'b1', label: '電子カルテ', restoreOrder: 1, recoveryHours: 24, restorer: 'ABC' },
      { id: 'b2', label: '部門システム', restoreOrder: null, recoveryHours: 48, restorer: '' },
    ];
    const doubt = prefill('restore-order', { ...empty, restorePlans: plans });
    expect(doubt.answer).toBe('unknown');
    expect(doubt.rows).toEqual([{ type: 'backup', id: 'b2', label: '部門システム' }]);
    const yes = prefill('restore-order', { ...empty, restorePlans: [plans[0] as (typeof plans)[number]] });
    expect(yes).toMatchObject({ answer: 'yes', reasons: [expect.stringContaining('1. 電子カルテ (24 時間)')] });
    expect(prefill('restore-vendor', { ...empty, restorePlans: plans }).answer).toBe('unknown');
  });

  it('reads the 連絡体制図 as the checklist does: a gap is いいえ, a missing number or date a doubt', () => {
    const chart = { internal: 2, external: 3, problems: [], advice: [], confirmedOn: '2026-10-01', paper: false };
    expect(prefill('contacts', { ...empty, contacts: chart }).answer).toBe('yes');
    const stale = ['連絡体制図の最終確認 (2025-10-01) から 1 年を過ぎています。'];
    expect(prefill('contacts', { ...empty, contacts: { ...chart, advice: stale } })).toMatchObject({ answer: 'unknown', reasons: stale });
    expect(prefill('contacts', { ...empty, contacts: { ...chart, problems: ['外部関係機関の連絡先がありません'] } }).answer).toBe('no');
  });

  it('never says はい on rows whose words are not all known (原因調査, バックアップの実…)', () => {
    const facts = { ...empty, vendorsReachable: [{ name: 'ABCメディカル', phone: true }] };
    expect(prefill('vendors', facts).answer).toBe('yes');
    const row = SHEET_CHECKS.find((c) => c.key === '3-1.1');
    expect(row && prefillRow(row, facts)).toMatchObject({
      answer: 'unknown',
      reasons: [expect.any(String), expect.stringContaining('全文を確認できていない')],
    });
  });

  it('doubts exercises without improvement actions', () => {
    const exercises = { count: 2, lastOn: '2026-10-01', actions: 0, open: 0, overdue: 0 };
    expect(prefill('exercises', { ...empty, exercises }).answer).toBe('unknown');
    expect(prefill('exercises', { ...empty, exercises: { ...exercises, actions: 3 } }).answer).toBe('yes');
  });
});

describe('the BCP item', () => {
  const item = { text: 'サイバー攻撃を想定した事業継続計画（BCP）を策定している。', targets: [] };
  const sheet = (over: Partial<BcpSheetFact> = {}): BcpSheetFact => ({
    label: '令和8年度',
    askedFor: null,
    planOn: '2026-04-01',
    planFile: true,
    total: 13,
    yes: 13,
    no: [],
    unanswered: 0,
    carried: 0,
    ...over,
  });
  const of = (bcpSheet: BcpSheetFact | null) => suggest(item, ledger({ bcpSheet }));

  it('is read from the latest sheet, and not at all when the sheet was not read', () => {
    expect(suggest(item, ledger())).toBeNull();
    expect(of(null)).toMatchObject({ topic: 'bcp', answer: 'unknown' });
    expect(of(sheet())).toMatchObject({ answer: 'yes', reasons: [expect.stringContaining('13 項目すべてが「はい」')] });
  });

  it('doubts a sheet without the plan, with an いいえ, an unanswered or a carried row', () => {
    expect(of(sheet({ planOn: null, planFile: false }))?.answer).toBe('unknown');
    expect(of(sheet({ yes: 12, no: ['1-1 ネットワーク構成図・システム構成図が整備できているか。'] }))?.reasons).toEqual([
      expect.stringContaining('1-1 ネットワーク構成図'),
    ]);
    expect(of(sheet({ yes: 12, unanswered: 1 }))?.answer).toBe('unknown');
    expect(of(sheet({ carried: 3 }))?.answer).toBe('unknown');
    expect(of(sheet({ askedFor: '令和9年度' }))?.reasons).toEqual(['令和9年度の BCP 確認表がありません (最新は令和8年度)。']);
  });

  it('does not take the backup item for the BCP item', () => {
    expect(suggest({ text: 'バックアップの実施と復旧手順の確認', targets: [] }, ledger({ backups: [], bcpSheet: sheet() }))?.topic).toBe(
      'backup',
    );
  });
});
