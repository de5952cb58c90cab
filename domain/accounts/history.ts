// One account's history, told from the audit log: the imports that created or changed it (which
// columns, from which file), the 棚卸し decisions on it and the status a signed-off 棚卸し gave it.
// The audit events are the system's (accounts.imported) and its reviews' (account_review.*); an
// account is named in them by its ID, compared as the imports compare it (case and width folded).
import { type AccountStatus, accountStatusLabels } from './account.ts';
import { listFieldLabels } from './user-list.ts';

export interface HistoryEvent {
  action: string;
  at: string;
  actor: string;
  before: unknown;
  after: unknown;
}

export type AccountHistoryEntry =
  | { at: string; actor: string; kind: 'created'; fileName: string }
  | { at: string; actor: string; kind: 'updated'; fileName: string; columns: string[] }
  | { at: string; actor: string; kind: 'decided'; decision: string; reason: string }
  | { at: string; actor: string; kind: 'status'; from: string; to: string };

/** Columns an import writes that a person reads by name (the rest — raw values, folded keys — are not shown). */
const COLUMN_LABELS: Record<string, { ja: string; en: string }> = {
  ...listFieldLabels,
  kind: { ja: '種類', en: 'Kind' },
  expiresAt: { ja: '有効期限', en: 'Expires' },
  note: { ja: '備考', en: 'Note' },
};

export const historyColumnLabel = (column: string) => COLUMN_LABELS[column];

const key = (id: string) => id.normalize('NFKC').toLowerCase();
const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Newest first (`events` in the order they were recorded: of one time, the later recorded first). */
export function accountHistoryOf(accountId: string, events: HistoryEvent[]): AccountHistoryEntry[] {
  const me = key(accountId);
  const out: AccountHistoryEntry[] = [];
  for (const e of events) {
    const after = obj(e.after);
    const base = { at: e.at, actor: e.actor };
    if (e.action === 'accounts.imported') {
      const fileName = text(after.fileName);
      if (Array.isArray(after.created) && after.created.some((id) => key(text(id)) === me))
        out.push({ ...base, kind: 'created', fileName });
      const updated = Array.isArray(after.updated) ? after.updated.map(obj).find((u) => key(text(u.accountId)) === me) : undefined;
      if (updated) {
        const columns = (Array.isArray(updated.columns) ? updated.columns.map(text) : []).filter((c) => COLUMN_LABELS[c]);
        if (columns.length) out.push({ ...base, kind: 'updated', fileName, columns });
      }
    } else if (e.action === 'account_review.decided' && key(text(after.accountId)) === me) {
      out.push({ ...base, kind: 'decided', decision: text(after.decision), reason: text(after.reason) });
    } else if (e.action === 'account_review.signed' && Array.isArray(after.changed)) {
      const change = after.changed.map(obj).find((c) => key(text(c.accountId)) === me);
      if (change) out.push({ ...base, kind: 'status', from: text(change.from), to: text(change.to) });
    }
  }
  return out.reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export const statusLabel = (s: string, lang: 'ja' | 'en') => accountStatusLabels[s as AccountStatus]?.[lang] ?? s;
