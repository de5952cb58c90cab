// The findings list's orders: worst first (as the server sends them), or by subject, kind, or the
// earliest date to act by (KEV's due date, else the end-of-life date). Pure.
import type { DecidedFinding } from '../../api-answers.ts';

export const SORTS = ['severity', 'subject', 'kind', 'due'] as const;
export type SortKey = (typeof SORTS)[number];

/** Worst first (as the server sends them), or by subject, kind, or the earliest KEV due date. */
export function sorted(list: DecidedFinding[], key: SortKey): DecidedFinding[] {
  if (key === 'severity') return list;
  const by: Record<Exclude<SortKey, 'severity'>, (f: DecidedFinding) => string> = {
    subject: (f) => f.subject.label,
    kind: (f) => f.kind,
    due: (f) => f.cves.map((c) => c.dueDate).sort()[0] ?? f.eol?.date ?? '9999',
  };
  const get = by[key];
  return [...list].sort((a, b) => get(a).localeCompare(get(b)));
}
