// /api/feeds: the loaded vulnerability and end-of-life data (any signed-in user reads what is
// loaded; system administrators load files); /api/orgs/:orgId/findings: an organisation's findings.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { AppError } from '../../lib/errors.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { decideFinding, undoDecision } from './decide-finding.ts';
import { feedVersionsAll } from './feeds.repo.ts';
import { exportFindings, getFindings } from './findings.service.ts';
import { type FeedFile, loadFeedsAs } from './load-feeds.ts';
import { addAlias, listAliases, removeAlias } from './site-aliases.ts';
import { updateFeedsAs } from './update-feeds.ts';

export const feedRoutes = new Hono<AppEnv>()
  .get('/feeds', async (c) => {
    requireAuth(c);
    const rows = await feedVersionsAll(c.get('deps').db);
    return c.json({
      feeds: rows.map((r) => ({
        kind: r.kind,
        version: r.version,
        releasedAt: r.releasedAt,
        loadedAt: r.loadedAt.toISOString(),
        loadedBy: r.loadedBy,
        entries: r.entries,
        source: r.source,
      })),
    });
  })
  .post('/feeds/load', async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'ファイルは multipart/form-data で送信してください。');
    }
    const form = await c.req.parseBody({ all: true });
    const files = async (key: string): Promise<FeedFile[]> => {
      const v = form[key];
      const list = (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is File => x instanceof File);
      return Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    };
    const [kev] = await files('kev');
    return c.json(await loadFeedsAs(c.get('deps'), caller.actor, { kev, eol: await files('eol'), nvd: await files('nvd') }));
  })
  .get('/feeds/aliases', async (c) => {
    requireAuth(c);
    return c.json({ aliases: await listAliases(c.get('deps')) });
  })
  .post('/feeds/aliases', async (c) => c.json(await addAlias(c.get('deps'), requireAuth(c), await jsonBody(c)), 201))
  .delete('/feeds/aliases/:alias', async (c) => c.json(await removeAlias(c.get('deps'), requireAuth(c), c.req.param('alias'))))
  // fetched from the canonical addresses (or those configured), checked, then loaded
  .post('/feeds/update', async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    return c.json(await updateFeedsAs(c.get('deps'), caller.actor, { kinds: ['kev', 'eol'] }));
  })
  .get('/orgs/:orgId/findings/export', async (c) => {
    const format = TABLE_FORMATS[c.req.query('format') ?? 'csv'] ?? 'csv';
    return sendTable(c, await exportFindings(c.get('deps'), requireAuth(c), c.req.param('orgId'), format), 'findings');
  })
  .put('/orgs/:orgId/findings/:findingId/decision', async (c) =>
    c.json(await decideFinding(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('findingId'), await jsonBody(c))),
  )
  .delete('/orgs/:orgId/findings/:findingId/decision', async (c) =>
    c.json(await undoDecision(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('findingId'))),
  )
  .get('/orgs/:orgId/findings', async (c) =>
    c.json(
      await getFindings(
        c.get('deps'),
        requireAuth(c),
        c.req.param('orgId'),
        c.req.query('severity'),
        c.req.query('limit'),
        c.req.query('dismissed') === '1',
      ),
    ),
  );
