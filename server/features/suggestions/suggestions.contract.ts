// The contract of suggested answers from the ledgers, the ledger settings and the maintenance
// confirmations (mounted at /api).
import { z } from '@hono/zod-openapi';
import { confirmationInputSchema } from '../../../domain/suggestions/maintenance-input.ts';
import type { Topic } from '../../../domain/suggestions/suggest.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';
import { ledgerSettingsSchema } from './suggestions.schemas.ts';

const TOPICS = [
  'ledger',
  'remote',
  'patch',
  'source',
  'services',
  'usb',
  'mfa',
  'disclosure',
  'accounts',
  'access',
  'password',
  'logs',
  'backup',
  'bcp',
] as const satisfies readonly Topic[];
const Timestamp = z.string().openapi({ format: 'date-time' });
const IsoDate = z.string().openapi({ format: 'date' });

const RowRefSchema = z.object({
  type: z.enum(['device', 'connection', 'account', 'backup']),
  id: z.string(),
  label: z.string(),
  /** an account's system (its page in the 利用者台帳) */
  systemId: z.string().optional(),
});

/** What the ledgers say about one checklist item (domain/suggestions/types.ts). */
export const SuggestionSchema = z
  .object({
    topic: z.enum(TOPICS),
    answer: z.enum(['yes', 'no', 'unknown']),
    reasons: z.array(z.string()),
    /** 「確認できないこと」 (absent in suggestions stored before it existed) */
    cannotTell: z.array(z.string()),
    /** the rows the reasons are about (at most 20) */
    rows: z.array(RowRefSchema),
  })
  .openapi('Suggestion');

const SheetSuggestionsSchema = z
  .object({
    /** by item id, only the items the ledgers say something about */
    items: z.record(z.string(), SuggestionSchema),
    ledger: z.object({ devices: z.number(), connections: z.number(), reviewedOn: IsoDate.nullable(), patchMaxDays: z.number() }),
  })
  .openapi('SheetSuggestions');

const LedgerSettingsSchema = z
  .object({
    devicesReviewedOn: IsoDate.nullable(),
    /** label of who recorded the review */
    devicesReviewedBy: z.string().nullable(),
    patchMaxDays: z.number(),
    /** an account unused for longer counts as dormant (利用者台帳) */
    dormantDays: z.number(),
    /** the institution's own address ranges (CIDR): RDP from outside them is a finding */
    addressRanges: z.array(z.string()),
    /** the 権限規程 (運用管理規程) in the organisation's evidence store */
    accessPolicyEvidenceId: z.string().nullable(),
  })
  .openapi('LedgerSettings');

const ConfirmationSchema = z
  .object({
    vendorKey: z.string(),
    vendorName: z.string(),
    remoteFound: z.boolean(),
    confirmedBy: z.string(),
    vendorContact: z.string(),
    confirmedOn: IsoDate,
    documentedAs: z.string(),
    note: z.string(),
    version: z.number(),
    updatedAt: Timestamp,
  })
  .openapi('MaintenanceConfirmation');

const Ref = z.object({ id: z.string(), label: z.string() });

const MaintenanceVendorsSchema = z
  .object({
    vendors: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        devices: z.array(Ref),
        points: z.array(Ref),
        /** devices marked リモートメンテナンス あり and remote-access points */
        remoteSeen: z.number(),
        confirmation: ConfirmationSchema.nullable(),
      }),
    ),
    /** confirmations of vendors the ledgers no longer name */
    others: z.array(ConfirmationSchema),
  })
  .openapi('MaintenanceVendors');

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['台帳からの提案'];

export const suggestionContract = {
  suggestions: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/suggestions',
    tags,
    summary: '台帳から見た回答の提案 (項目ごと)',
    request: { params: orgId.extend({ assessmentId: idParam('assessmentId') }) },
    responses: { 200: answer(SheetSuggestionsSchema, '提案と台帳の件数') },
  }),
  ledgerSettings: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/ledger-settings',
    tags,
    summary: '機器台帳の点検日とパッチの許容日数',
    request: { params: orgId },
    responses: { 200: answer(LedgerSettingsSchema, '台帳の設定') },
  }),
  updateLedgerSettings: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/ledger-settings',
    tags,
    summary: '機器台帳の点検を記録し、パッチの許容日数を変える',
    request: { params: orgId, ...json(ledgerSettingsSchema) },
    responses: { 200: answer(LedgerSettingsSchema, '変更後の設定') },
  }),
  maintenanceVendors: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/maintenance-confirmations',
    tags,
    summary: '保守事業者とリモートメンテナンスの確認記録',
    request: { params: orgId },
    responses: { 200: answer(MaintenanceVendorsSchema, '台帳にある事業者と確認記録') },
  }),
  saveMaintenanceConfirmation: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/maintenance-confirmations',
    tags,
    summary: '保守事業者への確認を記録する',
    request: { params: orgId, ...json(confirmationInputSchema) },
    // the form's own words (the section on the 外部接続点 screen)
    labels: {
      vendorName: '事業者',
      remoteFound: '事業者の回答',
      confirmedBy: '確認した人',
      vendorContact: '事業者の担当者',
      confirmedOn: '確認した日',
      documentedAs: '記録の種類',
      note: '備考',
    },
    responses: { 200: answer(ConfirmationSchema, '記録した確認') },
  }),
};
