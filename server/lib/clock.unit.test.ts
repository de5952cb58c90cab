import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offsetFileClock } from './clock.ts';

describe('offsetFileClock (MAMORI_CLOCK_OFFSET_FILE, tests only)', () => {
  it('moves the time by the milliseconds in the file as it changes, and by nothing without a readable number', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-clock-')), 'offset');
    const clock = offsetFileClock(file);
    const near = (d: Date, ms: number) => Math.abs(d.getTime() - (Date.now() + ms)) < 1000;
    expect(near(clock.now(), 0)).toBe(true); // no file yet
    fs.writeFileSync(file, '3600000');
    expect(near(clock.now(), 3_600_000)).toBe(true);
    fs.writeFileSync(file, '90000\n');
    expect(near(clock.now(), 90_000)).toBe(true);
    fs.writeFileSync(file, 'soon');
    expect(near(clock.now(), 0)).toBe(true);
  });
});
