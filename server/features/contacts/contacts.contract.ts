// The 連絡体制図 contract: the chart with its entries in call order, the starter entries, the paper
// chart and the date it was last confirmed.
import { z } from '@hono/zod-openapi';
import { CONTACT_SIDES } from '../../../domain/contacts/chart.ts';
import { answer, defineRoute, idParam, json } from '../../http/contract.ts';
import { confirmSchema, contactEntrySchema, paperChartSchema, reorderSchema, startersSchema } from './contacts.schemas.ts';

const Side = z.enum(CONTACT_SIDES);

const entryValues = {
  side: Side,
  category: z.string(),
  organizationName: z.string(),
  personName: z.string(),
  phone: z.string(),
  hours: z.string(),
  url: z.string(),
  note: z.string(),
  providesMedicalSystem: z.boolean(),
};

export const ContactStarterSchema = z
  .object({
    ...entryValues,
    key: z.string(),
    /** where the public number or the role comes from */
    source: z.string(),
    /** the source does not give this exactly */
    inferred: z.boolean(),
  })
  .openapi('ContactStarter');

export const ContactEntrySchema = z
  .object({
    ...entryValues,
    id: z.string(),
    position: z.number().int(),
    starterKey: z.string().nullable(),
    /** where a starter entry's public number or role comes from; null for entries typed in */
    starter: z.object({ source: z.string(), inferred: z.boolean() }).nullable(),
  })
  .openapi('ContactEntry');

const Note = z.object({ entryId: z.string().nullable(), message: z.string() });

export const ContactChartSchema = z
  .object({
    /** YYYY-MM-DD */
    confirmedOn: z.string().nullable(),
    /** login ID of who confirmed it */
    confirmedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
    internal: z.array(ContactEntrySchema),
    external: z.array(ContactEntrySchema),
    /** kept on paper: when last confirmed, and the stored scan */
    paper: z.object({ confirmedOn: z.string(), evidence: z.object({ id: z.string(), fileName: z.string() }).nullable() }).nullable(),
    /** what keeps the chart from counting for 3(1) (the 手引き) */
    problems: z.array(Note),
    /** Mamori's own advice (numbers on every entry, confirmed within a year) */
    advice: z.array(Note),
    /** starter entries not added yet */
    starters: z.array(ContactStarterSchema),
  })
  .openapi('ContactChart');

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndContact = orgId.extend({ contactId: idParam('contactId') });
const tags = ['連絡体制図'];

export const contactContract = {
  get: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/contacts',
    tags,
    summary: '連絡体制図',
    request: { params: orgId },
    responses: { 200: answer(ContactChartSchema, '連絡体制図') },
  }),
  add: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/contacts',
    tags,
    summary: '連絡先を追加する (担当者・管理者)',
    request: { params: orgId, ...json(contactEntrySchema) },
    responses: { 201: answer(ContactChartSchema, '追加後の連絡体制図') },
  }),
  starters: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/contacts/starters',
    tags,
    summary: 'ひな形の連絡先を追加する (全部、または keys で指定したもの)',
    request: { params: orgId, ...json(startersSchema) },
    responses: { 200: answer(ContactChartSchema, '追加後の連絡体制図') },
  }),
  reorder: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/contacts/reorder',
    tags,
    summary: '連絡する順番を並べ替える (組織内・外部ごと)',
    request: { params: orgId, ...json(reorderSchema) },
    responses: { 200: answer(ContactChartSchema, '並べ替え後の連絡体制図') },
  }),
  paper: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/contacts/paper',
    tags,
    summary: '紙で保管している連絡体制図の最終確認日とスキャンを記録する (null で取り消し)',
    request: { params: orgId, ...json(paperChartSchema) },
    responses: { 200: answer(ContactChartSchema, '記録後の連絡体制図') },
  }),
  confirm: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/contacts/confirm',
    tags,
    summary: '連絡体制図の最終確認日を記録する (西暦または和暦)',
    request: { params: orgId, ...json(confirmSchema) },
    responses: { 200: answer(ContactChartSchema, '記録後の連絡体制図') },
  }),
  update: defineRoute({
    method: 'put',
    path: '/orgs/{orgId}/contacts/{contactId}',
    tags,
    summary: '連絡先を変更する',
    request: { params: orgAndContact, ...json(contactEntrySchema) },
    responses: { 200: answer(ContactChartSchema, '変更後の連絡体制図') },
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/contacts/{contactId}',
    tags,
    summary: '連絡先を削除する',
    request: { params: orgAndContact },
    responses: { 200: answer(ContactChartSchema, '削除後の連絡体制図') },
  }),
};
