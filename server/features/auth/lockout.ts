// Lock-out with back-off: after 5 failed attempts the account is locked for 1 minute, doubling with
// every further failure up to 60 minutes. A success (password and, where on, TOTP) resets it.
export const FREE_ATTEMPTS = 5;
const MAX_LOCK_MINUTES = 60;

export function lockUntilAfterFailure(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < FREE_ATTEMPTS) return null;
  const minutes = Math.min(2 ** (failedAttempts - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
  return new Date(now.getTime() + minutes * 60_000);
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
