// /api/orgs/:orgId/vendors/import: the 事業者台帳 from a file (multipart: file + options). Mounted
// before the ledger's :vendorId routes.
import type { Context } from 'hono';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { uploadedFile } from '../../http/upload.ts';
import { importVendors, type VendorImportFile, type VendorImportOptions } from './import-vendors.ts';
import { vendorImportContract as api } from './vendor-import.contract.ts';

/** The uploaded file and its options (read only once the caller may import). */
async function importRequest(c: Context<AppEnv>, dryRun: boolean): Promise<{ file: VendorImportFile; opts: VendorImportOptions }> {
  const { form, upload, bytes } = await uploadedFile(c);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format = form.format === 'xlsx' || form.format === 'csv' ? form.format : zip || /\.xlsx$/i.test(upload.name) ? 'xlsx' : 'csv';
  const encoding = form.encoding === 'utf8' || form.encoding === 'cp932' ? form.encoding : 'auto';
  const sheet = typeof form.sheet === 'string' && form.sheet ? form.sheet : undefined;
  return { file: { name: upload.name, bytes }, opts: { format, encoding, sheet, dryRun } };
}

export const vendorImportRoutes = contractRoutes().openapi(api.import, async (c) => {
  const caller = requireAuth(c);
  const dryRun = c.req.valid('query').dryRun === '1';
  return c.json(await importVendors(c.get('deps'), caller, c.req.valid('param').orgId, () => importRequest(c, dryRun)), 200);
});
