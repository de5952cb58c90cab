// What leaves the server about the 連絡体制図.
import { CONTACT_STARTERS, type ContactEntry, chartAdvice, chartProblems } from '../../../domain/contacts/chart.ts';
import type { ChartRow, ContactRow } from './contacts.repo.ts';

export const toEntry = (r: ContactRow): ContactEntry => ({
  id: r.id,
  side: r.side,
  category: r.category,
  organizationName: r.organizationName,
  personName: r.personName,
  phone: r.phone,
  hours: r.hours,
  url: r.url,
  note: r.note,
  providesMedicalSystem: r.providesMedicalSystem,
  position: r.position,
  starterKey: r.starterKey,
});

export function presentChart(
  chart: ChartRow | undefined,
  rows: ContactRow[],
  today: string,
  paperFile: { id: string; fileName: string } | null = null,
) {
  const entries = rows.map(toEntry);
  const confirmedOn = chart?.confirmedOn ?? null;
  const paperConfirmedOn = chart?.paperConfirmedOn ?? null;
  const starterSource = new Map(CONTACT_STARTERS.map((s) => [s.key, { source: s.source, inferred: s.inferred }]));
  return {
    confirmedOn,
    confirmedBy: chart?.confirmedByLogin ?? null,
    updatedAt: chart?.updatedAt.toISOString() ?? null,
    internal: entries.filter((e) => e.side === 'internal').map((e) => ({ ...e, starter: starterSource.get(e.starterKey ?? '') ?? null })),
    external: entries.filter((e) => e.side === 'external').map((e) => ({ ...e, starter: starterSource.get(e.starterKey ?? '') ?? null })),
    /** kept on paper (3(1) is met by showing it): last confirmed, and the scan if one is stored */
    paper: paperConfirmedOn ? { confirmedOn: paperConfirmedOn, evidence: paperFile } : null,
    /** what the 手引き would point at (3(1)) */
    problems: chartProblems(entries, paperConfirmedOn),
    /** Mamori's own advice: numbers on every entry, confirmed within a year */
    advice: chartAdvice(entries, confirmedOn, paperConfirmedOn, today),
    /** starters not added yet, offered to the user */
    starters: CONTACT_STARTERS.filter((s) => !entries.some((e) => e.starterKey === s.key)),
  };
}

export type ChartView = ReturnType<typeof presentChart>;

/** The name of the 医療情報システム安全管理責任者 on the chart, for the forms' header. */
export const responsiblePersonOf = (chart: ChartView): string | null =>
  chart.internal.find((e) => e.category === '医療情報システム安全管理責任者' && e.personName)?.personName ?? null;
