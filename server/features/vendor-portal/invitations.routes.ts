// /api/orgs/:orgId/vendors/:vendorId/invitations: the institution invites a person at a vendor.
import type { Context } from 'hono';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { invitationContract as api } from './invitations.contract.ts';
import { createInvitation, listInvitations, revokeInvitationOf } from './invitations.service.ts';
import { remindInvitationOf } from './reminders.ts';

/**
 * Where the link points: MAMORI_PUBLIC_URL, else the address this request came to — as the browser saw
 * it (https behind a proxy that says so, MAMORI_TRUST_PROXY=1, and the Host it asked for).
 */
function linkBase(c: Context<AppEnv>): string {
  const { publicUrl, trustProxy } = c.get('deps').config;
  if (publicUrl) return publicUrl;
  const url = new URL(c.req.url);
  const host = (trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host') || url.host;
  return `${c.get('secure') ? 'https' : url.protocol.replace(':', '')}://${host}`;
}

export const invitationRoutes = contractRoutes()
  .openapi(api.list, async (c) => {
    const { orgId, vendorId } = c.req.valid('param');
    const deps = c.get('deps');
    return c.json(
      { invitations: await listInvitations(deps, requireAuth(c), orgId, vendorId), mailConfigured: Boolean(deps.config.smtpUrl) },
      200,
    );
  })
  .openapi(api.create, async (c) => {
    const { orgId, vendorId } = c.req.valid('param');
    return c.json(await createInvitation(c.get('deps'), requireAuth(c), orgId, vendorId, c.req.valid('json'), linkBase(c)), 201);
  })
  .openapi(api.remind, async (c) => {
    const { orgId, vendorId, vendorInvitationId } = c.req.valid('param');
    return c.json(await remindInvitationOf(c.get('deps'), requireAuth(c), orgId, vendorId, vendorInvitationId, linkBase(c)), 200);
  })
  .openapi(api.revoke, async (c) => {
    const { orgId, vendorId, vendorInvitationId } = c.req.valid('param');
    return c.json(await revokeInvitationOf(c.get('deps'), requireAuth(c), orgId, vendorId, vendorInvitationId), 200);
  });
