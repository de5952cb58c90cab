// /api/orgs/:orgId/devices: the 機器台帳 — list, read, create, change, retire, bulk change, import
// (multipart: file + options), export.
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody, requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { jsonField, uploadedFile } from '../../http/upload.ts';
import { AppError } from '../../lib/errors.ts';
import { bulkChangeDevices, createDevice, getDevice, listDevicesOf, retireDevice, updateDeviceOf } from './devices.service.ts';
import { exportDevices } from './export-devices.ts';
import { type ImportFile, type ImportOptions, importDevices } from './import-devices.ts';
import { importScan, type ScanOptions } from './scan-import.ts';

/** A scan (nmap XML or GLPI JSON) and the candidates accepted (multipart/form-data). */
async function scanRequest(c: Context<AppEnv>): Promise<{ file: ImportFile; opts: ScanOptions }> {
  const { form, upload, bytes } = await uploadedFile(c);
  const format = form.format === 'glpi' || (form.format !== 'nmap' && /\.json$/i.test(upload.name)) ? 'glpi' : 'nmap';
  const accept = form.accept === 'all' ? 'all' : (jsonField(form.accept, 'accept') ?? []);
  if (accept !== 'all' && (!Array.isArray(accept) || !accept.every((n) => Number.isInteger(n)))) {
    throw new AppError('VALIDATION', '登録する候補の指定が正しくありません。', { fields: [{ field: 'accept', message: '番号の配列' }] });
  }
  return { file: { name: upload.name, bytes }, opts: { format, accept, dryRun: c.req.query('dryRun') === '1' } };
}

/** The uploaded file and the import options sent with it (multipart/form-data). */
async function importRequest(c: Context<AppEnv>): Promise<{ file: ImportFile; opts: ImportOptions }> {
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
      dryRun: c.req.query('dryRun') === '1',
    },
  };
}

export const deviceRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/devices', async (c) => c.json(await listDevicesOf(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query())))
  .post('/orgs/:orgId/devices', async (c) =>
    c.json(await createDevice(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c)), 201),
  )
  .post('/orgs/:orgId/devices/bulk', async (c) =>
    c.json(await bulkChangeDevices(c.get('deps'), requireAuth(c), c.req.param('orgId'), await jsonBody(c))),
  )
  .post('/orgs/:orgId/devices/import', async (c) => {
    const caller = requireAuth(c);
    return c.json(await importDevices(c.get('deps'), caller, c.req.param('orgId'), () => importRequest(c)));
  })
  .post('/orgs/:orgId/devices/scan-import', async (c) => {
    const caller = requireAuth(c);
    return c.json(await importScan(c.get('deps'), caller, c.req.param('orgId'), () => scanRequest(c)));
  })
  .get('/orgs/:orgId/devices/export', async (c) => {
    const format = TABLE_FORMATS[c.req.query('format') ?? 'csv'] ?? 'csv';
    return sendTable(c, await exportDevices(c.get('deps'), requireAuth(c), c.req.param('orgId'), format), 'devices');
  })
  .get('/orgs/:orgId/devices/:deviceId', async (c) =>
    c.json(await getDevice(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('deviceId'))),
  )
  .put('/orgs/:orgId/devices/:deviceId', async (c) =>
    c.json(await updateDeviceOf(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('deviceId'), await jsonBody(c))),
  )
  .post('/orgs/:orgId/devices/:deviceId/retire', async (c) =>
    c.json(await retireDevice(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('deviceId'))),
  );
