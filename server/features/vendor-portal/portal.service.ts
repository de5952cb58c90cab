// Use cases of a person at a vendor: see what a link is for, use it (setting up a vendor account with
// a password, or adding the invitation to the account they are signed in with), and list their
// invitations across institutions. A link that cannot be used is refused with one message whatever
// the reason; its use is one conditional update, so a link works once even when used twice at once.
import { z } from 'zod';
import { displayNameSchema, loginIdSchema } from '../../../domain/user.ts';
import { invitationStatus, LINK_REFUSED } from '../../../domain/vendors/invitation.ts';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { hashPassword } from '../auth/password-hash.ts';
import type { Caller } from '../caller.ts';
import { mfaRequiredFor } from '../orgs/memberships.repo.ts';
import { sha256 } from '../sessions/session-tokens.ts';
import { type ClientMeta, createSession } from '../sessions/sessions.service.ts';
import { acceptNewPassword, rememberPassword } from '../users/new-password.ts';
import { insertUser, type UserRow } from '../users/users.repo.ts';
import { openInvitationForms } from './forms.service.ts';
import { claimInvitation, type InvitationRow, invitationsOfUser, systemsOfVendors, usableByToken } from './invitations.repo.ts';

const refused = () => new AppError('NOT_FOUND', LINK_REFUSED, { fields: [{ field: 'token', message: LINK_REFUSED }] });
const tokenOf = (raw: unknown) => (typeof raw === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null);

type SystemRef = { id: string; vendorId: string; name: string; status: string };

/** The systems an invitation names (all the vendor's systems in use when it names none). */
export const systemsNamed = (i: Pick<InvitationRow, 'vendorId' | 'systemIds'>, all: SystemRef[]) =>
  all
    .filter((s) => s.vendorId === i.vendorId && (i.systemIds.length ? i.systemIds.includes(s.id) : s.status === 'active'))
    .map((s) => ({ id: s.id, name: s.name }));

/** What the link is for, before the person sets a password (nothing is changed). */
export async function lookUpLink(deps: Deps, rawToken: unknown) {
  const token = tokenOf(rawToken);
  const found = token ? await usableByToken(deps.db, sha256(token), deps.clock.now()) : undefined;
  if (!found) throw refused();
  const i = found.invitation;
  return {
    institution: found.orgName,
    vendorName: found.vendorName,
    fiscalYear: i.fiscalYear,
    systems: systemsNamed(i, await systemsOfVendors(deps.db, [i.vendorId])),
    personName: i.personName,
    expiresAt: i.expiresAt.toISOString(),
    requireMfa: found.requireMfa,
  };
}

export const newVendorAccountSchema = z.object({
  token: z.string(),
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  password: z.string().max(256),
});

/** Sets up a vendor account with the link and signs it in; the link is used in the same transaction. */
export async function acceptWithNewAccount(deps: Deps, raw: unknown, meta: ClientMeta) {
  const input = parseInput(newVendorAccountSchema, raw);
  const token = tokenOf(input.token);
  const now = deps.clock.now();
  // checked first (no account is made for a link that cannot be used), and again when it is used
  if (!token || !(await usableByToken(deps.db, sha256(token), now))) throw refused();
  await acceptNewPassword(
    deps.db,
    input.password,
    { loginId: input.loginId, displayName: input.displayName, mfaEnabled: false },
    'password',
  );
  const passwordHash = await hashPassword(input.password);
  const user = await deps.db
    .transaction(async (tx) => {
      const created = await insertUser(tx, {
        loginId: input.loginId,
        displayName: input.displayName,
        passwordHash,
        kind: 'vendor',
        createdAt: now,
        updatedAt: now,
      });
      await rememberPassword(tx, created.id, passwordHash, now);
      const claimed = await claimInvitation(tx, sha256(token), created.id, now);
      if (!claimed) throw refused();
      const actor = { userId: created.id, label: created.loginId, clientAddress: meta.clientAddress };
      await openInvitationForms(tx, deps, actor, claimed);
      await recordAudit(
        tx,
        actor,
        { action: 'user.created', targetType: 'user', targetId: created.id, after: { loginId: created.loginId, kind: 'vendor' } },
        now,
      );
      await acceptedEvent(tx, actor, claimed, now);
      return created;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err, 'users_login_id_key')) {
        throw new AppError(
          'CONFLICT',
          `ログインID ${input.loginId} は既に使われています。別の ID にするか、その ID でログインしてからリンクを開いてください。`,
          {
            fields: [{ field: 'loginId', message: 'このログインIDは既に使われています' }],
          },
        );
      }
      throw err;
    });
  return signInAfterAccept(deps, user, meta);
}

/** Adds the invitation to the vendor account the person is signed in with. */
export async function acceptSignedIn(deps: Deps, caller: Caller, rawToken: unknown) {
  const token = tokenOf(rawToken);
  if (!token) throw refused();
  const now = deps.clock.now();
  const found = await usableByToken(deps.db, sha256(token), now);
  if (!found) throw refused();
  // joining never changes how one signs in: an institution requiring MFA is joined with MFA set up
  if (found.requireMfa && !caller.user.totpEnabledAt) {
    throw new AppError(
      'CONFLICT',
      `「${found.orgName}」は二要素認証を必須にしています。先にアカウント画面で二要素認証を設定してから、もう一度このリンクを開いてください。`,
      { details: { mfaRequired: true } },
    );
  }
  const claimed = await deps.db.transaction(async (tx) => {
    const row = await claimInvitation(tx, sha256(token), caller.user.id, now);
    if (!row) throw refused();
    await openInvitationForms(tx, deps, caller.actor, row);
    await acceptedEvent(tx, caller.actor, row, now);
    return row;
  });
  return { invitationId: claimed.id };
}

async function acceptedEvent(
  tx: Tx,
  actor: { userId: string | null; label: string; clientAddress: string | null },
  i: InvitationRow,
  now: Date,
) {
  await recordAudit(
    tx,
    actor,
    {
      organizationId: i.organizationId,
      action: 'vendor.invitation_accepted',
      targetType: 'vendor',
      targetId: i.vendorId,
      after: { id: i.id, userId: i.userId, fiscalYear: i.fiscalYear },
    },
    now,
  );
}

/** A new vendor account is signed in at once: fully, or to enrol MFA when an inviting institution requires it. */
async function signInAfterAccept(deps: Deps, user: UserRow, meta: ClientMeta) {
  const stage: 'enrol' | 'full' = (await mfaRequiredFor(deps.db, user.id)) ? 'enrol' : 'full';
  const sessionToken = await createSession(deps, user, stage, meta);
  return { sessionToken, stage };
}

/** The signed-in vendor person's invitations, across institutions, newest year first. */
export async function myInvitations(deps: Deps, caller: Caller) {
  const now = deps.clock.now();
  const rows = await invitationsOfUser(deps.db, caller.user.id);
  const systems = await systemsOfVendors(deps.db, [...new Set(rows.map((r) => r.invitation.vendorId))]);
  return rows.map((r) => ({
    id: r.invitation.id,
    institution: r.orgName,
    vendorName: r.vendorName,
    fiscalYear: r.invitation.fiscalYear,
    systems: systemsNamed(r.invitation, systems),
    status: invitationStatus(r.invitation, now),
    acceptedAt: r.invitation.acceptedAt?.toISOString() ?? null,
  }));
}
