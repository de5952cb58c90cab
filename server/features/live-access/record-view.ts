// Every request read under a 立入検査の閲覧許可 is audited in the institution's trail: the access check
// (orgs.policy.ts) marks the request, and after the answer is made this writes who read which path.
// If the event cannot be written the answer is replaced by the error: no unaudited read leaves.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { callerFor } from '../caller.ts';
import { recordGrantedRead } from './live-access.service.ts';

export const auditGrantedReads = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  const auth = c.get('auth');
  const lookup = auth?.orgLookup;
  if (!auth || !lookup?.readUnderGrant) return;
  const url = new URL(c.req.url);
  const { actor } = callerFor(auth.user, c.get('clientAddress'));
  await recordGrantedRead(c.get('deps'), actor, lookup.orgId, lookup.readUnderGrant, url.pathname + url.search, c.res.status);
};
