// The 連絡体制図 (incident contact chart, checklist item 3(1)): who is called, in which order, inside
// the institution and outside it. Pure rules: the starter entries and when the chart counts as there.

export const CONTACT_SIDES = ['internal', 'external'] as const;
export type ContactSide = (typeof CONTACT_SIDES)[number];

export interface ContactEntryValues {
  side: ContactSide;
  /** internal: the role (医療情報システム安全管理責任者 …); external: the category (事業者, 公的機関 …) */
  category: string;
  /** external: 組織名; internal: 部署名 */
  organizationName: string;
  personName: string;
  phone: string;
  /** 受付時間, e.g. 24時間 */
  hours: string;
  url: string;
  note: string;
  /** 事業者: it provides a medical information system, so its 事業者確認用 is due (default yes) */
  providesMedicalSystem: boolean;
}

export interface ContactEntry extends ContactEntryValues {
  id: string;
  position: number;
  starterKey: string | null;
}

export interface ContactStarter extends ContactEntryValues {
  key: string;
  /** where the public number or the role comes from */
  source: string;
  /** true when the source does not give this exactly (e.g. no specific police number) */
  inferred: boolean;
}

const blank = { organizationName: '', personName: '', phone: '', hours: '', url: '', note: '', providesMedicalSystem: true };

/**
 * Starter entries: the roles the guideline names and the external bodies the 2023 ministry material
 * lists, with the public numbers given there. Editable once added; the sources are shown to the user.
 */
export const CONTACT_STARTERS: readonly ContactStarter[] = [
  {
    ...blank,
    key: 'internal.operator',
    side: 'internal',
    category: 'システム運用担当者',
    note: '異常を見つけた職員が最初に連絡する相手',
    source: '医療情報システムの安全管理に関するガイドライン 第6.0版 (企画管理者・システム運用担当者)',
    inferred: false,
  },
  {
    ...blank,
    key: 'internal.responsible',
    side: 'internal',
    category: '医療情報システム安全管理責任者',
    source: 'チェックリスト 1(1)',
    inferred: false,
  },
  {
    ...blank,
    key: 'internal.planner',
    side: 'internal',
    category: '企画管理者',
    source: '医療情報システムの安全管理に関するガイドライン 第6.0版',
    inferred: false,
  },
  {
    ...blank,
    key: 'internal.director',
    side: 'internal',
    category: '院長・管理者',
    note: '経営層への報告',
    source: '医療法施行規則 14条2項 (管理者の責務)',
    inferred: false,
  },
  {
    ...blank,
    key: 'external.vendor',
    side: 'external',
    category: '事業者',
    hours: '24時間',
    note: 'サイバー攻撃の疑いがあれば直ちに連絡。契約している事業者ごとに登録してください。',
    source: '厚生労働省 通知 (2018-10-29) https://wic-net.com/material/document/2827/211',
    inferred: false,
  },
  {
    ...blank,
    key: 'external.saj',
    side: 'external',
    category: '初動対応支援',
    organizationName: '一般社団法人ソフトウェア協会「インシデントかも」',
    url: 'https://mhlw-training.saj.or.jp/',
    note: '厚生労働省の委託事業。現場対応の支援を受けられます。',
    source: '厚生労働省 研修資料 (2023, SEED000)',
    inferred: false,
  },
  {
    ...blank,
    key: 'external.mhlw',
    side: 'external',
    category: '公的機関',
    organizationName: '厚生労働省 医政局 特定医薬品開発支援・医療情報担当参事官室',
    phone: '03-6812-7837',
    note: '個人情報の漏えいや診療への支障 (おそれを含む) があるとき',
    source: '厚生労働省 研修資料 スライド28「A.厚生労働省への連絡」(2023)',
    inferred: false,
  },
  {
    ...blank,
    key: 'external.police',
    side: 'external',
    category: '公的機関',
    organizationName: '都道府県警察 サイバー犯罪相談窓口',
    note: '所管の都道府県警察の番号を記入してください。',
    source: 'チェックリスト 3(1)「事業者、厚生労働省、警察等」; 具体的な番号は公開資料に無し',
    inferred: true,
  },
  {
    ...blank,
    key: 'external.hokenjo',
    side: 'external',
    category: '公的機関',
    organizationName: '保健所',
    note: '所管の保健所の番号を記入してください。',
    source: '医療法 立入検査 (所管の保健所)',
    inferred: true,
  },
  {
    ...blank,
    key: 'external.jma',
    side: 'external',
    category: '相談窓口',
    organizationName: '日本医師会サイバーセキュリティ対応相談窓口',
    phone: '0120-179-066',
    hours: '年中無休 9:00-21:00',
    note: '日本医師会 A①会員向け',
    source: '日本医師会 https://med.or.jp/nichiionline/article/010952.html (2022-12-20)',
    inferred: false,
  },
];

export interface ChartProblem {
  entryId: string | null;
  message: string;
}

/**
 * What keeps 3(1) from being met at the 立入検査 (手引き: the 連絡体制図 exists and is shown, 「現物を見て確認」):
 * a chart kept on paper, with the date it was last confirmed, meets it; a chart in Mamori must name
 * someone inside and an external body to call (the item's own words: 組織内と外部関係機関).
 */
export function chartProblems(entries: readonly ContactEntry[], paperConfirmedOn: string | null = null): ChartProblem[] {
  if (paperConfirmedOn) return [];
  const internal = entries.filter((e) => e.side === 'internal');
  const external = entries.filter((e) => e.side === 'external');
  if (internal.length === 0 && external.length === 0)
    return [{ entryId: null, message: '連絡体制図がありません (紙で保管している場合は、その旨と最終確認日を記録してください)' }];
  const problems: ChartProblem[] = [];
  if (internal.length === 0) problems.push({ entryId: null, message: '連絡体制図に組織内の連絡先がありません' });
  if (external.length === 0) problems.push({ entryId: null, message: '連絡体制図に外部関係機関の連絡先がありません' });
  return problems;
}

/** How old a confirmation may be before Mamori advises checking the chart again (Mamori's own rule). */
export const CHART_REVIEW_DAYS = 365;

/**
 * Mamori's advice on the chart, apart from the 手引き's gaps: every entry reachable (a phone number, or a
 * web address for a web-only service), and the chart confirmed within a year.
 */
export function chartAdvice(
  entries: readonly ContactEntry[],
  confirmedOn: string | null,
  paperConfirmedOn: string | null,
  today: string,
): ChartProblem[] {
  const stale = (iso: string) => (Date.parse(today) - Date.parse(iso)) / 86_400_000 > CHART_REVIEW_DAYS;
  if (paperConfirmedOn) {
    return stale(paperConfirmedOn)
      ? [
          {
            entryId: null,
            message: `紙の連絡体制図の最終確認 (${paperConfirmedOn}) から 1 年を過ぎています。連絡先が今も正しいか確認してください。`,
          },
        ]
      : [];
  }
  if (entries.length === 0) return [];
  const advice: ChartProblem[] = entries
    .filter((e) => !e.phone.trim() && !e.url.trim())
    .map((e) => ({ entryId: e.id, message: `「${entryTitle(e)}」の電話番号がありません。いざという時に連絡できるよう記入してください。` }));
  if (!confirmedOn)
    advice.push({ entryId: null, message: '連絡体制図の最終確認日がありません。内容を確かめたら確認日を記録してください。' });
  else if (stale(confirmedOn))
    advice.push({
      entryId: null,
      message: `連絡体制図の最終確認 (${confirmedOn}) から 1 年を過ぎています。連絡先が今も正しいか確認してください。`,
    });
  return advice;
}

export const entryTitle = (e: ContactEntryValues): string =>
  [e.category, e.organizationName, e.personName].filter((s) => s.trim()).join(' ');

/**
 * The vendors (事業者) the chart names that provide a medical information system: one 事業者確認用 each
 * (手引き ②). A 事業者 marked as not providing one (a cleaning company) needs none.
 */
export const chartVendors = (chart: { external: readonly ContactEntryValues[] }): string[] =>
  chart.external
    .filter((e) => e.category.normalize('NFKC').trim() === '事業者' && e.providesMedicalSystem && e.organizationName.trim())
    .map((e) => e.organizationName);
