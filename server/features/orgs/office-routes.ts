// An office (保健所, 都道府県) keeps no ledgers and answers no forms: under /api/orgs/{id}/ it has
// itself, its people and audit trail, its jurisdiction, its inspection records and the submissions it
// sees. Every other organisation route is answered as one that does not exist, for its members too
// (the web hides them; this is the rule the server applies, in one place).
import type { MiddlewareHandler } from 'hono';
import { isOversight } from '../../../domain/organization.ts';
import type { AppEnv } from '../../http/env.ts';
import { noSuchRoute } from '../../lib/errors.ts';

const OFFICE_SEGMENTS = new Set(['', 'members', 'users', 'invitations', 'audit', 'jurisdiction', 'inspections', 'submissions']);

/** The first path segment after /api/orgs/{id} ('' for the organisation itself). */
const segmentOf = (path: string) => /^\/api\/orgs\/[^/]+(?:\/([^/?]*))?/.exec(path)?.[1] ?? '';

export const officeConfinement = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const org = c.get('auth')?.orgLookup?.found?.org;
  if (org && isOversight(org.kind) && !OFFICE_SEGMENTS.has(segmentOf(c.req.path))) throw noSuchRoute();
  await next();
};
