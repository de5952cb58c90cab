import { describe, expect, it } from 'vitest';
import { fiscalYear, fiscalYearOf, inFiscalYear, todayJst } from './fiscal-year.ts';
import { formatWareki, parseJapaneseDate, warekiYear } from './wareki.ts';

describe('fiscal year (年度)', () => {
  it('runs from April to March and is named in 和暦', () => {
    expect(fiscalYear(2025)).toEqual({ year: 2025, start: '2025-04-01', end: '2026-03-31', label: '令和7年度' });
    expect(fiscalYear(2019).label).toBe('令和元年度');
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(inFiscalYear('2026-03-31', 2025)).toBe(true);
    expect(inFiscalYear('2026-04-01', 2025)).toBe(false);
  });

  it('knows today in Japan, not in UTC', () => {
    expect(todayJst(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
  });

  it('names 和暦 years', () => {
    expect(warekiYear(2026)).toBe('令和8');
    expect(warekiYear(2018)).toBe('平成30');
  });
});

describe('parseJapaneseDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026/3/1', '2026-03-01'],
    ['２０２６年３月３１日', '2026-03-31'],
    ['令和8年3月31日', '2026-03-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['R8.3.31', '2026-03-31'],
    ['平成31年4月30日', '2019-04-30'],
  ])('reads %s', (raw, iso) => {
    expect(parseJapaneseDate(raw)).toEqual({ ok: true, iso });
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseJapaneseDate('令和7年2月30日')).toEqual({ ok: false, message: '令和7年2月30日 は存在しない日付です' });
    expect(parseJapaneseDate('2026-02-29').ok).toBe(false);
    expect(parseJapaneseDate('2028-02-29').ok).toBe(true);
  });

  it('refuses dates outside their era and text that is no date', () => {
    expect(parseJapaneseDate('令和元年4月1日')).toMatchObject({ ok: false, message: expect.stringMatching(/期間外/) });
    expect(parseJapaneseDate('来週')).toMatchObject({ ok: false, message: expect.stringMatching(/読み取れません/) });
  });
});

describe('formatWareki', () => {
  it('writes the era in force on the day, with 元年', () => {
    expect(formatWareki('2025-06-01')).toBe('令和7年6月1日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
  });
  it('round-trips through parseJapaneseDate', () => {
    for (const iso of ['2026-03-31', '2019-05-01', '2001-12-09']) {
      expect(parseJapaneseDate(formatWareki(iso))).toEqual({ ok: true, iso });
    }
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', async () => {
    const { addMonths } = await import('./months.ts');
    expect(addMonths('2026-12-07', 12)).toBe('2027-12-07');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});
