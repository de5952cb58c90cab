// The contract of assessments (mounted at /api): one organisation's answers to one checklist form for
// one fiscal year, its items with their answers and evidence, an item's history, the year's readiness
// and the CSV file.
import { z } from '@hono/zod-openapi';
import type { Gap } from '../../../domain/assessment/types.ts';
import { FORMS, NUMBERINGS } from '../../../domain/catalog/labels.ts';
import { catalogItemSchema } from '../../../domain/catalog/schema.ts';
import { REVIEW_STATUSES } from '../../../domain/vendors/invitation.ts';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';
import { SuggestionSchema } from '../suggestions/suggestions.contract.ts';
import {
  answerInputSchema,
  assessmentUpdateSchema,
  attachEvidenceSchema,
  itemScopeSchema,
  newAssessmentSchema,
} from './assessments.schemas.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });
const IsoDate = z.string().openapi({ format: 'date' });
const YesNo = z.enum(['yes', 'no']);
const GAP_CODES = ['GATE_MISSING', 'FIRST_MISSING', 'FIRST_DATE_MISSING', 'TARGET_MISSING'] as const satisfies readonly Gap['code'][];

/** Items that need an answer (not 記入不要) and have one. */
const ProgressSchema = z.object({ answered: z.number(), total: z.number() }).openapi('Progress');

/** Something the inspection guide would flag, as a Japanese sentence. */
const GapSchema = z.object({ itemId: z.string().nullable(), code: z.enum(GAP_CODES), message: z.string() }).openapi('Gap');

/** The official answer columns of one item (domain/assessment/types.ts AnswerValues). */
const AnswerValuesSchema = z.object({
  firstAnswer: YesNo.nullable(),
  firstDate: IsoDate.nullable(),
  targetDate: IsoDate.nullable(),
  secondAnswer: YesNo.nullable(),
  secondDate: IsoDate.nullable(),
  note: z.string(),
  /** 事業者確認用 only: outside this vendor's contract */
  outOfScope: z.boolean().optional(),
});

export const AnswerSchema = AnswerValuesSchema.extend({
  outOfScope: z.boolean(),
  /** what the ledgers said when it was answered */
  suggestion: SuggestionSchema.nullable(),
  version: z.number(),
  updatedAt: Timestamp,
  /** login id of who saved it last */
  updatedBy: z.string().nullable(),
}).openapi('Answer');

/** An evidence file attached to an item (the file itself stays in 証跡ファイル). */
const AttachedEvidenceSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
    attachedAt: Timestamp,
    /** the login ID of whoever attached it (a person at a vendor, or a member); null when the account is gone */
    attachedBy: z.string().nullable(),
  })
  .openapi('AttachedEvidence');

const SummarySchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number(),
    fiscalYearLabel: z.string(),
    fiscalYearStart: IsoDate,
    fiscalYearEnd: IsoDate,
    /** the text answered on (help, carrying forward); the labels are the year's */
    versionId: z.string(),
    revision: z.number(),
    catalogForm: z.enum(FORMS),
    versionLabel: z.string(),
    versionTitle: z.string(),
    /** how the version numbers items: "2(4)" or "2-④" */
    numbering: z.enum(NUMBERINGS),
    form: z.enum(FORMS),
    /** a 事業者確認用 the vendor answers through an invitation: answering, submitted, returned, accepted (else null) */
    reviewStatus: z.enum(REVIEW_STATUSES).nullable(),
    formLabel: z.string(),
    /** the wording is not all read in the official text */
    provisional: z.boolean(),
    /** "令和7年度版 医療機関確認用" when the items are another form's */
    textSource: z.string().nullable(),
    /** what the person must know about the text (Japanese sentences) */
    textNotices: z.array(z.string()),
    vendorName: z.string().nullable(),
    systemName: z.string().nullable(),
    hasVendorContract: z.boolean(),
    progress: ProgressSchema,
    ready: z.boolean(),
    gapCount: z.number(),
    updatedAt: Timestamp,
  })
  .openapi('AssessmentSummary');

/** A catalog item as answered on this assessment's text, with its answer and files. */
const AssessmentItemSchema = z
  .object({
    ...catalogItemSchema.shape,
    /** "2(4) サーバ" */
    label: z.string(),
    /** 記入不要: without a vendor contract, after a gate answered いいえ, or outside the vendor's contract */
    exempt: z.boolean(),
    exemptReason: z.string().nullable(),
    answer: AnswerSchema.nullable(),
    /** oldest first */
    evidence: z.array(AttachedEvidenceSchema),
  })
  .openapi('AssessmentItem');

/** What moving onto a newer text did (labels of items). */
const TextMoveSchema = z
  .object({
    at: Timestamp,
    by: z.string(),
    from: z.string(),
    to: z.string(),
    kept: z.number(),
    changed: z.array(z.string()),
    added: z.array(z.string()),
    setAside: z.array(z.string()),
  })
  .openapi('TextMoveReport');

export const AssessmentSchema = SummarySchema.extend({
  /** the institution's comment per item when it returned a vendor's form (kept until the next decision) */
  reviewComments: z.record(z.string(), z.string()),
  gateAnsweredNo: z.boolean(),
  headerNotes: z.array(z.string()),
  gaps: z.array(GapSchema),
  textMove: TextMoveSchema.nullable(),
  items: z.array(AssessmentItemSchema),
  /** answers kept from an earlier text whose items have no counterpart in this one */
  setAside: z.array(
    z.object({ itemId: z.string(), label: z.string(), text: z.string().nullable(), from: z.string(), answer: AnswerSchema }),
  ),
}).openapi('Assessment');

/** What carrying last year's answers forward did (item labels). */
const CarryReportSchema = z
  .object({
    from: z.string(),
    carried: z.number(),
    newItems: z.array(z.string()),
    changedItems: z.array(z.string()),
    droppedItems: z.array(z.string()),
  })
  .openapi('CarryReport');

/** What a change of one item answers with: its answer, whether it needs one, and the form's progress and gaps. */
export const SavedAnswerSchema = z
  .object({
    answer: AnswerSchema,
    exempt: z.boolean(),
    exemptReason: z.string().nullable(),
    progress: ProgressSchema,
    gaps: z.array(GapSchema),
  })
  .openapi('SavedAnswer');

/** One change of an item, from the audit trail. */
const HistoryEntrySchema = z
  .object({
    at: Timestamp,
    /** login id of who made the change */
    actor: z.string(),
    action: z.string(),
    /** 回答を保存, 前年度から引き継ぎ, 証跡ファイルを添付 … */
    label: z.string(),
    /** the answer after the change (answer events) */
    answer: AnswerValuesSchema.nullable(),
    /** the file attached or detached (evidence events) */
    file: z.string().nullable(),
  })
  .openapi('ItemHistoryEntry');

const ReadinessSchema = z
  .object({
    fiscalYear: z.number(),
    fiscalYearLabel: z.string(),
    ready: z.boolean(),
    gaps: z.array(z.object({ assessment: z.string().nullable(), itemId: z.string().nullable(), message: z.string() })),
    assessments: z.array(z.object({ id: z.string(), title: z.string(), ready: z.boolean(), progress: ProgressSchema })),
    /** the 連絡体制図 (3(1)): required unless the gate was answered いいえ */
    contactChart: z.object({ required: z.boolean(), entries: z.number(), confirmedOn: IsoDate.nullable(), ready: z.boolean() }),
    /** contracted vendors (事業者台帳, 連絡体制図 and forms): one 事業者確認用 each, or one per system */
    vendors: z.array(
      z.object({
        name: z.string(),
        hasForm: z.boolean(),
        inChart: z.boolean(),
        source: z.enum(['ledger', 'chart', 'form']),
        systems: z.array(z.object({ name: z.string(), hasForm: z.boolean() })),
      }),
    ),
    /** things to know that are not gaps */
    notices: z.array(z.string()),
    /** Mamori's own advice item by item: never the 手引き's, never counted in `ready` */
    advice: z.array(
      z.object({
        kind: z.enum(['chart', 'target_passed', 'contradiction']),
        assessment: z.string().nullable(),
        itemId: z.string().nullable(),
        message: z.string(),
      }),
    ),
  })
  .openapi('Readiness');

export const EvidenceList = z.object({ evidence: z.array(AttachedEvidenceSchema) });

const orgId = z.object({ orgId: idParam('orgId') });
const assessment = orgId.extend({ assessmentId: idParam('assessmentId') });
const item = assessment.extend({ itemId: idParam('itemId') });
const tags = ['チェックリスト'];

export const assessmentContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments',
    tags,
    summary: 'チェックリストの回答の一覧',
    request: { params: orgId },
    responses: { 200: answer(z.object({ assessments: z.array(SummarySchema) }), '年度・様式ごとの回答と進み具合') },
  }),
  start: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/assessments',
    tags,
    summary: '回答を始める (前年度の回答の引き継ぎも)',
    request: { params: orgId, ...json(newAssessmentSchema) },
    responses: {
      201: answer(AssessmentSchema.extend({ carryForward: CarryReportSchema.nullable() }), '始めた回答 (引き継いだときはその結果も)'),
    },
  }),
  readiness: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/readiness',
    tags,
    summary: '立入検査への準備状況 (年度ごと)',
    request: {
      params: orgId,
      query: z.object({
        fiscalYear: z.string().optional().openapi({ description: '西暦の年度 (2025 = 令和7年度)。省略すると今の年度' }),
      }),
    },
    responses: { 200: answer(ReadinessSchema, '年度の準備状況') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}',
    tags,
    summary: 'チェックリストの回答 (全項目)',
    request: { params: assessment },
    responses: { 200: answer(AssessmentSchema, '項目ごとの回答・証跡と、手引きで指摘されること') },
  }),
  exportCsv: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/export.csv',
    tags,
    summary: 'チェックリストの回答を CSV で出力する',
    request: {
      params: assessment,
      query: z.object({
        encoding: z.enum(['utf8', 'sjis']).optional().openapi({ description: 'sjis: Shift_JIS (省略時は BOM 付き UTF-8)' }),
      }),
    },
    responses: {
      200: file('公式の列の CSV ファイル', 'csv'),
    },
  }),
  update: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}/assessments/{assessmentId}',
    tags,
    summary: '回答の設定を変える (事業者名・システム名・事業者との契約)',
    request: { params: assessment, ...json(assessmentUpdateSchema) },
    responses: { 200: answer(AssessmentSchema, '変更後の回答') },
  }),
  saveAnswer: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/assessments/{assessmentId}/answers/{itemId}',
    tags,
    summary: '項目の回答を保存する',
    request: { params: item, ...json(answerInputSchema) },
    responses: { 200: answer(SavedAnswerSchema, '保存した回答と、様式の進み具合') },
  }),
  itemHistory: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/answers/{itemId}/history',
    tags,
    summary: '項目の変更履歴',
    request: { params: item },
    responses: { 200: answer(z.object({ events: z.array(HistoryEntrySchema) }), '新しい順の変更') },
  }),
  setItemScope: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/assessments/{assessmentId}/answers/{itemId}/scope',
    tags,
    summary: '事業者確認用の項目を契約範囲外にする・範囲内に戻す',
    request: { params: item, ...json(itemScopeSchema) },
    responses: { 200: answer(SavedAnswerSchema, '変更後の項目と、様式の進み具合') },
  }),
  attachEvidence: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/assessments/{assessmentId}/answers/{itemId}/evidence',
    tags,
    summary: '項目に証跡ファイルを添付する',
    request: { params: item, ...json(attachEvidenceSchema) },
    responses: { 200: answer(EvidenceList, '項目に添付されているファイル') },
  }),
  detachEvidence: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/assessments/{assessmentId}/answers/{itemId}/evidence/{evidenceId}',
    tags,
    summary: '項目から証跡ファイルを外す (ファイルは証跡ファイルに残る)',
    request: { params: item.extend({ evidenceId: idParam('evidenceId') }) },
    responses: { 200: answer(EvidenceList, '項目に添付されているファイル') },
  }),
};
