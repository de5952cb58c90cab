// Starting a vendor's form from answers given before (the institution's earlier year, or another
// institution's form of the same system answered through the person's own invitation).
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';

const SourceSchema = z
  .object({
    id: z.string(),
    /** earlierYear: this institution's form of an earlier year; otherInstitution: another institution's form */
    kind: z.enum(['earlierYear', 'otherInstitution']),
    institution: z.string(),
    fiscalYear: z.number(),
    fiscalYearLabel: z.string(),
    systemName: z.string().nullable(),
    /** answers written by people at vendors (what would be copied at most) */
    answers: z.number(),
  })
  .openapi('VendorFormSource');

const StartReportSchema = z
  .object({
    from: z.string(),
    copied: z.number(),
    /** true when the dates were kept (a form of the same year) */
    datesKept: z.boolean(),
    /** items answered already: left as they are */
    skipped: z.array(z.string()),
    /** items new or changed in this year's text: to be answered afresh */
    newItems: z.array(z.string()),
  })
  .openapi('VendorFormStartReport');

const tags = ['事業者ポータル'];
const form = z.object({ assessmentId: idParam('assessmentId') });

export const startFromContract = {
  sources: defineRoute({
    method: 'get',
    path: '/forms/{assessmentId}/sources',
    tags,
    summary: '回答を引き継げる様式 (この医療機関の前の年度、または同じシステムの別の医療機関の様式)',
    request: { params: form },
    responses: { 200: answer(z.object({ sources: z.array(SourceSchema) }), '引き継げる様式 (この医療機関の前の年度が先)') },
  }),
  start: defineRoute({
    method: 'post',
    path: '/forms/{assessmentId}/start-from',
    tags,
    summary: '事業者の回答を引き継ぐ (未回答の項目だけ; 回答中・差し戻し中のみ)',
    request: { params: form, ...json(z.object({ sourceId: z.string().max(100) })) },
    labels: { sourceId: '引き継ぐ様式' },
    responses: { 200: answer(StartReportSchema, '引き継いだ項目の数と、見直す項目') },
  }),
};
