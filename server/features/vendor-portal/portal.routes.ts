// /api/vendor-portal: a person at a vendor opens a link, sets up the account, and sees the invitations.
import { contractRoutes } from '../../http/contract.ts';
import { setSessionCookie } from '../../http/cookies.ts';
import { clientMeta, requireAuth } from '../../http/request.ts';
import { portalContract as api } from './portal.contract.ts';
import { acceptSignedIn, acceptWithNewAccount, lookUpLink, myInvitations } from './portal.service.ts';

export const portalRoutes = contractRoutes()
  .openapi(api.link, async (c) => c.json(await lookUpLink(c.get('deps'), c.req.valid('json').token), 200))
  .openapi(api.accept, async (c) => {
    const { sessionToken, stage } = await acceptWithNewAccount(c.get('deps'), c.req.valid('json'), clientMeta(c));
    setSessionCookie(c, sessionToken);
    return c.json({ stage }, 200);
  })
  .openapi(api.acceptSignedIn, async (c) =>
    c.json(await acceptSignedIn(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('json').token), 200),
  )
  .openapi(api.invitations, async (c) =>
    c.json({ invitations: await myInvitations(c.get('deps'), requireAuth(c, { vendor: 'only' })) }, 200),
  );
