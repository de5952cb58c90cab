// /api/catalog: the checklist versions; system administrators add versions (never edit them), from a
// version file or from the ministry's own workbook of a form (multipart: file, fiscalYear, form, corrections).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { jsonField, uploadedFile } from '../../http/upload.ts';
import { parseInput } from '../../lib/validate.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { catalogContract as api } from './catalog.contract.ts';
import { getCatalogVersion, getFormHelp, listCatalogVersions } from './catalog.service.ts';
import { importCatalogVersion } from './import-version.ts';
import { importWorkbook } from './workbook/import-workbook.ts';
import { workbookOptionsSchema } from './workbook/workbook.schemas.ts';

export const catalogRoutes = contractRoutes()
  .openapi(api.list, (c) => {
    requireAuth(c);
    return c.json({ versions: listCatalogVersions(c.get('deps')) }, 200);
  })
  .openapi(api.import, async (c) => {
    const caller = requireAuth(c);
    requireSystemAdmin(caller.user);
    const text = JSON.stringify(c.req.valid('json'));
    const result = await importCatalogVersion(c.get('deps'), caller.actor, text, { dryRun: c.req.valid('query').dryRun === '1' });
    return result.stored ? c.json(result, 201) : c.json(result, 200);
  })
  .openapi(api.workbook, async (c) => {
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
      { ...opts, dryRun: c.req.valid('query').dryRun === '1' },
    );
    return result.stored ? c.json(result, 201) : c.json(result, 200);
  })
  .openapi(api.help, (c) => {
    requireAuth(c);
    const { form, revision } = c.req.valid('query');
    return c.json(getFormHelp(c.get('deps'), c.req.valid('param').versionId, form ?? 'institution', revision), 200);
  })
  .openapi(api.get, (c) => {
    requireAuth(c);
    return c.json(getCatalogVersion(c.get('deps'), c.req.valid('param').versionId, c.req.valid('query').revision), 200);
  });
