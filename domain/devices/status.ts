// The 状態 of a row in the 機器台帳 and in the 外部接続点 register: one vocabulary for both, read from
// the words institutions write (the manual's own sample ledger says 稼働 and 停止) and the status
// names of Snipe-IT, Lansweeper and NetBox exports. Compared after NFKC, lower case, katakana →
// hiragana and without spaces, so ｶﾄﾞｳ-style half-width, full-width and hiragana spellings match.
import { searchForm } from './normalize.ts';

export const LEDGER_STATUSES = ['active', 'stopped', 'maintenance', 'spare', 'broken', 'retired'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

export const ledgerStatusLabels: Record<LedgerStatus, { ja: string; en: string }> = {
  active: { ja: '稼働中', en: 'In use' },
  stopped: { ja: '停止中', en: 'Stopped' },
  maintenance: { ja: 'メンテナンス中', en: 'Under maintenance' },
  spare: { ja: '予備', en: 'Spare' },
  broken: { ja: '故障', en: 'Broken' },
  retired: { ja: '廃棄', en: 'Retired' },
};

const WORDS: Record<LedgerStatus, string[]> = {
  active: ['稼働', '稼働中', '稼動', '稼動中', '使用', '使用中', '運用', '運用中', '利用中', '在用', '有効'],
  stopped: ['停止', '停止中', '一時停止', '休止', '休止中', '無効'],
  maintenance: ['メンテナンス中', 'メンテナンス', 'メンテ中', '保守中', '点検中'],
  spare: ['予備', '予備機', '保管', '保管中', '在庫', '未使用', '待機', '待機中'],
  broken: ['故障', '故障中', '修理中'],
  retired: ['廃棄', '廃棄済', '廃棄済み', '廃止', '撤去', '撤去済', '返却', '返却済'],
};

// the status names other tools export (Snipe-IT, Lansweeper, NetBox), and this register's earlier
// codes for connection points (suspended, removed), so that old rows and backups still read
const OTHER_TOOLS: Record<LedgerStatus, string[]> = {
  active: ['active', 'in use', 'deployed', 'deployable', 'ready to deploy', 'online'],
  stopped: ['stopped', 'suspended', 'inactive', 'non-active', 'offline', 'disabled'],
  maintenance: ['maintenance', 'under maintenance', 'in maintenance'],
  spare: ['spare', 'stock', 'pending', 'planned', 'staged', 'inventory'],
  broken: ['broken', 'out for repair', 'out for diagnostics', 'in repair', 'failed'],
  retired: ['retired', 'removed', 'archived', 'disposed', 'lost/stolen', 'stolen', 'sold', 'decommissioning'],
};

const key = (s: string) => searchForm(s).replace(/\s+/g, '');

const LOOKUP = new Map<string, LedgerStatus>(
  LEDGER_STATUSES.flatMap((s) => [s, ...WORDS[s], ...OTHER_TOOLS[s]].map((w) => [key(w), s] as [string, LedgerStatus])),
);

/** The status a word means (a stored code, a Japanese word or another tool's status name), or undefined. */
export function readStatus(raw: unknown): LedgerStatus | undefined {
  if (raw === null || raw === undefined) return undefined;
  return LOOKUP.get(key(String(raw)));
}

/** What the message names as accepted: each status with the other words that mean it. */
export const STATUS_CHOICES = '稼働中 (稼働・稼動)、停止中 (停止・休止)、メンテナンス中、予備、故障、廃棄';
