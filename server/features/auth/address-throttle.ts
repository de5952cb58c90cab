// Throttling per client address: at most 30 failed sign-in attempts per address in a fixed 15-minute
// window (password spraying across many login IDs, unknown ones included). A successful sign-in gives
// its attempt back, so an institution behind one NAT address is not held up by its own staff. IPv6
// clients are counted per /64, the block one subscriber usually holds.
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { pruneSignInCounters, refundAddressAttempt, reserveAddressAttempt } from './sign-in-counters.repo.ts';

export const ADDRESS_LIMIT = 30;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
const PRUNE_EVERY_MS = 60_000;

/** The unit an address is counted as: an IPv4 address, or the /64 of an IPv6 one. */
export function addressBucket(address: string | null): string {
  if (!address) return 'unknown';
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

let nextPrune = 0;

export interface AddressSlot {
  /** gives the attempt back (a successful sign-in, or an attempt refused without checking anything) */
  refund(): Promise<void>;
}

/** Counts the attempt against its address, or refuses it with 429 and Retry-After. */
export async function reserveAddressSlot(deps: Deps, clientAddress: string | null, now: Date): Promise<AddressSlot> {
  if (now.getTime() >= nextPrune) {
    nextPrune = now.getTime() + PRUNE_EVERY_MS;
    await pruneSignInCounters(deps.db, new Date(now.getTime() - ADDRESS_WINDOW_MS), now);
  }
  const bucket = addressBucket(clientAddress);
  const windowStart = new Date(Math.floor(now.getTime() / ADDRESS_WINDOW_MS) * ADDRESS_WINDOW_MS);
  if (!(await reserveAddressAttempt(deps.db, bucket, windowStart, ADDRESS_LIMIT))) {
    const seconds = Math.ceil((windowStart.getTime() + ADDRESS_WINDOW_MS - now.getTime()) / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `ログインの試行が多すぎるため、この接続元からのログインを一時的に止めています。${Math.ceil(seconds / 60)} 分後に再試行してください。`,
      { retryAfterSeconds: seconds },
    );
  }
  return { refund: () => refundAddressAttempt(deps.db, bucket, windowStart) };
}
