import { describe, expect, it } from 'vitest';
import { jstMinute, parseJstTime } from './jst-time.ts';

const today = new Date('2026-12-08T01:00:00Z'); // 10:00 JST

describe('parseJstTime', () => {
  it('reads the ways people write a moment in Japan, as JST', () => {
    expect(parseJstTime('2026-12-10 09:00', today)?.toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(parseJstTime('2026/12/10 9:05', today)?.toISOString()).toBe('2026-12-10T00:05:00.000Z');
    expect(parseJstTime('2026-12-10T17:30', today)?.toISOString()).toBe('2026-12-10T08:30:00.000Z');
    expect(parseJstTime('１５：３０', today)?.toISOString()).toBe('2026-12-08T06:30:00.000Z');
    expect(parseJstTime('2026-12-10T09:00:00Z', today)?.toISOString()).toBe('2026-12-10T09:00:00.000Z');
  });

  it('refuses a moment that does not exist as written instead of rolling it into another day', () => {
    for (const raw of ['2026-02-30 09:00', '2026-04-31 09:00', '2026-12-10 24:00', '25:00', '2026-12-10 09:60', 'あした'])
      expect(parseJstTime(raw, today), raw).toBeNull();
  });

  it('writes a moment back to the minute in JST', () => {
    expect(jstMinute(new Date('2026-12-09T15:30:00Z'))).toBe('2026-12-10 00:30');
  });
});
