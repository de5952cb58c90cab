// Lock-out with back-off: after 5 failed attempts the login ID is locked for 1 minute, doubling with
// every further failure up to 60 minutes. A success (password and, where on, TOTP) resets it. The same
// rule holds for login IDs that do not exist, so that an answer never tells which IDs do. Failures
// are forgotten a day after the last one (the counters of unknown IDs must not pile up for ever, and
// a known ID must not keep what an unknown one forgets). The database applies this rule atomically
// (sign-in-counters.repo.ts builds its SQL from these constants).
export const FREE_ATTEMPTS = 5;
export const MAX_LOCK_MINUTES = 60;
export const FORGET_FAILURES_AFTER_MS = 24 * 60 * 60_000;

export function lockUntilAfterFailure(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < FREE_ATTEMPTS) return null;
  const minutes = Math.min(2 ** (failedAttempts - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
  return new Date(now.getTime() + minutes * 60_000);
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
