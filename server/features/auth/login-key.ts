// The key a login ID's failure counter is stored under: an HMAC of the normalised ID with a key kept
// outside the database (derived from the installation's audit key), so the counters table does not
// hold what people typed (a mistyped ID is often a password) and cannot be reversed by guessing.
import { createHmac } from 'node:crypto';
import { loginKey } from '../../../domain/user.ts';
import { keyring } from '../../lib/keys.ts';

let derived: { from: Buffer; key: Buffer } | undefined;

export function loginCounterKey(loginId: string): string {
  const audit = keyring().audit.key;
  if (derived?.from !== audit) derived = { from: audit, key: createHmac('sha256', audit).update('mamori sign-in counters').digest() };
  return createHmac('sha256', derived.key).update(loginKey(loginId)).digest('base64url');
}
