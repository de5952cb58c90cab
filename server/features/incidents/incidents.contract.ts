// The incident mode contract: incidents, one with its steps, timeline and what the ledgers say; start,
// mark a step done, add a timeline entry, name the affected, close; the report as print view, PDF
// and plain text (for the 厚生労働省 and police reports).
import { z } from '@hono/zod-openapi';
import { AFFECTED_TYPES, ENTRY_KINDS, FIRST_STEPS, INCIDENT_STATUSES } from '../../../domain/incidents/incident.ts';
import { answer, defineRoute, file, idParam, json } from '../../http/contract.ts';

const Timestamp = z.string().openapi({ format: 'date-time' });
const AffectedSchema = z.object({ type: z.enum(AFFECTED_TYPES), id: z.string(), label: z.string() });

export const IncidentSchema = z
  .object({
    id: z.string(),
    no: z.number().int(),
    title: z.string(),
    status: z.enum(INCIDENT_STATUSES),
    startedAt: Timestamp,
    startedBy: z.string(),
    closedAt: Timestamp.nullable(),
    closedBy: z.string().nullable(),
    affected: z.array(AffectedSchema),
    version: z.number().int(),
  })
  .openapi('Incident');

const StepSchema = z.object({ step: z.enum(FIRST_STEPS), doneAt: Timestamp.nullable(), doneBy: z.string().nullable(), note: z.string() });
export const IncidentEntrySchema = z
  .object({ seq: z.number().int(), at: Timestamp, kind: z.enum(ENTRY_KINDS), text: z.string(), author: z.string(), createdAt: Timestamp })
  .openapi('IncidentEntry');

const LedgersSchema = z.object({
  /** the 外部接続点 in use: where to cut */
  connections: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.string(), vendorName: z.string(), deviceLabel: z.string().nullable() }),
  ),
  /** the systems' backups, with whether a copy is offline */
  backups: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      isolation: z.string(),
      restoreOrder: z.number().int().nullable(),
      vendorName: z.string(),
    }),
  ),
  /** the 連絡体制図 in order */
  contacts: z.array(
    z.object({
      side: z.enum(['internal', 'external']),
      category: z.string(),
      organizationName: z.string(),
      personName: z.string(),
      phone: z.string(),
    }),
  ),
});

// the shapes only (an organisation's rules are checked after its membership: incidents.service.ts)
const text = z.string().max(10_000).optional();
const startInput = z.object({ title: text });
const entryInput = z.object({ text, kind: text, at: text });
const stepInput = z.object({ note: text });
const affectedInput = z.object({
  affected: z
    .array(z.object({ type: z.string().max(20), id: z.string().max(100) }))
    .max(500)
    .optional(),
  version: z.number().int().optional(),
});

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndIncident = orgId.extend({ incidentId: idParam('incidentId') });
const tags = ['インシデント'];

export const incidentContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/incidents',
    tags,
    summary: 'インシデントの一覧 (新しい順)',
    request: { params: orgId },
    responses: { 200: answer(z.object({ incidents: z.array(IncidentSchema) }), 'インシデント') },
  }),
  start: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/incidents',
    tags,
    summary: 'インシデント対応を開始する (担当者・管理者)',
    request: { params: orgId, ...json(startInput) },
    labels: { title: '何が起きたか' },
    responses: { 201: answer(IncidentSchema, '開始したインシデント') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/incidents/{incidentId}',
    tags,
    summary: 'インシデント: 初動の手順、経過の記録、台帳から分かる切り離す場所と連絡先',
    request: { params: orgAndIncident },
    responses: {
      200: answer(
        z.object({
          incident: IncidentSchema,
          steps: z.array(StepSchema),
          entries: z.array(IncidentEntrySchema),
          ledgers: LedgersSchema,
        }),
        'インシデント',
      ),
    },
  }),
  entry: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/incidents/{incidentId}/entries',
    tags,
    summary: '経過を記録する (追記のみ。訂正は新しい記録で)',
    request: { params: orgAndIncident, ...json(entryInput) },
    labels: { text: '内容', kind: '種類', at: '時刻' },
    responses: { 201: answer(IncidentEntrySchema, '記録した経過') },
  }),
  step: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/incidents/{incidentId}/steps/{step}',
    tags,
    summary: '初動の手順を済みにする (最初の記録が残ります)',
    request: { params: orgAndIncident.extend({ step: z.string().max(40) }), ...json(stepInput) },
    labels: { note: '補足' },
    responses: { 200: answer(z.object({ steps: z.array(StepSchema) }), '初動の手順') },
  }),
  affected: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/incidents/{incidentId}/affected',
    tags,
    summary: '影響を受けたシステム・機器・外部接続点 (台帳から。version が違えば 409)',
    request: { params: orgAndIncident, ...json(affectedInput) },
    labels: { affected: '影響を受けたもの' },
    responses: { 200: answer(IncidentSchema, '変更後のインシデント') },
  }),
  close: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/incidents/{incidentId}/close',
    tags,
    summary: 'インシデント対応を終了する',
    request: { params: orgAndIncident },
    responses: { 200: answer(IncidentSchema, '終了したインシデント') },
  }),
  print: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/incidents/{incidentId}/report/print',
    tags,
    summary: 'インシデントの報告書 (印刷画面)',
    request: { params: orgAndIncident },
    responses: { 200: file('印刷画面', 'html') },
  }),
  pdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/incidents/{incidentId}/report.pdf',
    tags,
    summary: 'インシデントの報告書 (PDF)',
    request: { params: orgAndIncident },
    responses: { 200: file('PDF', 'pdf') },
  }),
  text: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/incidents/{incidentId}/report.txt',
    tags,
    summary: 'インシデントの報告書 (テキスト。厚生労働省・警察への報告に貼り付けられます)',
    request: { params: orgAndIncident },
    responses: { 200: file('テキスト (UTF-8)', 'txt') },
  }),
};
