// Time source, injectable so tests can move time (session expiry, TOTP steps, lock-out) without sleeping.
import fs from 'node:fs';
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-11-22T00:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * The system time moved by the milliseconds written in a file (MAMORI_CLOCK_OFFSET_FILE): how the
 * browser tests move a running server's time (the next TOTP step, an expired session) instead of
 * waiting for it. Read on every call; a missing or unreadable file means no offset. Never set in
 * production: the server warns at start when it is.
 */
export function offsetFileClock(file: string): Clock {
  const offset = (): number => {
    try {
      const ms = Number(fs.readFileSync(file, 'utf8').trim());
      return Number.isFinite(ms) ? ms : 0;
    } catch {
      return 0;
    }
  };
  return { now: () => new Date(Date.now() + offset()) };
}
