import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateLong, formatDateTimeLong, formatDateTimeShort, jstDay } from './dates.ts';

describe('dates', () => {
  // 05:05 UTC is 14:05 JST on the same day
  const iso = '2026-11-22T05:05:09.000Z';

  it('renders JST with the Japanese era and the western date', () => {
    expect(formatDateTimeLong(iso, 'ja')).toBe('令和8年11月22日 (2026-11-22) 14:05');
    expect(formatDateLong(iso, 'ja')).toBe('令和8年11月22日 (2026-11-22)');
  });

  it('renders English with the era name in romaji', () => {
    expect(formatDateTimeLong(iso, 'en')).toBe('2026-11-22 14:05 JST (Reiwa 8)');
    expect(formatDateLong(iso, 'en')).toBe('2026-11-22 (Reiwa 8)');
  });

  it('moves to the next JST day after 15:00 UTC', () => {
    expect(formatDateTimeShort('2026-03-31T15:30:00Z')).toBe('2026-04-01 00:30:00');
    expect(jstDay('2026-03-31T15:30:00Z')).toBe('2026-04-01');
  });

  it('writes the first year of an era as 元年', () => {
    expect(formatDateLong('2019-05-01T00:00:00+09:00', 'ja')).toBe('令和元年5月1日 (2019-05-01)');
    expect(formatDateLong('2019-04-30T12:00:00+09:00', 'ja')).toBe('平成31年4月30日 (2019-04-30)');
  });

  it('returns an empty string for an invalid date', () => {
    expect(formatDateTimeLong('not a date', 'ja')).toBe('');
  });

  it('formats file sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
  });
});
