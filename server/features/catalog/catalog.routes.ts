// /api/catalog: the checklist versions; system administrators add versions (never edit them), from a
// version file or from the ministry's own workbook of a form (multipart: file, fiscalYear, form, corrections).
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { jsonField, uploadedFile } from '../../http/upload.ts';
import { parseInput } from '../../lib/validate.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { getCatalogVersion, getFormHelp, listCatalogVersions } from './catalog.service.ts';
import { importCatalogVersion } from './import-version.ts';
import { importWorkbook } from './workbook/import-workbook.ts';
import { workbookOptionsSchema } from './workbook/workbook.schemas.ts';

export const catalogRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    requireAuth(c);
    return c.json({ versions: listCatalogVersions(c.get('deps')) });
  })
  .post('/import', async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    const body = await jsonBody(c);
    const result = await importCatalogVersion(c.get('deps'), caller.actor, JSON.stringify(body), { dryRun: c.req.query('dryRun') === '1' });
    return c.json(result, result.stored ? 201 : 200);
  })
  .post('/workbook', async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    const { form, upload, bytes } = await uploadedFile(c);
    const opts = parseInput(workbookOptionsSchema, {
      fiscalYear: form.fiscalYear,
      form: form.form,
      corrections: jsonField(form.corrections, 'corrections'),
    });
    const result = await importWorkbook(
      c.get('deps'),
      caller.actor,
      { name: upload.name, bytes },
      { ...opts, dryRun: c.req.query('dryRun') === '1' },
    );
    return c.json(result, result.stored ? 201 : 200);
  })
  .get('/:versionId/help', (c) => {
    requireAuth(c);
    const revision = c.req.query('revision');
    const form = c.req.query('form') ?? 'institution';
    return c.json(getFormHelp(c.get('deps'), c.req.param('versionId'), form, revision ? Number(revision) : undefined));
  })
  .get('/:versionId', (c) => {
    requireAuth(c);
    const revision = c.req.query('revision');
    return c.json(getCatalogVersion(c.get('deps'), c.req.param('versionId'), revision ? Number(revision) : undefined));
  });
