// /api/orgs/:orgId/vendors/import: the 事業者台帳 from a file (multipart: file + options). Mounted
// before the ledger's :vendorId routes.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { tableUpload } from '../../http/upload.ts';
import { importVendors } from './import-vendors.ts';
import { vendorImportContract as api } from './vendor-import.contract.ts';

export const vendorImportRoutes = contractRoutes().openapi(api.import, async (c) => {
  const caller = requireAuth(c);
  const dryRun = c.req.valid('query').dryRun === '1';
  return c.json(await importVendors(c.get('deps'), caller, c.req.valid('param').orgId, () => tableUpload(c, dryRun)), 200);
});
