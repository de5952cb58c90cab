// /api/catalog: the checklist versions (read-only here; editing comes with the version editor).
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { getCatalogVersion, listCatalogVersions } from './catalog.service.ts';

export const catalogRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    requireAuth(c);
    return c.json({ versions: listCatalogVersions(c.get('deps')) });
  })
  .get('/:versionId', (c) => {
    requireAuth(c);
    const revision = c.req.query('revision');
    return c.json(getCatalogVersion(c.get('deps'), c.req.param('versionId'), revision ? Number(revision) : undefined));
  });
