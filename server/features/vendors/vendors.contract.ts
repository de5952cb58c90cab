// The 事業者 ledger contract: the vendors with their systems, one vendor with its history, and the
// changes (registering and editing a vendor and each system it provides).
import { z } from '@hono/zod-openapi';
import { FORMS_PER } from '../../../domain/assessment/vendor-forms.ts';
import { ANNEX_ANSWERS, DISCLOSURE_KINDS, disclosureLabels } from '../../../domain/vendors/disclosure.ts';
import {
  REMOTE_ANSWERS,
  SYSTEM_KINDS,
  systemLabels,
  UPDATE_RESPONSIBILITIES,
  VENDOR_STATUSES,
  vendorLabels,
} from '../../../domain/vendors/vendor.ts';
import { answer, defineRoute, form, idParam, json, tableExport } from '../../http/contract.ts';
import { RowHistoryEntrySchema } from '../audit/row-history.ts';
import {
  disclosureInputSchema,
  disclosureUpdateSchema,
  systemInputSchema,
  systemUpdateSchema,
  vendorInputSchema,
  vendorUpdateSchema,
} from './vendors.schemas.ts';

const date = z.string().nullable().openapi({ description: 'YYYY-MM-DD' });
const RowRef = z.object({ id: z.string(), label: z.string() }).openapi('VendorRowRef');

export const DisclosureSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    kind: z.enum(DISCLOSURE_KINDS),
    jahisVersion: z.string(),
    issuedOn: date,
    productVersion: z.string(),
    evidenceId: z.string().nullable(),
    /** the file's name; null when none is attached or it was deleted from the evidence store */
    fileName: z.string().nullable(),
    /** annex item number → answer (items not answered are absent) */
    answers: z.record(z.string(), z.enum(ANNEX_ANSWERS)),
    summary: z.object({ answered: z.number(), total: z.number(), no: z.array(z.number()), missing: z.array(z.number()) }),
    /** the latest of its kind: the one that counts */
    current: z.boolean(),
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('VendorDisclosure');

export const VendorSystemSchema = z
  .object({
    id: z.string(),
    vendorId: z.string(),
    name: z.string(),
    kind: z.enum(SYSTEM_KINDS),
    currentVersion: z.string(),
    contractFrom: date,
    contractTo: date,
    maintenanceContract: z.boolean().nullable(),
    remoteMaintenance: z.enum(REMOTE_ANSWERS),
    remoteConfirmedBy: z.string(),
    remoteConfirmedOn: date,
    remoteDocumentedAs: z.string(),
    securityUpdates: z.enum(UPDATE_RESPONSIBILITIES),
    securityUpdatesClause: z.string(),
    deviceIds: z.array(z.string()),
    connectionIds: z.array(z.string()),
    /** the same rows with the words that name them (管理番号 and host name; the point's name) */
    devices: z.array(RowRef),
    connections: z.array(RowRef),
    disclosureRequestedOn: date,
    /** its MDS/SDS, newest first */
    disclosures: z.array(DisclosureSchema),
    /** what it lacks about its MDS/SDS (Mamori's rule, not the 手引き's) */
    disclosureProblems: z.array(z.string()),
    status: z.enum(VENDOR_STATUSES),
    note: z.string(),
    /** what the ledger should still record (Mamori's own advice, not the 手引き's) */
    advice: z.array(z.string()),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('VendorSystem');

export const VendorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nameKey: z.string(),
    status: z.enum(VENDOR_STATUSES),
    contactEntryId: z.string().nullable(),
    /** the contact's category and company as the 連絡体制図 names it */
    contactLabel: z.string().nullable(),
    note: z.string(),
    systems: z.array(VendorSystemSchema),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Vendor');

export const VendorSettingsSchema = z
  .object({
    /** one 事業者確認用 per vendor, or one per vendor and system */
    formsPer: z.enum(FORMS_PER),
  })
  .openapi('VendorSettings');

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndVendor = orgId.extend({ vendorId: idParam('vendorId') });
const orgVendorSystem = orgAndVendor.extend({ systemId: idParam('systemId') });
const orgDisclosure = orgVendorSystem.extend({ disclosureId: idParam('disclosureId') });
const tags = ['事業者'];

export const vendorContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/vendors',
    tags,
    summary: '事業者の一覧 (提供するシステムとともに)',
    request: { params: orgId },
    responses: {
      200: answer(
        z.object({
          vendors: z.array(VendorSchema),
          /** the 連絡体制図's 事業者 the ledger does not hold yet: what 「連絡体制図から取り込む」 would do */
          fromChart: z.array(
            z.object({ kind: z.enum(['create', 'link']), entryId: z.string(), vendorId: z.string().optional(), name: z.string() }),
          ),
        }),
        '事業者 (取引中が先、名前の順) と、連絡体制図にあって台帳にない事業者',
      ),
    },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/vendors/export',
    tags,
    summary: '事業者台帳をファイルで出力する (CSV / Shift_JIS の CSV / Excel; システムごとに 1 行)',
    request: { params: orgId, query: tableExport.query },
    responses: { 200: tableExport.answer('事業者台帳') },
  }),
  annexRead: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/annex-read',
    tags,
    summary: '事業者の MDS/SDS 別紙の回答をファイル (CSV / Excel) から読み取る (保存はしない; 担当者・管理者)',
    request: {
      params: orgId,
      ...form({
        file: { description: '事業者のチェックリスト (CSV または .xlsx)', file: true, required: true },
        kind: { description: 'mds / sds', required: true },
        sheet: { description: 'シート名 (省略時は最初のシート)' },
      }),
    },
    responses: {
      200: answer(
        z.object({
          kind: z.enum(DISCLOSURE_KINDS),
          answers: z.record(z.string(), z.enum(ANNEX_ANSWERS)),
          read: z.number().int(),
          total: z.number().int(),
          /** rows with an item number and no answer it could read */
          unread: z.array(z.number().int()),
          /** item numbers read twice with different answers */
          conflicts: z.array(z.string()),
          sheet: z.string().nullable(),
          sheets: z.array(z.string()),
        }),
        '読み取った回答 (画面で確かめてから保存する)',
      ),
    },
  }),
  fromChart: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/from-chart',
    tags,
    summary: '連絡体制図の事業者を台帳に取り込む (担当者・管理者; 連絡先は連絡体制図のまま)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ created: z.number().int(), linked: z.number().int() }), '登録した数と連絡先を結び付けた数') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors',
    tags,
    summary: '事業者を登録する (担当者・管理者; 表記違いの同じ会社は 409)',
    request: { params: orgId, ...json(vendorInputSchema) },
    labels: vendorLabels,
    responses: { 201: answer(VendorSchema, '登録した事業者') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/vendors/{vendorId}',
    tags,
    summary: '事業者とそのシステム、変更の履歴',
    request: { params: orgAndVendor },
    responses: { 200: answer(z.object({ vendor: VendorSchema, history: z.array(RowHistoryEntrySchema) }), '事業者と履歴 (新しい順)') },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/vendors/{vendorId}',
    tags,
    summary: '事業者を変更する (version が違えば 409)',
    request: { params: orgAndVendor, ...json(vendorUpdateSchema) },
    labels: vendorLabels,
    responses: { 200: answer(VendorSchema, '変更後の事業者') },
  }),
  createSystem: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/{vendorId}/systems',
    tags,
    summary: '事業者が提供するシステムを登録する (担当者・管理者)',
    request: { params: orgAndVendor, ...json(systemInputSchema) },
    labels: systemLabels,
    responses: { 201: answer(VendorSystemSchema, '登録したシステム') },
  }),
  updateSystem: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/vendors/{vendorId}/systems/{systemId}',
    tags,
    summary: 'システムを変更する (version が違えば 409)',
    request: { params: orgVendorSystem, ...json(systemUpdateSchema) },
    labels: systemLabels,
    responses: { 200: answer(VendorSystemSchema, '変更後のシステム') },
  }),
  settings: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/vendor-settings',
    tags,
    summary: '事業者確認用の単位 (事業者ごと / 事業者・システムごと)',
    request: { params: orgId },
    responses: { 200: answer(VendorSettingsSchema, '事業者の設定') },
  }),
  updateSettings: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/vendor-settings',
    tags,
    summary: '事業者確認用の単位を選ぶ (担当者・管理者)',
    request: { params: orgId, ...json(VendorSettingsSchema) },
    labels: { formsPer: '事業者確認用の単位' },
    responses: { 200: answer(VendorSettingsSchema, '変更後の設定') },
  }),
  createDisclosure: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/vendors/{vendorId}/systems/{systemId}/disclosures',
    tags,
    summary: 'MDS/SDS を記録する (ファイルは証跡として先にアップロード; 担当者・管理者)',
    request: { params: orgVendorSystem, ...json(disclosureInputSchema) },
    labels: disclosureLabels,
    responses: { 201: answer(VendorSystemSchema, 'MDS/SDS を加えたシステム') },
  }),
  updateDisclosure: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/vendors/{vendorId}/systems/{systemId}/disclosures/{disclosureId}',
    tags,
    summary: 'MDS/SDS の記録を変更する (別紙の回答など; version が違えば 409)',
    request: { params: orgDisclosure, ...json(disclosureUpdateSchema) },
    labels: disclosureLabels,
    responses: { 200: answer(VendorSystemSchema, '変更後のシステム') },
  }),
};
