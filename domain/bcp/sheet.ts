// 「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」 (厚生労働省, 2024-06-06, 【医療機関用】) as data
// with provenance: its five steps, their 大項目 and 確認項目 as far as the sources show them
// (../shared/reference/checklist, §4). A text seen word for word is 'verbatim'; one seen cut off is
// 'truncated'; one taken from a secondary summary or placed by inference is 'inferred'; a row known to
// exist (its number) but never seen is 'unknown' and has no text. A system administrator may correct
// any text (bcp_check_texts); the correction is shown as such. Mamori's own checks (key 'm…') are
// kept apart from the ministry's and labelled so: they are not the 確認表's.
import { z } from 'zod';

/** 'mamori': a row of Mamori's own, not the ministry's */
export type Provenance = 'verbatim' | 'truncated' | 'inferred' | 'unknown' | 'mamori';
export const PROVENANCES = ['verbatim', 'truncated', 'inferred', 'unknown', 'mamori'] as const satisfies readonly Provenance[];

/** What Mamori reads to prefill an answer (see prefill.ts); none: only the person can answer. */
export const PREFILL_SOURCES = [
  'devices',
  'impact',
  'vulnerabilities',
  'contacts',
  'training',
  'backup',
  'escalation',
  'vendors',
  'isolation',
  'restore-order',
  'restore-vendor',
  'exercises',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface SheetCheck {
  /** stable key: "1-1.1" (大項目 1-1, its first 確認項目); Mamori's own: "m3.1" */
  key: string;
  text: string | null;
  provenance: Provenance;
  /** whose rule: the ministry's 確認表 or Mamori's own advice */
  origin: 'sheet' | 'mamori';
  prefill: PrefillSource | null;
}

export interface SheetGroup {
  /** 項番 "1-1" */
  no: string;
  title: string | null;
  titleProvenance: Provenance;
  checks: SheetCheck[];
  note?: string;
}

export interface SheetStep {
  no: '1' | '2' | '3' | '4' | '5';
  /** the step's name, verbatim in the five steps (平時, 検知, 初動対応, 復旧処理, 事後対応) */
  title: string;
  description: string | null;
  descriptionProvenance: Provenance;
  groups: SheetGroup[];
  /** Mamori's own checks for this step, filled from the ledgers (never mixed with the sheet's) */
  mamori: SheetCheck[];
  /** the sources show only part of this step's rows */
  incomplete: boolean;
}

export const SHEET_TITLE = 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表';
export const SHEET_SOURCE =
  '厚生労働省「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表【医療機関用】」(2024-06-06) https://wic-net.com/material/document/15123/3 ; 確認表のための手引き https://wic-net.com/material/document/15124/1 , https://wic-net.com/material/document/15064/4 ; 要約 https://hayashi-consul-sr.com/post-12577';
/** the edition seen; a 薬局 edition is inferred to exist but not seen */
export const SHEET_EDITION = '【医療機関用】';
export const SHEET_HEADER_NOTE = '※医療機関がBCPを策定する際、最低限必要な事項を網羅しているか、確認のために使用するものです';

const check = (key: string, text: string | null, provenance: Provenance, prefill: PrefillSource | null = null): SheetCheck => ({
  key,
  text,
  provenance,
  origin: 'sheet',
  prefill,
});
const mamori = (key: string, text: string, prefill: PrefillSource): SheetCheck => ({
  key,
  text,
  provenance: 'mamori',
  origin: 'mamori',
  prefill,
});
/** A 大項目 known by its number only: its title and 確認項目 were not in any source seen. */
const unseen = (no: string): SheetGroup => ({
  no,
  title: null,
  titleProvenance: 'unknown',
  checks: [check(`${no}.1`, null, 'unknown')],
});

export const BCP_SHEET: readonly SheetStep[] = [
  {
    no: '1',
    title: '平時',
    description: '平時において、非常時に備え、サイバーセキュリティの体制整備を行う。',
    descriptionProvenance: 'verbatim',
    incomplete: true,
    groups: [
      {
        no: '1-1',
        title: '情報機器等の把握と適切な管理、全体構成図の作成',
        titleProvenance: 'verbatim',
        checks: [
          check('1-1.1', 'サーバ、端末PC、ネットワーク機器を把握できているか。', 'verbatim', 'devices'),
          check('1-1.2', 'ネットワーク構成図・システム構成図が整備できているか。', 'verbatim'),
          check('1-1.3', 'システム停止が事業継続に与える影響を把握できているか。', 'verbatim', 'impact'),
          check('1-1.4', 'サーバ、端末PC、ネットワーク機器の脆弱性への対応ができているか。', 'verbatim', 'vulnerabilities'),
        ],
      },
      {
        no: '1-2',
        title: '非常時に備えたサイバーセキュリティ体制の整備とリスク検知のための情報収集',
        titleProvenance: 'verbatim',
        note: '連絡体制図の確認項目 (文言は原文) がこの大項目に入ることは、資料の読み取り順からの推定です。4 つ目の確認項目は途中までしか確認できていません。',
        checks: [
          check(
            '1-2.1',
            'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図が整備できているか。',
            'verbatim',
            'contacts',
          ),
          check('1-2.2', 'リスク検知のための情報収集体制が整備できているか。', 'verbatim'),
          check('1-2.3', '教育訓練が実施できているか。', 'verbatim', 'training'),
          check('1-2.4', 'バックアップの実…', 'truncated', 'backup'),
        ],
      },
    ],
    mamori: [],
  },
  {
    no: '2',
    title: '検知',
    description: 'システム障害が見受けられる場合の対応',
    descriptionProvenance: 'inferred',
    incomplete: true,
    groups: [
      unseen('2-1'),
      unseen('2-2'),
      {
        no: '2-3',
        title: 'CSIRT/経営者によるシステム異常の覚知',
        titleProvenance: 'verbatim',
        checks: [
          check(
            '2-3.1',
            '院内職員から発出されたサイバー被害情報が組織を通じて速やかに CSIRT（対応者）ならびに意思決定者まで到達するか。',
            'verbatim',
            'escalation',
          ),
        ],
      },
    ],
    mamori: [],
  },
  {
    no: '3',
    title: '初動対応',
    description: '迅速に初動対応を進めて、サイバー攻撃による被害拡大の防止や診療への影響を最小限にする。',
    descriptionProvenance: 'verbatim',
    incomplete: true,
    groups: [
      {
        no: '3-1',
        title: '原因調査（必要に応じて事業者に依頼）',
        titleProvenance: 'verbatim',
        note: '確認項目は見えた語句 (「ネットワーク機器やケーブル等の調査」「電源系統、ブレーカー、ハー…」) しか確認できていません。',
        checks: [check('3-1.1', null, 'unknown', 'vendors')],
      },
      unseen('3-2'),
      unseen('3-3'),
      {
        no: '3-4',
        title: '経営層への報告、経営層による確認と指示、組織内周知',
        titleProvenance: 'verbatim',
        checks: [
          check(
            '3-4.1',
            '経営層がサイバー攻撃兆候等を認める際の組織内報告を受け、医療情報システム使用中止等の指示を判断できるか。',
            'verbatim',
          ),
        ],
      },
    ],
    mamori: [
      mamori('m3.1', '被害拡大を防ぐために遮断する外部接続点 (バックアップに通じる経路、外部との通信経路) が分かっているか。', 'isolation'),
    ],
  },
  {
    no: '4',
    title: '復旧処理',
    description: '復旧計画に基づく対応',
    descriptionProvenance: 'inferred',
    incomplete: true,
    groups: [{ ...unseen('4-1'), note: '復旧処理の大項目と確認項目は、資料で確認できていません (数も不明)。' }],
    mamori: [
      mamori('m4.1', 'システムを復旧する順序と目標復旧時間が決まっているか。', 'restore-order'),
      mamori('m4.2', 'それぞれのシステムを誰 (事業者・担当者) が復旧するか決まっているか。', 'restore-vendor'),
    ],
  },
  {
    no: '5',
    title: '事後対応',
    description: '復旧結果の報告を踏まえた再発防止策の検討',
    descriptionProvenance: 'inferred',
    incomplete: true,
    groups: [
      unseen('5-1'),
      {
        no: '5-2',
        title: '再発防止策の検討・策定',
        titleProvenance: 'verbatim',
        checks: [
          check(
            '5-2.1',
            '再発防止策の検討および策定を進める体制、能力があるか。管理者、システム担当者がそれぞれの分担責任として把握しているか。',
            'verbatim',
          ),
        ],
      },
      {
        no: '5-3',
        title: '再発防止策の周知',
        titleProvenance: 'verbatim',
        checks: [check('5-3.1', '再発防止策の周知を院内に周知する方法と体制が整備されているか。', 'verbatim')],
      },
      {
        no: '5-4',
        title: '再発防止策の実施',
        titleProvenance: 'verbatim',
        checks: [check('5-4.1', '再発防止策の実施が行えるか。', 'verbatim', 'exercises')],
      },
      {
        no: '5-5',
        title: '事業者等への再発防止策の指示',
        titleProvenance: 'verbatim',
        checks: [check('5-5.1', '事業者に対して再発防止策を具体的に提案し、実施可能かつ有効な方法を策定する能力があるか。', 'verbatim')],
      },
      { no: '5-6', title: '外部関係機関への報…', titleProvenance: 'truncated', checks: [check('5-6.1', null, 'unknown')] },
    ],
    mamori: [],
  },
];

export const SHEET_CHECKS: readonly SheetCheck[] = BCP_SHEET.flatMap((s) => [...s.groups.flatMap((g) => g.checks), ...s.mamori]);
export const SHEET_CHECK_KEYS: ReadonlySet<string> = new Set(SHEET_CHECKS.map((c) => c.key));
const GROUPS = new Map(BCP_SHEET.flatMap((s) => s.groups.map((g) => [g.no, g] as const)));

/** A correction of a row's text by a system administrator (the 確認表 as data stays as shipped). */
export interface TextCorrection {
  key: string;
  /** the 確認項目's text, or a 大項目's title (key "group:1-1") */
  text: string;
  source: string;
  correctedAt: string;
  correctedBy: string | null;
}

export const groupKey = (no: string) => `group:${no}`;
export const isCorrectableKey = (key: string): boolean =>
  (SHEET_CHECK_KEYS.has(key) && !key.startsWith('m')) || (key.startsWith('group:') && GROUPS.has(key.slice(6)));

export const correctionSchema = z.object({
  text: z.string().trim().min(1, '文言: 入力してください').max(2000, '文言: 2000 文字以内にしてください'),
  source: z.string().trim().min(1, '出典: 資料名・ページ・URL を入力してください').max(2000, '出典: 2000 文字以内にしてください'),
});
export const correctionLabels = { text: '文言', source: '出典' } as const;

export const provenanceLabels: Record<Provenance | 'corrected', { ja: string; en: string }> = {
  verbatim: { ja: '原文', en: 'Verbatim' },
  truncated: { ja: '原文 (途中まで)', en: 'Verbatim, cut off' },
  inferred: { ja: '推定', en: 'Inferred' },
  unknown: { ja: '原文未確認', en: 'Not seen' },
  mamori: { ja: 'Mamori の確認項目', en: 'Mamori’s own check' },
  corrected: { ja: '管理者が訂正', en: 'Corrected by an administrator' },
};

/** A row a person can answer: its text known, or supplied by an administrator. */
export const isAnswerable = (c: Pick<SheetCheck, 'text' | 'key'>, corrected: ReadonlySet<string>): boolean =>
  c.text !== null || corrected.has(c.key);

/** The counts of the ministry's answerable rows (what the page, the print and the BCP item read). */
export function sheetSummary(rows: { answerable: boolean; origin: string; value: 'yes' | 'no' | null; carried: boolean }[]) {
  const official = rows.filter((r) => r.origin === 'sheet');
  const answerable = official.filter((r) => r.answerable);
  return {
    total: answerable.length,
    yes: answerable.filter((r) => r.value === 'yes').length,
    no: answerable.filter((r) => r.value === 'no').length,
    unanswered: answerable.filter((r) => !r.value).length,
    carried: answerable.filter((r) => r.value && r.carried).length,
    /** rows of the ministry's sheet not seen in any source (and not supplied by an administrator) */
    unseen: official.length - answerable.length,
  };
}

/** 「1-1 サーバ、端末PC…」: a row as a person reads it (its 大項目 number and its words). */
export const rowName = (key: string, text: string | null): string =>
  key.startsWith('m') ? (text ?? key) : `${key.replace(/\.\d+$/, '')} ${text ?? '(原文未確認の確認項目)'}`;
