// Which text each year and form is answered on, on the shipped catalog, and how an assessment moves
// from provisional text onto the text that replaces it.
import { describe, expect, it } from 'vitest';
import { planTextMove } from '../../../domain/assessment/text-move.ts';
import { resolveFormText, textNotices } from '../../../domain/catalog/form-text.ts';
import type { CatalogItem } from '../../../domain/catalog/schema.ts';
import { loadCatalog } from './catalog.loader.ts';

const catalog = loadCatalog();
const pin = (year: number, form: 'institution' | 'pharmacy' | 'vendor') => {
  const t = resolveFormText(catalog, year, form);
  return (
    t && {
      year: t.yearVersion.id,
      formKind: t.formKind,
      text: `${t.version.id}:${t.form.form}`,
      fallback: t.fallback,
      provisional: t.provisional,
    }
  );
};

describe('the text of a year and form', () => {
  it('answers 令和8年度 on its own version: one 医療機関・薬局確認用 for pharmacies too, provisional until the workbook is loaded', () => {
    expect(pin(2026, 'institution')).toEqual({
      year: 'R8',
      formKind: 'institution',
      text: 'R8:institution',
      fallback: false,
      provisional: true,
    });
    expect(pin(2026, 'pharmacy')).toEqual({
      year: 'R8',
      formKind: 'institution',
      text: 'R8:institution',
      fallback: false,
      provisional: true,
    });
    expect(pin(2026, 'vendor')).toMatchObject({ text: 'R8:vendor', provisional: true });
    const r8 = catalog.find((v) => v.id === 'R8');
    expect(r8?.forms.flatMap((f) => f.items).every((i) => i.wording !== 'confirmed')).toBe(true);
    expect(r8?.provenance.caveats.join('')).toMatch(/令和9年4月1日/);
  });

  it('starts a form the year’s version lacks the text of on the nearest that has it (R7 薬局確認用, R7 事業者確認用)', () => {
    expect(pin(2025, 'pharmacy')).toEqual({ year: 'R7', formKind: 'pharmacy', text: 'R7:institution', fallback: true, provisional: true });
    // R6 and R8 are both a year away: the earlier one, whose text R8's is itself a copy of
    expect(pin(2025, 'vendor')).toEqual({ year: 'R7', formKind: 'vendor', text: 'R6:vendor', fallback: true, provisional: true });
    expect(pin(2024, 'institution')).toMatchObject({ text: 'R6:institution', fallback: false });
  });

  it('says so in words: a year on an earlier version, another form’s items, wording not read', () => {
    const later = resolveFormText(catalog, 2027, 'institution');
    expect(later && textNotices(2027, later)[0]).toBe('令和9年度の版はまだありません。令和8年度版で回答します。');
    const pharmacy = resolveFormText(catalog, 2025, 'pharmacy');
    expect(pharmacy && textNotices(2025, pharmacy)).toEqual([
      '令和7年度版の薬局確認用は項目を原文で確認できていないため、令和7年度版の医療機関確認用の項目で回答します (すべて推定)。原文を取り込むと、その版に回答を移します。',
      'システム管理者が「チェックリストの版」→「公式ワークブックを取り込む」(または mamori catalog import-workbook) で厚生労働省のワークブックを取り込めます。',
    ]);
  });
});

const item = (over: Partial<CatalogItem>): CatalogItem => ({
  id: 'x',
  section: '2',
  sectionTitle: '医療情報システムの管理・運用',
  no: 1,
  targets: ['general'],
  status: 'required',
  text: '文言。',
  wording: 'inferred',
  answerType: 'dated',
  skipIfNoVendorContract: false,
  physicalEvidenceRequired: false,
  newInVersion: false,
  guidelineRefs: [],
  notes: '',
  source: '',
  ...over,
});

describe('moving onto the text that replaces provisional text', () => {
  it('moves answers by number and targets, else by wording; lists changed wording, new items, and answers with no counterpart', () => {
    const from = [
      item({ id: '0-gate', section: '0', no: 0, status: 'gate', targets: ['all'] }),
      item({ id: '2-4', no: 4, targets: ['server', 'pc'], text: null, wording: 'unknown' }),
      item({ id: '2-9', no: 9, targets: [], text: null, wording: 'unknown' }),
      item({
        id: '2-12',
        no: 12,
        targets: ['server', 'pc'],
        text: 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。',
      }),
      item({ id: '2-13', no: 13, targets: ['network'], text: '接続元制限を実施している。' }),
      item({ id: '3-9', section: '3', no: 9, text: '古い項目である。' }),
    ];
    const to = [
      item({ id: '0-gate', section: '0', no: 0, status: 'gate', targets: ['all'] }),
      item({ id: '2-4', no: 4, targets: ['pc', 'server'], text: '管理者権限の対象者を明確にしている。' }),
      item({ id: '2-9', no: 9, targets: ['general'], text: 'USB ストレージ等の外部記録媒体の接続を制限している。' }),
      // renumbered, same words (full-width space, no 。): the answer follows the wording
      item({
        id: '2-11',
        no: 11,
        targets: ['server', 'pc'],
        text: 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している',
      }),
      item({ id: '2-12', no: 12, targets: ['network'], text: '接続元制限を実施している。' }),
      item({ id: '2-14', no: 14, targets: ['general'], text: '新しい項目である。' }),
    ];
    const answered = new Set(['0-gate', '2-4', '2-9', '2-12', '2-13', '3-9']);
    const plan = planTextMove(from, to, answered);
    expect(plan.moves).toEqual([
      { from: '0-gate', to: '0-gate', changed: false },
      { from: '2-4', to: '2-4', changed: true },
      { from: '2-9', to: '2-9', changed: true },
      { from: '2-12', to: '2-11', changed: false },
      { from: '2-13', to: '2-12', changed: false },
    ]);
    expect(plan.added).toEqual(['2-14']);
    expect(plan.setAside).toEqual(['3-9']);
  });
});
