// The 教育・訓練の記録 contract: a fiscal year's record (sessions, drills, per-person completion with
// 未受講 from the 利用者台帳), recording and changing a session, its attendees, phishing drills, the
// 利用者台帳's people to pick from, and the year's record as print view and PDF.
import { z } from '@hono/zod-openapi';
import { TRAINING_KINDS } from '../../../domain/training/training.ts';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';

const IsoDate = z.string().openapi({ format: 'date' });

const AttendeeSchema = z.object({
  id: z.string(),
  /** the 利用者台帳's account when picked from it (null: a name typed) */
  accountId: z.string().nullable(),
  name: z.string(),
  department: z.string(),
});

export const TrainingSessionSchema = z
  .object({
    id: z.string(),
    heldOn: IsoDate,
    topic: z.string(),
    kind: z.enum(TRAINING_KINDS),
    instructor: z.string(),
    materialEvidenceId: z.string().nullable(),
    /** the material's file (null when none, or deleted since) */
    material: z.object({ id: z.string(), fileName: z.string() }).nullable(),
    note: z.string(),
    attendees: z.array(AttendeeSchema),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('TrainingSession');

export const PhishingDrillSchema = z
  .object({
    id: z.string(),
    heldOn: IsoDate,
    scenario: z.string(),
    sent: z.number().int(),
    clicked: z.number().int(),
    reported: z.number().int(),
    /** clicked / sent (null: none sent) */
    clickRate: z.number().nullable(),
    reportRate: z.number().nullable(),
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('PhishingDrill');

const CompletionSchema = z.object({
  people: z.array(
    z.object({
      name: z.string(),
      department: z.string(),
      fromLedger: z.boolean(),
      sessions: z.array(z.object({ id: z.string(), heldOn: IsoDate, topic: z.string() })),
    }),
  ),
  /** staff of the 利用者台帳 (active person accounts) who attended no session this year */
  notAttended: z.array(z.object({ name: z.string(), department: z.string() })),
  /** people in the 利用者台帳 the 未受講 list is made from (0: the list says nothing) */
  ledgerPeople: z.number().int(),
  totals: z.object({
    sessions: z.number().int(),
    attendees: z.number().int(),
    drills: z.number().int(),
    sent: z.number().int(),
    clicked: z.number().int(),
    reported: z.number().int(),
    clickRate: z.number().nullable(),
    reportRate: z.number().nullable(),
  }),
});

const TrainingYearSchema = z
  .object({
    fiscalYear: z.object({ year: z.number().int(), start: IsoDate, end: IsoDate, label: z.string() }),
    sessions: z.array(TrainingSessionSchema),
    drills: z.array(PhishingDrillSchema),
    completion: CompletionSchema,
  })
  .openapi('TrainingYear');

const text = z.string().max(10_000).optional();
const count = z
  .union([z.number(), z.string().max(40)])
  .nullable()
  .optional();
const attendees = z
  .array(
    z.object({
      accountId: z.string().max(100).nullable().optional(),
      name: z.string().max(1000).optional(),
      department: z.string().max(1000).optional(),
    }),
  )
  .max(5000)
  .optional();

/** The shapes only: the rules (dates not in the future, 和暦, kinds, counts) are domain/training/training.ts's, checked after authorisation. */
export const sessionInputSchema = z.object({
  /** 西暦 or 和暦; not in the future */
  heldOn: text,
  topic: text,
  /** group, elearning, handout, other (or 集合研修, e-ラーニング, 資料の配布・回覧, その他) */
  kind: text,
  instructor: text,
  materialEvidenceId: z.string().max(100).nullable().optional(),
  note: text,
  /** each a person of the 利用者台帳 ({ accountId }) or a name typed ({ name, department }) */
  attendees,
});
export const sessionUpdateSchema = sessionInputSchema.omit({ attendees: true }).extend({ version: z.number().int().optional() });
export const attendeesInputSchema = z.object({ attendees });
export const drillInputSchema = z.object({
  heldOn: text,
  scenario: text,
  sent: count,
  clicked: count,
  reported: count,
  note: text,
});
export const drillUpdateSchema = drillInputSchema.extend({ version: z.number().int().optional() });

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndSession = orgId.extend({ trainingSessionId: idParam('trainingSessionId') });
const orgAndDrill = orgId.extend({ drillId: idParam('drillId') });
const yearQuery = z.object({
  fiscalYear: z.string().optional().openapi({ description: '年度 (西暦の年。例: 2025 = 令和7年度。省略時は今年度)', example: '2025' }),
});
const tags = ['教育・訓練'];

export const trainingContract = {
  year: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/training',
    tags,
    summary: '年度の教育・訓練の記録 (研修、標的型メール訓練、受講状況と未受講者)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: answer(TrainingYearSchema, '年度の記録') },
  }),
  people: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/training/people',
    tags,
    summary: '受講者として選べる利用者台帳の人 (有効な個人のアカウント、最大 50 件)',
    request: { params: orgId, query: z.object({ q: z.string().max(200).optional() }) },
    responses: {
      200: answer(
        z.object({
          people: z.array(z.object({ accountId: z.string(), name: z.string(), department: z.string(), systemName: z.string() })),
        }),
        '利用者台帳の人',
      ),
    },
  }),
  createSession: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/training/sessions',
    tags,
    summary: '研修を記録する (担当者・管理者)',
    request: { params: orgId, ...json(sessionInputSchema) },
    responses: { 201: answer(TrainingSessionSchema, '記録した研修') },
  }),
  updateSession: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/training/sessions/{trainingSessionId}',
    tags,
    summary: '研修の記録を変更する (version が違えば 409)',
    request: { params: orgAndSession, ...json(sessionUpdateSchema) },
    responses: { 200: answer(TrainingSessionSchema, '変更後の研修') },
  }),
  addAttendees: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/training/sessions/{trainingSessionId}/attendees',
    tags,
    summary: '研修の受講者を追加する',
    request: { params: orgAndSession, ...json(attendeesInputSchema) },
    responses: { 200: answer(TrainingSessionSchema, '受講者を追加した研修') },
  }),
  removeAttendee: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/training/sessions/{trainingSessionId}/attendees/{attendeeId}',
    tags,
    summary: '研修の受講者を削除する',
    request: { params: orgAndSession.extend({ attendeeId: idParam('attendeeId') }) },
    responses: { 200: answer(TrainingSessionSchema, '受講者を削除した研修') },
  }),
  createDrill: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/training/drills',
    tags,
    summary: '標的型メール訓練を記録する (担当者・管理者)',
    request: { params: orgId, ...json(drillInputSchema) },
    responses: { 201: answer(PhishingDrillSchema, '記録した訓練') },
  }),
  updateDrill: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/training/drills/{drillId}',
    tags,
    summary: '標的型メール訓練の記録を変更する (version が違えば 409)',
    request: { params: orgAndDrill, ...json(drillUpdateSchema) },
    responses: { 200: answer(PhishingDrillSchema, '変更後の訓練') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/training/print',
    tags,
    summary: '年度の教育・訓練の記録 (印刷画面。経営層への報告用)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: file('印刷画面', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/training/record.pdf',
    tags,
    summary: '年度の教育・訓練の記録 (PDF)',
    request: { params: orgId, query: yearQuery },
    responses: { 200: file('PDF', 'pdf') },
  }),
};
