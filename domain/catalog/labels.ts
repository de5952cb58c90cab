// How checklist catalog codes read on screen and on paper (no zod here: the web bundle imports it).
export const TARGETS = ['general', 'server', 'pc', 'network', 'organization', 'all'] as const;
export type Target = (typeof TARGETS)[number];

// The form's own words for each target class (items.json targetsLegend).
export const targetLabels: Record<Target, { ja: string; en: string }> = {
  general: { ja: '医療情報システム全般', en: 'All medical information systems' },
  server: { ja: 'サーバ', en: 'Servers' },
  pc: { ja: '端末PC', en: 'Client PCs' },
  network: { ja: 'ネットワーク機器', en: 'Network devices' },
  organization: { ja: '体制', en: 'Organisation' },
  all: { ja: '全体', en: 'Overall' },
};

export const ANSWER_TYPES = ['dated', 'dated_once', 'yes_no_only'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Which answer cells a row has: 1回目's date, 目標日, 2回目 (R5 3(1) has one cell; the gate none but はい・いいえ). */
export interface AnswerCells {
  date: boolean;
  target: boolean;
  second: boolean;
}

export function answerCells(item: { answerType: AnswerType; status: string }): AnswerCells {
  const full = item.answerType === 'dated';
  return { date: item.answerType !== 'yes_no_only', target: full && item.status !== 'gate', second: full };
}

export const ITEM_STATUSES = ['gate', 'required', 'reference', 'unknown'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const statusLabels: Record<ItemStatus, { ja: string; en: string }> = {
  gate: { ja: '前提', en: 'Gate' },
  required: { ja: '必須', en: 'Required' },
  reference: { ja: '参考項目', en: 'Reference item' },
  // not counted until a system administrator confirms how the form treats it
  unknown: { ja: '扱い未確認', en: 'Treatment not confirmed' },
};

export const WORDINGS = ['confirmed', 'inferred', 'unknown'] as const;
export type Wording = (typeof WORDINGS)[number];

/** Shown beside any wording that was not read in an official source: never passed off as MHLW text. */
export const wordingLabels: Record<Wording, { ja: string; en: string }> = {
  confirmed: { ja: '原文確認済み', en: 'Wording confirmed' },
  inferred: { ja: '推定 (原文未確認)', en: 'Inferred (not read in the official text)' },
  unknown: { ja: '文言不明', en: 'Wording unknown' },
};

export const FORMS = ['institution', 'pharmacy', 'vendor'] as const;
export type FormKind = (typeof FORMS)[number];

/** How a version numbers its items: R5/R6 print "2(4)", R7 on print "2-④". */
export const NUMBERINGS = ['paren', 'circled'] as const;
export type Numbering = (typeof NUMBERINGS)[number];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** "2(4)" or "2-④" as the version's forms print it; the gate row has no number. */
export function itemNumber(section: string, no: number | null, numbering: Numbering = 'paren'): string {
  if (no === null || no === 0) return section === '0' ? '' : `${section}(番号不明)`;
  if (numbering === 'circled') return `${section}-${no <= CIRCLED.length ? CIRCLED[no - 1] : `(${no})`}`;
  return `${section}(${no})`;
}
