// The contract of 立入検査の記録: an office's records of a year (or an institution's completed records
// about it), one record, starting, saving, completing, and its print.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';
import { SubmissionSchema } from '../submissions/submissions.contract.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });

const InspectionSummary = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    officeName: z.string(),
    inspectedOn: z.string().nullable(),
    /** points recorded as 指摘 */
    findings: z.number().int(),
    /** points with a result, of `points` */
    recorded: z.number().int(),
    points: z.number().int(),
    completedAt: Timestamp.nullable(),
    updatedAt: Timestamp,
  })
  .openapi('InspectionSummary');

const Inspection = InspectionSummary.extend({
  inspectors: z.string(),
  summary: z.string(),
  version: z.number().int(),
  createdBy: z.string(),
  updatedBy: z.string(),
  completedBy: z.string().nullable(),
  provenance: z.object({ kind: z.enum(['gist', 'inferred']), text: z.string() }),
  submission: SubmissionSchema.nullable(),
  results: z.array(
    z.object({
      key: z.string(),
      about: z.enum(['institution', 'vendor', 'chart']),
      text: z.string(),
      result: z.enum(['confirmed', 'finding', 'not-required']).nullable(),
      note: z.string(),
    }),
  ),
}).openapi('Inspection');

const orgId = z.object({ orgId: idParam('orgId') });
const one = orgId.extend({ inspectionId: idParam('inspectionId') });
const tags = ['立入検査の記録'];

export const inspectionsContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspections',
    tags,
    summary: '保健所: 年度の立入検査の記録 / 医療機関: 確定した自院の記録',
    request: { params: orgId, query: z.object({ fiscalYear: z.string().max(10).optional() }) },
    responses: {
      200: answer(z.object({ fiscalYear: z.number().int().nullable(), inspections: z.array(InspectionSummary) }), '立入検査の記録'),
    },
  }),
  start: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/inspections',
    tags,
    summary: '管轄の医療機関の立入検査の記録を始める (保健所の検査担当・管理者。年度に 1 件)',
    request: {
      params: orgId,
      ...json(
        z.object({ institutionId: z.string().max(100).optional(), fiscalYear: z.union([z.number(), z.string().max(10)]).optional() }),
      ),
    },
    labels: { institutionId: '医療機関', fiscalYear: '年度' },
    responses: { 201: answer(z.object({ id: z.string() }), '始めた記録') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspections/{inspectionId}',
    tags,
    summary: '立入検査の記録 (保健所。医療機関には確定後だけ)',
    request: { params: one },
    responses: { 200: answer(Inspection, '立入検査の記録') },
  }),
  save: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/inspections/{inspectionId}',
    tags,
    summary: '立入検査の記録を保存する (読み込んだ版で。確定後は変更できません)',
    request: {
      params: one,
      ...json(
        z.object({
          version: z.number().int().optional(),
          inspectedOn: z.string().max(40).optional(),
          inspectors: z.string().max(1000).optional(),
          summary: z.string().max(10000).optional(),
          results: z
            .record(
              z.string().max(100),
              z.object({ result: z.string().max(20).nullable().optional(), note: z.string().max(5000).optional() }),
            )
            .optional(),
        }),
      ),
    },
    labels: { version: '版', inspectedOn: '検査日', inspectors: '検査担当者', summary: '総評', results: '確認事項' },
    responses: { 200: answer(z.object({ id: z.string(), version: z.number().int() }), '保存した記録') },
  }),
  complete: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/inspections/{inspectionId}/complete',
    tags,
    summary: '立入検査の記録を確定する (医療機関に表示されます。以後は変更できません)',
    request: { params: one, ...json(z.object({ version: z.number().int().optional() })) },
    labels: { version: '版' },
    responses: { 200: answer(z.object({ id: z.string(), version: z.number().int(), completedAt: Timestamp }), '確定した記録') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspections/{inspectionId}/print',
    tags,
    summary: '立入検査の記録 (印刷画面、A4)',
    request: { params: one },
    responses: { 200: file('印刷画面', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspections/{inspectionId}/record.pdf',
    tags,
    summary: '立入検査の記録 (PDF)',
    request: { params: one },
    responses: { 200: file('PDF', 'pdf') },
  }),
};
