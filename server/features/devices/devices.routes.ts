// /api/orgs/:orgId/devices: the 機器台帳 — list, read, create, change, retire, bulk change, import
// (multipart: file + options), export.
import type { Context } from 'hono';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { jsonField, uploadedFile } from '../../http/upload.ts';
import { AppError } from '../../lib/errors.ts';
import { deviceContract as api } from './devices.contract.ts';
import { bulkChangeDevices, createDevice, getDevice, listDevicesOf, retireDevice, updateDeviceOf } from './devices.service.ts';
import { exportDevices } from './export-devices.ts';
import { type ImportFile, type ImportOptions, importDevices } from './import-devices.ts';
import { importScan, type ScanOptions } from './scan-import.ts';

/** A scan (nmap XML or GLPI JSON) and the candidates accepted (multipart/form-data). */
async function scanRequest(c: Context<AppEnv>, dryRun: boolean): Promise<{ file: ImportFile; opts: ScanOptions }> {
  const { form, upload, bytes } = await uploadedFile(c);
  const format = form.format === 'glpi' || (form.format !== 'nmap' && /\.json$/i.test(upload.name)) ? 'glpi' : 'nmap';
  const accept = form.accept === 'all' ? 'all' : (jsonField(form.accept, 'accept') ?? []);
  if (accept !== 'all' && (!Array.isArray(accept) || !accept.every((n) => Number.isInteger(n)))) {
    throw new AppError('VALIDATION', '登録する候補の指定が正しくありません。', { fields: [{ field: 'accept', message: '番号の配列' }] });
  }
  return { file: { name: upload.name, bytes }, opts: { format, accept, dryRun } };
}

/** The uploaded file and the import options sent with it (multipart/form-data). */
async function importRequest(c: Context<AppEnv>, dryRun: boolean): Promise<{ file: ImportFile; opts: ImportOptions }> {
  const { form, upload, bytes } = await uploadedFile(c);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format = form.format === 'xlsx' || form.format === 'csv' ? form.format : zip || /\.xlsx$/i.test(upload.name) ? 'xlsx' : 'csv';
  const encoding = form.encoding === 'utf8' || form.encoding === 'cp932' ? form.encoding : 'auto';
  return {
    file: { name: upload.name, bytes },
    opts: {
      format,
      encoding,
      sheet: typeof form.sheet === 'string' && form.sheet ? form.sheet : undefined,
      mapping: jsonField(form.mapping, 'mapping'),
      overrides: jsonField(form.overrides, 'overrides'),
      skipInvalid: form.skipInvalid === '1',
      dryRun,
    },
  };
}

export const deviceRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json(await listDevicesOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  )
  .openapi(api.create, async (c) =>
    c.json(await createDevice(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.bulk, async (c) =>
    c.json(await bulkChangeDevices(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(api.import, async (c) => {
    const caller = requireAuth(c);
    const dryRun = c.req.valid('query').dryRun === '1';
    return c.json(await importDevices(c.get('deps'), caller, c.req.valid('param').orgId, () => importRequest(c, dryRun)), 200);
  })
  .openapi(api.scanImport, async (c) => {
    const caller = requireAuth(c);
    const dryRun = c.req.valid('query').dryRun === '1';
    return c.json(await importScan(c.get('deps'), caller, c.req.valid('param').orgId, () => scanRequest(c, dryRun)), 200);
  })
  .openapi(api.export, async (c) => {
    const caller = requireAuth(c);
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportDevices(c.get('deps'), caller, c.req.valid('param').orgId, format), 'devices');
  })
  .openapi(api.get, async (c) => {
    const { orgId, deviceId } = c.req.valid('param');
    return c.json(await getDevice(c.get('deps'), requireAuth(c), orgId, deviceId), 200);
  })
  .openapi(api.update, async (c) => {
    const { orgId, deviceId } = c.req.valid('param');
    return c.json(await updateDeviceOf(c.get('deps'), requireAuth(c), orgId, deviceId, c.req.valid('json')), 200);
  })
  .openapi(api.retire, async (c) => {
    const { orgId, deviceId } = c.req.valid('param');
    return c.json(await retireDevice(c.get('deps'), requireAuth(c), orgId, deviceId), 200);
  });
