// The 機器台帳 contract: the list (search, filters, sort, pages), one row with its history, create,
// change, retire, change several rows at once, import from a ledger file or a scan, export.
import { z } from '@hono/zod-openapi';
import { columnLabels } from '../../../domain/devices/columns.ts';
import { DEVICE_CLASSES, DEVICE_STATUSES } from '../../../domain/devices/device.ts';
import { answer, defineRoute, form, idParam, json, tableExport } from '../../http/contract.ts';
import { importedFileFields } from '../imports/imported-file.schema.ts';
import { bulkChangeSchema, deviceInputSchema, deviceListQuerySchema, deviceUpdateSchema } from './devices.schemas.ts';

const Day = z.string().nullable().openapi({ description: 'YYYY-MM-DD' });

export const DeviceValuesSchema = z
  .object({
    assetNo: z.string().nullable(),
    maker: z.string(),
    os: z.string(),
    software: z.array(z.object({ name: z.string(), version: z.string() })),
    ipAddress: z.string(),
    hostname: z.string(),
    location: z.string(),
    userName: z.string(),
    registeredOn: Day,
    status: z.enum(DEVICE_STATUSES),
    description: z.string(),
    deviceClass: z.enum(DEVICE_CLASSES),
    model: z.string(),
    mac: z.string(),
    segment: z.string(),
    vendorName: z.string(),
    remoteMaintenance: z.boolean().nullable(),
    /** the 外部接続点 it is maintained through (its id) */
    remoteVia: z.string().nullable(),
    supportEnd: Day,
    lastPatch: Day,
    usbRestricted: z.boolean().nullable(),
    servicesReviewedOn: Day,
    medicalSystem: z.boolean(),
    tags: z.array(z.string()),
  })
  .openapi('DeviceValues');

export const DeviceSchema = DeviceValuesSchema.extend({
  id: z.string(),
  /** the OS as the vulnerability and end-of-life data spell it */
  osNormalized: z.string(),
  version: z.number().int(),
  createdAt: z.string().openapi({ format: 'date-time' }),
  updatedAt: z.string().openapi({ format: 'date-time' }),
}).openapi('Device');

const DeviceListSchema = z
  .object({
    devices: z.array(DeviceSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    /** rows per class and status, of the whole ledger */
    facets: z.array(z.object({ deviceClass: z.enum(DEVICE_CLASSES), status: z.enum(DEVICE_STATUSES), n: z.number().int() })),
  })
  .openapi('DeviceList');

const Change = z.record(z.string(), z.unknown()).nullable();

const DeviceHistoryEntrySchema = z
  .object({ at: z.string(), actor: z.string(), action: z.string(), label: z.string(), before: Change, after: Change })
  .openapi('DeviceHistoryEntry');

const ImportReportSchema = z
  .object({
    ...importedFileFields,
    columns: z.array(z.object({ header: z.string(), key: z.string().nullable() })),
    available: z.array(z.object({ key: z.string(), ja: z.string(), en: z.string(), manual: z.boolean() })),
    summary: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
    preview: z.array(z.object({ row: z.number().int(), action: z.enum(['create', 'update']), values: DeviceValuesSchema })),
    rejected: z.array(
      z.object({ row: z.number().int(), column: z.string().nullable(), field: z.string().nullable(), message: z.string() }),
    ),
    /** cells taken other than as written (an .xlsx formula's saved result), each named */
    warnings: z.array(
      z.object({ row: z.number().int(), column: z.string().nullable(), field: z.string(), cell: z.string(), message: z.string() }),
    ),
    stored: z.boolean(),
  })
  .openapi('DeviceImportReport');

const ScanCandidateSchema = z
  .object({
    index: z.number().int(),
    values: DeviceValuesSchema,
    match: z.object({ id: z.string(), label: z.string() }).nullable(),
    /** fields an accepted candidate would fill in the matched row (only those now empty) */
    fills: z.array(z.string()),
    exposures: z.array(z.string()),
  })
  .openapi('ScanCandidate');

const ScanReportSchema = z
  .object({
    fileName: z.string(),
    format: z.enum(['nmap', 'glpi']),
    hosts: z.number().int(),
    candidates: z.array(ScanCandidateSchema),
    stored: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
  })
  .openapi('ScanImportReport');

const dryRun = z.object({ dryRun: z.string().optional().openapi({ description: '1: 書き込まずに結果だけを返す' }) });
const orgId = z.object({ orgId: idParam('orgId') });
const orgAndDevice = orgId.extend({ deviceId: idParam('deviceId') });
const tags = ['機器台帳'];

export const deviceContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/devices',
    tags,
    summary: '機器台帳の一覧 (検索・絞り込み・並べ替え・ページ)',
    request: { params: orgId, query: deviceListQuerySchema },
    responses: { 200: answer(DeviceListSchema, '機器の一ページと件数') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/devices',
    tags,
    summary: '機器を登録する (担当者・管理者)',
    request: { params: orgId, ...json(deviceInputSchema) },
    labels: columnLabels,
    responses: { 201: answer(DeviceSchema, '登録した機器') },
  }),
  bulk: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/devices/bulk',
    tags,
    summary: '選んだ機器の状態・設置場所・保守事業者をまとめて変更する',
    request: { params: orgId, ...json(bulkChangeSchema) },
    labels: { ...columnLabels, ids: '選んだ機器' },
    responses: { 200: answer(z.object({ devices: z.array(DeviceSchema), changed: z.number().int() }), '変更後の機器と変わった件数') },
  }),
  import: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/devices/import',
    tags,
    summary: '台帳のファイル (CSV / Excel) から取り込む (dryRun=1 で確認だけ)',
    description: '取り込めない行があれば何も書き込まない (skipInvalid=1 のときはその行を除いて取り込む)。',
    request: {
      params: orgId,
      query: dryRun,
      ...form({
        file: { description: 'CSV または .xlsx', file: true, required: true },
        format: { description: 'csv / xlsx (省略時は内容から)' },
        encoding: { description: 'auto / utf8 / cp932' },
        sheet: { description: 'シート名' },
        mapping: { description: '見出し → 項目 (JSON)' },
        overrides: { description: '行番号 → 項目 → 値 (JSON)' },
        skipInvalid: { description: '1: 取り込めない行を除いて取り込む' },
      }),
    },
    responses: { 200: answer(ImportReportSchema, '取り込みの結果 (または確認の結果)') },
  }),
  scanImport: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/devices/scan-import',
    tags,
    summary: 'nmap のスキャン結果・GLPI のインベントリから機器の候補を取り込む (dryRun=1 で候補だけ)',
    description: '既にある機器は空欄だけを埋める。',
    request: {
      params: orgId,
      query: dryRun,
      ...form({
        file: { description: 'nmap の XML または GLPI の JSON', file: true, required: true },
        format: { description: 'nmap / glpi (省略時はファイル名から)' },
        accept: { description: '登録する候補の番号 (JSON 配列) または all' },
      }),
    },
    responses: { 200: answer(ScanReportSchema, '候補と登録した件数') },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/devices/export',
    tags,
    summary: '機器台帳をファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: { params: orgId, query: tableExport.query },
    responses: { 200: tableExport.answer('機器台帳') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/devices/{deviceId}',
    tags,
    summary: '機器と変更の履歴',
    request: { params: orgAndDevice },
    responses: {
      200: answer(z.object({ device: DeviceSchema, history: z.array(DeviceHistoryEntrySchema) }), '機器と履歴 (新しい順)'),
    },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/devices/{deviceId}',
    tags,
    summary: '機器を変更する (version が違えば 409)',
    request: { params: orgAndDevice, ...json(deviceUpdateSchema) },
    labels: columnLabels,
    responses: { 200: answer(DeviceSchema, '変更後の機器') },
  }),
  retire: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/devices/{deviceId}/retire',
    tags,
    summary: '機器を廃棄にする (行は消さず履歴に残す)',
    request: { params: orgAndDevice },
    responses: { 200: answer(DeviceSchema, '廃棄にした機器') },
  }),
};
