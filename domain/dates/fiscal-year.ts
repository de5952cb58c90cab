// The Japanese fiscal year (年度): April to March, named by the calendar year it starts in.
import { warekiYear } from './wareki.ts';

export interface FiscalYear {
  /** 西暦 year in which the fiscal year starts, e.g. 2025 for 令和7年度 */
  year: number;
  start: string; // YYYY-04-01
  end: string; // (YYYY+1)-03-31
  label: string; // 令和7年度
}

export function fiscalYear(year: number): FiscalYear {
  return { year, start: `${year}-04-01`, end: `${year + 1}-03-31`, label: `${warekiYear(year)}年度` };
}

/** The fiscal year a calendar date (YYYY-MM-DD) falls in. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

export const inFiscalYear = (isoDate: string, year: number): boolean => {
  const fy = fiscalYear(year);
  return isoDate >= fy.start && isoDate <= fy.end;
};

/** Today's date in Japan (JST) as YYYY-MM-DD. */
export function todayJst(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
