// What the 保健所's inspector checks at the 立入検査, point by point, as the 立入検査の手引き (令和5年度版,
// 立入検査担当者向け) tells him — in the words of the reference's summary of it (reference/checklist
// NOTES §2.2, SEED002), not the 手引き's own sentences, which Mamori has not seen in full. For 令和6年度
// and later no 手引き was found: the 令和5年度 points are taken to carry over (inferred), without the
// 参考項目 exemption. The inspector records each as 確認した, 指摘 (with a note) or 確認不要 (where the
// 手引き says so); no point is ever filled in by Mamori.

export type PointProvenance = 'gist' | 'inferred';

export interface InspectionPoint {
  key: string;
  /** which part of what was submitted it is about */
  about: 'institution' | 'vendor' | 'chart';
  text: string;
}

export const INSPECTION_POINTS: readonly InspectionPoint[] = [
  {
    key: 'gate',
    about: 'institution',
    text: '「医療情報システムの有無」を確認する (「いいえ」であれば、それ以下はすべて確認不要)',
  },
  {
    key: 'institution-first',
    about: 'institution',
    text: '医療機関確認用: チェック項目すべてに、1回目の確認結果 (日付と「はい」または「いいえ」) が記入されていること (2(2)・2(3) は事業者と契約していない場合は確認不要)',
  },
  {
    key: 'institution-targets',
    about: 'institution',
    text: '医療機関確認用: 「いいえ」の項目に目標日が記入されていること (年度中に「はい」となるよう取組を促す)',
  },
  {
    key: 'contact-chart',
    about: 'chart',
    text: '3(1) 連絡体制図: 現物を見て確認する (無い場合は早急に作成するよう促す)',
  },
  {
    key: 'vendor-forms',
    about: 'vendor',
    text: '事業者確認用: 医療機関が事業者と契約している場合、契約している事業者ごとに作成されていること (複数なら、すべて確認)',
  },
  {
    key: 'vendor-first',
    about: 'vendor',
    text: '事業者確認用: 1回目の確認結果 (日付と「はい」または「いいえ」) が記入されていること (契約内容により確認不要の項目は、医療機関確認用か別の事業者確認用に記入があれば問題ない)',
  },
  {
    key: 'vendor-targets',
    about: 'vendor',
    text: '事業者確認用: 「いいえ」の項目に目標日が記入されていること (事業者の取組を促すよう医療機関に伝える)',
  },
];

export const POINT_KEYS = INSPECTION_POINTS.map((p) => p.key);

export const isPointKey = (key: string): boolean => POINT_KEYS.includes(key);

/** How the points of a fiscal year are known: 令和5年度 from the 手引き's summary, later years inferred. */
export function pointsProvenance(fiscalYear: number): { kind: PointProvenance; text: string } {
  if (fiscalYear <= 2023)
    return {
      kind: 'gist',
      text: '「医療機関におけるサイバーセキュリティ確保に係る立入検査の手引き～立入検査担当者向け～【令和5年度版】」の要旨 (医療部会 第100回 資料3)。手引きの原文そのものではありません。',
    };
  return {
    kind: 'inferred',
    text: 'この年度の立入検査の手引きは Mamori では確認できていません。令和5年度版の要旨を引き継ぐと推定しています (参考項目の検査不要の扱いを除く)。',
  };
}

/** 確認した, 指摘, or 確認不要 where the 手引き itself says so (gate いいえ; no vendor contract). */
export const POINT_RESULTS = ['confirmed', 'finding', 'not-required'] as const;
export type PointResult = (typeof POINT_RESULTS)[number];

export const pointResultLabels: Record<PointResult, { ja: string; en: string }> = {
  confirmed: { ja: '確認した', en: 'Confirmed' },
  finding: { ja: '指摘', en: 'Finding' },
  'not-required': { ja: '確認不要', en: 'Not required' },
};

export const isPointResult = (v: unknown): v is PointResult => (POINT_RESULTS as readonly unknown[]).includes(v);

/** How many points of a record are 指摘. */
export const findingsIn = (results: Record<string, { result: PointResult }>): number =>
  Object.values(results).filter((x) => x.result === 'finding').length;
