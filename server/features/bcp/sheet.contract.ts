// The BCP 確認表 contract: a fiscal year's sheet (with the ledgers' prefill and every row's provenance),
// starting it, answering a row, recording the BCP document, the print view and PDF, and a system
// administrator's correction of the wording.
import { z } from '@hono/zod-openapi';
import { PROVENANCES } from '../../../domain/bcp/sheet.ts';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';

const IsoDate = z.string().openapi({ format: 'date' });
const Timestamp = z.string().openapi({ format: 'date-time' });
const Provenance = z.enum(PROVENANCES);
const Suggested = z.enum(['yes', 'no', 'unknown']);

const CorrectionSchema = z
  .object({ text: z.string(), source: z.string(), correctedAt: Timestamp, version: z.number().int() })
  .openapi('BcpSheetCorrection');

const PrefillSchema = z
  .object({
    answer: Suggested,
    reasons: z.array(z.string()),
    cannotTell: z.array(z.string()),
    rows: z.array(
      z.object({
        type: z.enum(['device', 'connection', 'account', 'backup']),
        id: z.string(),
        label: z.string(),
        systemId: z.string().optional(),
      }),
    ),
    basis: z.string(),
  })
  .openapi('BcpSheetPrefill');

export const SheetAnswerSchema = z
  .object({
    value: z.enum(['yes', 'no']).nullable(),
    note: z.string(),
    evidenceId: z.string().nullable(),
    evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
    /** carried from the year before, not answered again this year */
    carried: z.boolean(),
    version: z.number().int(),
    updatedAt: Timestamp,
  })
  .openapi('BcpSheetAnswer');

const CheckSchema = z
  .object({
    key: z.string(),
    text: z.string().nullable(),
    provenance: Provenance,
    origin: z.enum(['sheet', 'mamori']),
    correction: CorrectionSchema.nullable(),
    answerable: z.boolean(),
    prefill: PrefillSchema.nullable(),
    answer: SheetAnswerSchema.nullable(),
  })
  .openapi('BcpSheetCheck');

export const SheetSchema = z
  .object({
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    title: z.string(),
    /** 【医療機関用】: the edition seen */
    edition: z.string(),
    source: z.string(),
    headerNote: z.string(),
    years: z.array(z.number().int()),
    carryFrom: z.number().int().nullable(),
    sheet: z
      .object({
        id: z.string(),
        carriedFrom: z.number().int().nullable(),
        planOn: IsoDate.nullable(),
        planEvidenceId: z.string().nullable(),
        planEvidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
        planNote: z.string(),
        version: z.number().int(),
        updatedAt: Timestamp,
      })
      .nullable(),
    steps: z.array(
      z.object({
        no: z.enum(['1', '2', '3', '4', '5']),
        title: z.string(),
        description: z.string().nullable(),
        descriptionProvenance: Provenance,
        incomplete: z.boolean(),
        groups: z.array(
          z.object({
            no: z.string(),
            title: z.string().nullable(),
            titleProvenance: Provenance,
            titleCorrection: CorrectionSchema.nullable(),
            note: z.string().nullable(),
            checks: z.array(CheckSchema),
          }),
        ),
        mamori: z.array(CheckSchema),
      }),
    ),
    summary: z.object({
      total: z.number().int(),
      yes: z.number().int(),
      no: z.number().int(),
      unanswered: z.number().int(),
      carried: z.number().int(),
      unseen: z.number().int(),
    }),
  })
  .openapi('BcpSheet');

const year = z.union([z.number(), z.string().max(10)]).optional();
const version = z.number().int().optional();
const text = z.string().max(10_000).optional();
const yearQuery = z.object({ fiscalYear: z.string().max(10).optional() });

/** Shapes only: the rules are domain/bcp/sheet-answer.ts's, checked after the authorisation. */
export const startSheetSchema = z.object({ fiscalYear: year });
export const sheetAnswerSchema = z.object({
  fiscalYear: year,
  checkKey: z.string().max(100).optional(),
  /** yes, no, or null / '' (not answered) */
  value: z.string().max(20).nullable().optional(),
  note: text,
  evidenceId: z.string().max(100).nullable().optional(),
  /** the answer's version read; 0 when it was not answered */
  version,
});
export const sheetPlanSchema = z.object({
  fiscalYear: year,
  /** 西暦 or 和暦; not in the future */
  planOn: z.string().max(100).nullable().optional(),
  planEvidenceId: z.string().max(100).nullable().optional(),
  planNote: text,
  version,
});
export const sheetTextSchema = z.object({
  /** a 確認項目's key ("1-2.4") or a 大項目's ("group:4-1") */
  key: z.string().max(100).optional(),
  text,
  source: text,
  /** the correction's version read; 0 when there is none */
  version,
});

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['BCP'];

export const sheetContract = {
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/bcp/sheet',
    tags,
    summary: 'BCP 確認表 (年度ごと。台帳からの提案と根拠つき)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: answer(SheetSchema, '確認表') },
  }),
  start: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/bcp/sheet',
    tags,
    summary: 'BCP 確認表をこの年度で始める (前年度の回答を引き継ぐ)',
    request: { params: orgId, ...json(startSheetSchema) },
    responses: { 201: answer(SheetSchema, '始めた確認表') },
  }),
  answer: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/bcp/sheet/answer',
    tags,
    summary: 'BCP 確認表の確認項目に回答する (version が違えば 409)',
    request: { params: orgId, ...json(sheetAnswerSchema) },
    labels: { value: '回答', note: '備考', evidenceId: '証跡', checkKey: '確認項目', fiscalYear: '年度' },
    responses: { 200: answer(z.object({ checkKey: z.string(), answer: SheetAnswerSchema }), '保存した回答') },
  }),
  plan: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/bcp/sheet/plan',
    tags,
    summary: 'BCP 確認表で確認する BCP の文書 (策定日・見直し日、ファイル) を記録する',
    request: { params: orgId, ...json(sheetPlanSchema) },
    labels: { planOn: 'BCP の策定日・見直し日', planEvidenceId: 'BCP の文書', planNote: '備考', fiscalYear: '年度' },
    responses: { 200: answer(SheetSchema, '確認表') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/bcp/sheet/print',
    tags,
    summary: 'BCP 確認表 (印刷画面、A4)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: file('印刷画面', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/bcp/sheet.pdf',
    tags,
    summary: 'BCP 確認表 (PDF)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: file('PDF', 'pdf') },
  }),
  correctText: defineRoute({
    method: 'put',
    path: '/admin/bcp-sheet/texts',
    tags,
    summary: 'BCP 確認表の文言を補う・訂正する (システム管理者。出典つき、version が違えば 409)',
    request: json(sheetTextSchema),
    labels: { key: '確認項目', text: '文言', source: '出典' },
    responses: {
      200: answer(
        z.object({ key: z.string(), text: z.string(), source: z.string(), correctedAt: Timestamp, version: z.number().int() }),
        '訂正した文言',
      ),
    },
  }),
};
