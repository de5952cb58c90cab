// The 事前送付 contract: submitting a fiscal year's forms, an institution's submissions, and one as
// submitted (to the institution, or to the office it was sent to).
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';

export const SubmissionSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    /** the institution's n-th submission of the year */
    no: z.number().int(),
    /** sha256 of the snapshot's canonical JSON */
    sha256: z.string(),
    /** ready by the 手引き when submitted, and how many gaps */
    ready: z.boolean(),
    gaps: z.number().int(),
    submittedBy: z.string(),
    submittedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Submission');

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['事前送付'];

export const submissionsContract = {
  submit: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/submissions',
    tags,
    summary: '年度の様式を所管の保健所へ事前送付する (管理者。提出時点の内容を固定し sha256 を付ける)',
    request: { params: orgId, ...json(z.object({ fiscalYear: z.union([z.number(), z.string().max(10)]).optional() })) },
    labels: { fiscalYear: '年度' },
    responses: {
      201: answer(SubmissionSchema.extend({ office: z.object({ name: z.string(), kind: z.string() }) }), '提出した内容'),
    },
  }),
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/submissions',
    tags,
    summary: '医療機関の事前送付の一覧 (新しい順)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ submissions: z.array(SubmissionSchema) }), '事前送付') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/submissions/{submissionId}',
    tags,
    summary: '提出したとおりの事前送付 (医療機関、または送付先の保健所・都道府県のメンバー)',
    request: { params: orgId.extend({ submissionId: idParam('submissionId') }) },
    responses: { 200: answer(SubmissionSchema.extend({ snapshot: z.record(z.string(), z.unknown()) }), '事前送付') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/submissions/{submissionId}/print',
    tags,
    summary: '提出したとおりの事前送付 (印刷画面、A4)',
    request: { params: orgId.extend({ submissionId: idParam('submissionId') }) },
    responses: { 200: file('印刷画面', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/submissions/{submissionId}/forms.pdf',
    tags,
    summary: '提出したとおりの事前送付 (PDF)',
    request: { params: orgId.extend({ submissionId: idParam('submissionId') }) },
    responses: { 200: file('PDF', 'pdf') },
  }),
};
