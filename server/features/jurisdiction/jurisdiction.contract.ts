// The jurisdiction contract: an office's institutions (保健所, 都道府県), an institution's offices and its
// choice of 保健所, and a system administrator's links.
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, idParam, json, tableExport } from '../../http/contract.ts';
import { SubmissionSchema } from '../submissions/submissions.contract.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });
const OrgSummary = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    prefecture: z.string().nullable(),
    medicalInstitutionCode: z.string().nullable(),
    bedCount: z.number().int().nullable(),
  })
  .openapi('JurisdictionOrg');
const Linked = OrgSummary.extend({
  /** who made the link: a system administrator, or the institution choosing its 保健所 */
  addedVia: z.enum(['admin', 'institution']),
  since: Timestamp,
}).openapi('JurisdictionLink');

const orgId = z.object({ orgId: idParam('orgId') });
const tags = ['管轄'];
/** shapes only: the office and the institution by slug */
const linkSchema = z.object({ office: z.string().max(100).optional(), institution: z.string().max(100).optional() });
const LinkAnswer = z.object({ office: OrgSummary, institution: OrgSummary });

export const jurisdictionContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/jurisdiction',
    tags,
    summary: '保健所・都道府県の管轄の医療機関と、年度の最新の事前送付 (その組織のメンバーだけ。台帳は見えません)',
    request: { params: orgId, query: z.object({ fiscalYear: z.string().max(10).optional() }) },
    responses: {
      200: answer(
        z.object({
          office: OrgSummary,
          fiscalYear: z.number().int(),
          fiscalYearLabel: z.string(),
          institutions: z.array(
            Linked.extend({
              submission: SubmissionSchema.nullable(),
              /** what the submission said: the gaps by the 手引き named (null: not submitted, or kept before Mamori named them) */
              gapMessages: z.array(z.string()).nullable(),
              /** 目標日 of いいえ items without a second answer, past today */
              overdueTargets: z.number().int().nullable(),
              vendorsMissing: z.array(z.string()).nullable(),
              chartConfirmedOn: z.string().nullable(),
              /** whether the 連絡体制図 was required (null: not known for this submission) */
              chartRequired: z.boolean().nullable(),
              /** the institution's 立入検査の閲覧許可 not ended (in force when active), null: none */
              liveAccess: z.object({ startsAt: Timestamp, endsAt: Timestamp, active: z.boolean() }).nullable(),
              /** this office's 立入検査の記録 of the year */
              inspection: z.object({ id: z.string(), completed: z.boolean(), findings: z.number().int() }).nullable(),
            }),
          ),
        }),
        '管轄の医療機関',
      ),
    },
  }),
  export: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/jurisdiction/export',
    tags,
    summary: '管轄の医療機関の一覧を、年度の事前送付の状況とともにファイルで出力する (CSV / Shift_JIS の CSV / Excel)',
    request: { params: orgId, query: tableExport.query.extend({ fiscalYear: z.string().max(10).optional() }) },
    responses: { 200: tableExport.answer('管轄の医療機関') },
  }),
  oversight: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/oversight',
    tags,
    summary: '医療機関を所管する保健所・都道府県と、選べる保健所',
    request: { params: orgId },
    responses: { 200: answer(z.object({ offices: z.array(Linked), choices: z.array(OrgSummary) }), '所管の保健所') },
  }),
  choose: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/oversight',
    tags,
    summary: '医療機関が所管の保健所を選ぶ・外す (管理者)',
    request: { params: orgId, ...json(z.object({ healthCenterId: z.string().max(100).nullable().optional() })) },
    labels: { healthCenterId: '保健所' },
    responses: { 200: answer(z.object({ offices: z.array(Linked), choices: z.array(OrgSummary) }), '所管の保健所') },
  }),
  add: defineRoute({
    method: 'post',
    path: '/admin/jurisdictions',
    tags,
    summary: '医療機関を保健所・都道府県の管轄に加える (システム管理者)',
    request: json(linkSchema),
    labels: { office: '保健所・都道府県', institution: '医療機関' },
    responses: { 201: answer(LinkAnswer, '加えた管轄') },
  }),
  remove: defineRoute({
    method: 'post',
    path: '/admin/jurisdictions/remove',
    tags,
    summary: '医療機関を保健所・都道府県の管轄から外す (システム管理者)',
    request: json(linkSchema),
    labels: { office: '保健所・都道府県', institution: '医療機関' },
    responses: { 200: answer(LinkAnswer, '外した管轄') },
  }),
};
