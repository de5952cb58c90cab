// What leaves the server about a user: never the hash, secrets or counters.
import type { UserRow } from './users.repo.ts';

export const presentUser = (u: UserRow) => ({
  id: u.id,
  loginId: u.loginId,
  displayName: u.displayName,
  isSystemAdmin: u.isSystemAdmin,
  /** 'vendor': a person at a vendor, who reaches only the vendor portal */
  kind: u.kind,
  mfaEnabled: u.totpEnabledAt !== null,
  mustChangePassword: u.mustChangePassword,
  locked: u.lockedUntil !== null && u.lockedUntil > new Date(),
  disabled: u.disabledAt !== null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});
