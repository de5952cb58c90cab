import { describe, expect, it } from 'vitest';
import { currentFiscalYear, dashboardYears, firstOf } from './fiscal-years.ts';

describe('dashboard fiscal years', () => {
  it('takes the fiscal year from the date in Japan: April starts a new one', () => {
    expect(currentFiscalYear(new Date('2026-03-31T14:59:59Z'))).toBe(2025); // 23:59 on 31 March JST
    expect(currentFiscalYear(new Date('2026-03-31T15:00:00Z'))).toBe(2026); // 00:00 on 1 April JST
    expect(currentFiscalYear(new Date('2026-11-22T03:00:00Z'))).toBe(2026);
  });

  it('offers 2023 to next year, newest first, with their names', () => {
    const years = dashboardYears(new Date('2026-11-22T03:00:00Z'));
    expect(years.map((y) => y.year)).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(years[1]).toEqual({ year: 2026, label: '令和8年度' });
    expect(dashboardYears(new Date('2023-05-01T00:00:00Z')).map((y) => y.year)).toEqual([2024, 2023]);
  });

  it('cuts a long list to its first lines unless all are asked for', () => {
    const list = Array.from({ length: 25 }, (_, i) => i);
    expect(firstOf(list, 20, false)).toEqual({ shown: list.slice(0, 20), hidden: 5 });
    expect(firstOf(list, 20, true)).toEqual({ shown: list, hidden: 0 });
    expect(firstOf([1, 2], 20, false)).toEqual({ shown: [1, 2], hidden: 0 });
  });
});
