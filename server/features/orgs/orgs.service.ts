// Use cases for organisations: create (system administrator), read, update settings, list.

import type { z } from 'zod';
import { isOversight } from '../../../domain/organization.ts';
import type { OrgInput, orgUpdateSchema } from '../../../domain/organization-input.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { institutionsOf, officesOf } from '../jurisdiction/jurisdiction.repo.ts';
import { listMembershipsOfUser } from './memberships.repo.ts';
import { authorizeOrg, requireSystemAdmin } from './orgs.policy.ts';
import { presentOrg } from './orgs.present.ts';
import { findOrgBySlug, insertOrg, listAllOrgs, updateOrg } from './orgs.repo.ts';

/** Creates an organisation; the CLI calls this with a local actor, the API after requireSystemAdmin. */
/** `input` has passed orgInputSchema (the route's contract, or the CLI operation). */
export async function createOrganizationAs(deps: Deps, actor: Actor, input: OrgInput) {
  return deps.db.transaction(async (tx) => {
    if (await findOrgBySlug(tx, input.slug)) {
      throw new AppError('CONFLICT', `識別子 ${input.slug} は既に使われています。`, {
        fields: [{ field: 'slug', message: 'この識別子は既に使われています' }],
      });
    }
    const now = deps.clock.now();
    const org = await insertOrg(tx, { ...input, requireMfa: input.requireMfa ?? false, createdAt: now, updatedAt: now });
    await recordAudit(
      tx,
      actor,
      { organizationId: org.id, action: 'org.created', targetType: 'organization', targetId: org.id, after: presentOrg(org) },
      now,
    );
    return presentOrg(org);
  });
}

export async function createOrganization(deps: Deps, caller: Caller, input: OrgInput) {
  requireSystemAdmin(caller.user);
  return createOrganizationAs(deps, caller.actor, input);
}

export async function getOrganization(deps: Deps, caller: Caller, orgId: string) {
  const { org, role } = await authorizeOrg(deps.db, caller, orgId, caller.user.isSystemAdmin ? 'org.manage' : 'org.read');
  return presentOrg(org, role);
}

export async function updateOrganization(deps: Deps, caller: Caller, orgId: string, input: z.output<typeof orgUpdateSchema>) {
  return deps.db.transaction(async (tx) => {
    const { org: before, role } = await authorizeOrg(tx, caller, orgId, 'org.manage');
    // an office (保健所, 都道府県) receives institutions' submissions: only a system administrator makes
    // one, or unmakes one, and never while it has a jurisdiction or is in one
    if (input.kind !== undefined && input.kind !== before.kind && (isOversight(input.kind) || isOversight(before.kind))) {
      if (!caller.user.isSystemAdmin)
        throw new AppError('FORBIDDEN', '保健所・都道府県の種別への変更 (またはその逆) は、システム管理者だけが行えます。', {
          fields: [{ field: 'kind', message: '種別: 保健所・都道府県への変更はシステム管理者が行います' }],
        });
      if ((await officesOf(tx, orgId)).length > 0 || (await institutionsOf(tx, orgId)).length > 0)
        throw new AppError('CONFLICT', '管轄の登録があるため、種別を変えられません。先に管轄から外してください。', {
          fields: [{ field: 'kind', message: '種別: 管轄の登録があるため変えられません' }],
        });
    }
    const now = deps.clock.now();
    const after = await updateOrg(tx, orgId, { ...input, updatedAt: now });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'org.updated',
        targetType: 'organization',
        targetId: orgId,
        before: presentOrg(before),
        after: presentOrg(after),
      },
      now,
    );
    return presentOrg(after, role);
  });
}

/** The organisations the caller may switch to; a system administrator sees all of them. */
export async function listOrganizations(deps: Deps, caller: Caller) {
  const mine = await listMembershipsOfUser(deps.db, caller.user.id);
  const roles = new Map(mine.map((m) => [m.organizationId, m.role]));
  if (caller.user.isSystemAdmin) {
    return (await listAllOrgs(deps.db)).map((o) => presentOrg(o, roles.get(o.id) ?? null));
  }
  return mine.map((m) => ({ id: m.organizationId, slug: m.slug, name: m.name, kind: m.kind, role: m.role }));
}
