// Use cases of the institution: invite a person at a vendor to answer the 事業者確認用 of a fiscal year
// through a link, list the vendor's invitations, revoke one. The link's token is random, shown once
// (in the answer to the invitation and nowhere else), stored only as its sha256, and never audited or
// logged. Members read; 担当者 and 管理者 invite and revoke; every step audited.
import type { z } from 'zod';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import { checkInvitation, invitationStatus } from '../../../domain/vendors/invitation.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { sendMail } from '../../lib/mail.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { newToken, sha256 } from '../sessions/session-tokens.ts';
import { findVendor, listSystems } from '../vendors/vendors.repo.ts';
import { type InvitationRow, insertInvitation, invitationsOfVendor, orgNameOf, revokeInvitation } from './invitations.repo.ts';
import type { invitationInputSchema } from './invitations.schemas.ts';

type InvitationInput = z.output<typeof invitationInputSchema>;

/** The link a vendor opens: the token in the fragment, which browsers never send to a server (nor to its logs). */
export const invitationLink = (base: string, token: string) => `${base.replace(/\/+$/, '')}/vendor/accept#${token}`;

export function presentInvitation(r: InvitationRow, systemNames: Map<string, string>, now: Date) {
  return {
    id: r.id,
    vendorId: r.vendorId,
    fiscalYear: r.fiscalYear,
    systems: r.systemIds.map((id) => ({ id, name: systemNames.get(id) ?? '' })),
    personName: r.personName,
    email: r.email,
    status: invitationStatus(r, now),
    expiresAt: r.expiresAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    remindedAt: r.remindedAt?.toISOString() ?? null,
    reminders: r.reminders,
    createdAt: r.createdAt.toISOString(),
  };
}

const systemNamesOf = async (deps: Deps, orgId: string, vendorId: string) =>
  new Map((await listSystems(deps.db, orgId, vendorId)).map((s) => [s.id, s.name]));

export async function listInvitations(deps: Deps, caller: Caller, orgId: string, vendorId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const vendor = isUuid(vendorId) ? await findVendor(deps.db, orgId, vendorId) : undefined;
  if (!vendor) throw notFound('事業者');
  const names = await systemNamesOf(deps, orgId, vendorId);
  const now = deps.clock.now();
  return (await invitationsOfVendor(deps.db, orgId, vendorId)).map((r) => presentInvitation(r, names, now));
}

export async function createInvitation(deps: Deps, caller: Caller, orgId: string, vendorId: string, input: InvitationInput, base: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return inviteVendor(deps, caller.actor, orgId, vendorId, input, base);
}

/** Invites for whoever acts (a member through the API, an administrator through the CLI); the link is in the answer only. */
export async function inviteVendor(deps: Deps, actor: Actor, orgId: string, vendorId: string, input: InvitationInput, base: string) {
  const vendor = isUuid(vendorId) ? await findVendor(deps.db, orgId, vendorId) : undefined;
  if (!vendor) throw notFound('事業者');
  const names = await systemNamesOf(deps, orgId, vendorId);
  const checked = checkInvitation(input);
  const problems = checked.ok ? [] : [...checked.problems];
  if ((input.systemIds ?? []).some((id) => !names.has(id.normalize('NFKC').trim())))
    problems.push({ field: 'systemIds', message: 'システム: この事業者のシステムではないものがあります' });
  if (!checked.ok || problems.length) throw new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });
  const values = checked.values;
  const token = newToken();
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertInvitation(tx, {
      organizationId: orgId,
      vendorId,
      fiscalYear: values.fiscalYear,
      systemIds: values.systemIds,
      personName: values.personName,
      email: values.email,
      tokenHash: sha256(token),
      expiresAt: new Date(now.getTime() + values.days * 86_400_000),
      createdBy: actor.userId,
      createdAt: now,
    });
    const { tokenHash: _never, ...audited } = inserted;
    await recordAudit(
      tx,
      actor,
      { organizationId: orgId, action: 'vendor.invitation_created', targetType: 'vendor', targetId: vendorId, after: audited },
      now,
    );
    return inserted;
  });
  const link = invitationLink(base, token);
  const mail = values.email ? await mailInvitation(deps, actor, row, { vendorName: vendor.name, link }) : null;
  return { invitation: presentInvitation(row, names, now), link, mail };
}

/** E-mails the link when an SMTP server is configured (MAMORI_SMTP_URL); audited without the link. */
async function mailInvitation(deps: Deps, actor: Actor, i: InvitationRow, about: { vendorName: string; link: string }) {
  if (!deps.config.smtpUrl) return { to: i.email, sent: false, error: null };
  const institution = await orgNameOf(deps.db, i.organizationId);
  const year = fiscalYear(i.fiscalYear).label;
  const until = i.expiresAt.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
  const result = await sendMail(deps.config, {
    to: i.email,
    subject: `【${institution}】${year} 事業者確認用への回答のお願い`,
    text: [
      `${i.personName ? `${i.personName} 様` : `${about.vendorName} ご担当者様`}`,
      '',
      `${institution} から、${about.vendorName} の担当者として ${year}の事業者確認用`,
      '(医療機関におけるサイバーセキュリティ対策チェックリスト) への回答をお願いしています。',
      '',
      `次のリンクを開いてパスワードを設定してください (${until} まで有効、一度だけ使えます):`,
      about.link,
      '',
      'このメールに心当たりがない場合は、リンクを開かずに破棄してください。',
    ].join('\n'),
  });
  const event = {
    organizationId: i.organizationId,
    action: 'vendor.invitation_mailed' as const,
    targetType: 'vendor' as const,
    targetId: i.vendorId,
  };
  const after = { id: i.id, to: i.email, sent: result.sent, error: result.error };
  await deps.db.transaction((tx) => recordAudit(tx, actor, { ...event, after }, deps.clock.now()));
  return { to: i.email, ...result };
}

export async function revokeInvitationOf(deps: Deps, caller: Caller, orgId: string, vendorId: string, invitationId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return revokeVendorInvitation(deps, caller.actor, orgId, vendorId, invitationId);
}

export async function revokeVendorInvitation(deps: Deps, actor: Actor, orgId: string, vendorId: string | null, invitationId: string) {
  if (!isUuid(invitationId) || (vendorId !== null && !isUuid(vendorId))) throw notFound('招待');
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const revoked = await revokeInvitation(tx, orgId, invitationId, now);
    if (!revoked || (vendorId !== null && revoked.vendorId !== vendorId)) throw notFound('招待');
    await recordAudit(
      tx,
      actor,
      {
        organizationId: orgId,
        action: 'vendor.invitation_revoked',
        targetType: 'vendor',
        targetId: revoked.vendorId,
        after: { id: revoked.id, personName: revoked.personName, fiscalYear: revoked.fiscalYear },
      },
      now,
    );
    return revoked;
  });
  return presentInvitation(row, await systemNamesOf(deps, orgId, row.vendorId), now);
}
