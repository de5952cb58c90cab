// /api/orgs/:orgId/vendors: the 事業者 ledger.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { uploadedFile } from '../../http/upload.ts';
import { readAnnex } from './annex-read.ts';
import { createDisclosure, updateDisclosureOf } from './disclosures.service.ts';
import { exportVendors } from './export-vendors.ts';
import { adoptChartVendors } from './from-chart.ts';
import { getVendorSettings, updateVendorSettings } from './vendor-settings.ts';
import { vendorContract as api } from './vendors.contract.ts';
import { createSystem, createVendor, getVendor, listVendorsOf, updateSystemOf, updateVendorOf } from './vendors.service.ts';

export const vendorRoutes = contractRoutes()
  .openapi(api.settings, async (c) => c.json(await getVendorSettings(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.updateSettings, async (c) =>
    c.json(await updateVendorSettings(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.list, async (c) => c.json(await listVendorsOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.annexRead, async (c) =>
    c.json(
      await readAnnex(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, async () => {
        const { form, upload, bytes } = await uploadedFile(c);
        const sheet = typeof form.sheet === 'string' && form.sheet ? form.sheet : undefined;
        return { name: upload.name, bytes, kind: String(form.kind ?? ''), sheet };
      }),
      200,
    ),
  )
  .openapi(api.fromChart, async (c) => c.json(await adoptChartVendors(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  // before the :vendorId routes
  .openapi(api.export, async (c) => {
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportVendors(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, format), 'vendors');
  })
  .openapi(api.create, async (c) =>
    c.json(await createVendor(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.get, async (c) => {
    const { orgId, vendorId } = c.req.valid('param');
    return c.json(await getVendor(c.get('deps'), requireAuth(c), orgId, vendorId), 200);
  })
  .openapi(api.update, async (c) => {
    const { orgId, vendorId } = c.req.valid('param');
    return c.json(await updateVendorOf(c.get('deps'), requireAuth(c), orgId, vendorId, c.req.valid('json')), 200);
  })
  .openapi(api.createSystem, async (c) => {
    const { orgId, vendorId } = c.req.valid('param');
    return c.json(await createSystem(c.get('deps'), requireAuth(c), orgId, vendorId, c.req.valid('json')), 201);
  })
  .openapi(api.updateSystem, async (c) => {
    const { orgId, vendorId, systemId } = c.req.valid('param');
    return c.json(await updateSystemOf(c.get('deps'), requireAuth(c), orgId, vendorId, systemId, c.req.valid('json')), 200);
  })
  .openapi(api.createDisclosure, async (c) => {
    const { orgId, vendorId, systemId } = c.req.valid('param');
    return c.json(await createDisclosure(c.get('deps'), requireAuth(c), orgId, vendorId, systemId, c.req.valid('json')), 201);
  })
  .openapi(api.updateDisclosure, async (c) => {
    const { orgId, ...at } = c.req.valid('param');
    return c.json(await updateDisclosureOf(c.get('deps'), requireAuth(c), orgId, at, c.req.valid('json')), 200);
  });
