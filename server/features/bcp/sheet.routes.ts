// /api/orgs/:orgId/bcp/sheet …: the BCP 確認表; /api/admin/bcp-sheet/texts: corrections of its wording.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { send } from '../outputs/outputs.routes.ts';
import { sheetContract as api } from './sheet.contract.ts';
import { correctSheetText, getSheet, saveAnswer, savePlan, startSheet } from './sheet.service.ts';
import { sheetFile } from './sheet-outputs.ts';

export const sheetRoutes = contractRoutes()
  .openapi(api.get, async (c) =>
    c.json(await getSheet(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear), 200),
  )
  .openapi(api.start, async (c) =>
    c.json(await startSheet(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.answer, async (c) =>
    c.json(await saveAnswer(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.plan, async (c) =>
    c.json(await savePlan(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.print, async (c) =>
    send(c, await sheetFile(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'print')),
  )
  .openapi(api.pdf, async (c) =>
    send(c, await sheetFile(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'pdf')),
  )
  .openapi(api.correctText, async (c) => c.json(await correctSheetText(c.get('deps'), requireAuth(c), c.req.valid('json')), 200));
