// The fiscal years (年度, April to March) the dashboard offers: from 2023, when the checklist began to
// be checked at the 立入検査, to next year; this year (by today's date in Japan) is the default.
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';

export const FIRST_FISCAL_YEAR = 2023;

export const currentFiscalYear = (now: Date): number => fiscalYearOf(todayJst(now));

/** Newest first: next year, this year, … 2023; each with its name (令和7年度). */
export function dashboardYears(now: Date): { year: number; label: string }[] {
  const years: { year: number; label: string }[] = [];
  for (let y = Math.max(currentFiscalYear(now) + 1, FIRST_FISCAL_YEAR); y >= FIRST_FISCAL_YEAR; y--) {
    years.push({ year: y, label: fiscalYear(y).label });
  }
  return years;
}

/** The first `limit` of a list unless all are asked for, and whether some are hidden. */
export function firstOf<T>(list: readonly T[], limit: number, all: boolean): { shown: readonly T[]; hidden: number } {
  const shown = all ? list : list.slice(0, limit);
  return { shown, hidden: list.length - shown.length };
}
