// /api/feeds: the loaded vulnerability and end-of-life data (any signed-in user reads what is
// loaded; system administrators load files); /api/orgs/:orgId/findings: an organisation's findings.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { AppError } from '../../lib/errors.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { decideFinding, undoDecision } from './decide-finding.ts';
import { feedContract as api } from './feeds.contract.ts';
import { feedVersionsAll } from './feeds.repo.ts';
import { exportFindings, getFindings } from './findings.service.ts';
import { type FeedFile, loadFeedsAs } from './load-feeds.ts';
import { addAlias, listAliases, removeAlias } from './site-aliases.ts';
import { updateFeedsAs } from './update-feeds.ts';

export const feedRoutes = contractRoutes()
  .openapi(api.versions, async (c) => {
    requireAuth(c);
    const rows = await feedVersionsAll(c.get('deps').db);
    return c.json(
      {
        feeds: rows.map((r) => ({
          kind: r.kind,
          version: r.version,
          releasedAt: r.releasedAt,
          loadedAt: r.loadedAt.toISOString(),
          loadedBy: r.loadedBy,
          entries: r.entries,
          source: r.source,
        })),
      },
      200,
    );
  })
  // the body is read here (multipart, not declared in the contract)
  .openapi(api.load, async (c) => {
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
    return c.json(await loadFeedsAs(c.get('deps'), caller.actor, { kev, eol: await files('eol'), nvd: await files('nvd') }), 200);
  })
  .openapi(api.aliases, async (c) => {
    requireAuth(c);
    return c.json({ aliases: await listAliases(c.get('deps')) }, 200);
  })
  .openapi(api.addAlias, async (c) => c.json(await addAlias(c.get('deps'), requireAuth(c), c.req.valid('json')), 201))
  .openapi(api.removeAlias, async (c) => c.json(await removeAlias(c.get('deps'), requireAuth(c), c.req.valid('param').alias), 200))
  // fetched from the canonical addresses (or those configured), checked, then loaded
  .openapi(api.update, async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    return c.json(await updateFeedsAs(c.get('deps'), caller.actor, { kinds: ['kev', 'eol'] }), 200);
  })
  .openapi(api.exportFindings, async (c) => {
    const caller = requireAuth(c);
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportFindings(c.get('deps'), caller, c.req.valid('param').orgId, format), 'findings');
  })
  .openapi(api.decide, async (c) => {
    const { orgId, findingId } = c.req.valid('param');
    return c.json(await decideFinding(c.get('deps'), requireAuth(c), orgId, findingId, c.req.valid('json')), 200);
  })
  .openapi(api.undoDecision, async (c) => {
    const { orgId, findingId } = c.req.valid('param');
    return c.json(await undoDecision(c.get('deps'), requireAuth(c), orgId, findingId), 200);
  })
  .openapi(api.findings, async (c) =>
    c.json(await getFindings(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );
