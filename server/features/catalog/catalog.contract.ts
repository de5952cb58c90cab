// The /api/catalog contract: the checklist versions (any signed-in user reads them) and, for system
// administrators, adding a version from a version file or from the ministry's workbook of a form.
import { z } from '@hono/zod-openapi';
import { ANSWER_TYPES, FORMS, TARGETS } from '../../../domain/catalog/labels.ts';
import { catalogVersionSchema } from '../../../domain/catalog/schema.ts';
import { answer, defineRoute, form, idParam, json } from '../../http/contract.ts';

const Form = z.enum(FORMS);
const Target = z.enum(TARGETS);

export const CatalogSummarySchema = z
  .object({
    id: z.string(),
    revision: z.number(),
    fiscalYear: z.number(),
    label: z.string(),
    released: z.boolean(),
    published: z.string(),
    forms: z.array(
      z.object({
        form: Form,
        label: z.string(),
        /** other kinds of institution this form serves (R8: pharmacies) */
        alsoFor: z.array(Form),
        items: z.number(),
        unconfirmed: z.number(),
      }),
    ),
  })
  .openapi('CatalogSummary');

// a schema made in domain/ may predate @hono/zod-openapi's .openapi(): named through a new object
const CatalogVersionSchema = z.object(catalogVersionSchema.shape).openapi('CatalogVersion');

const VersionRef = z.object({ id: z.string(), revision: z.number(), label: z.string() });
const ItemRef = z.object({ id: z.string(), label: z.string() });

const VersionDiffSchema = z
  .object({
    base: VersionRef.nullable(),
    meta: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    forms: z.array(
      z.object({
        form: z.string(),
        label: z.string(),
        added: z.array(ItemRef),
        removed: z.array(ItemRef),
        changed: z.array(ItemRef.extend({ fields: z.array(z.string()) })),
      }),
    ),
    /** nothing differs */
    same: z.boolean(),
  })
  .openapi('CatalogVersionDiff');

const ImportResultSchema = z
  .object({
    version: CatalogSummarySchema,
    diff: VersionDiffSchema,
    /** the differences as sentences */
    lines: z.array(z.string()),
    stored: z.boolean(),
    /** assessments on provisional text moved onto the new version (0 on a dry run) */
    moved: z.number(),
  })
  .openapi('CatalogImportResult');

const WorkbookImportResultSchema = z
  .object({
    file: z.string(),
    sha256: z.string(),
    sheet: z.string(),
    version: CatalogSummarySchema,
    base: VersionRef.nullable(),
    rows: z.array(
      z.object({
        row: z.number(),
        kind: z.enum(['title', 'note', 'block', 'header', 'section', 'target', 'gate', 'item', 'continued', 'other']),
        text: z.string(),
        item: z
          .object({
            id: z.string(),
            label: z.string(),
            section: z.string(),
            no: z.number(),
            targets: z.array(Target),
            status: z.string(),
            answerType: z.enum(ANSWER_TYPES),
            text: z.string(),
            change: z.enum(['new', 'changed', 'same']),
            /** the replaced version's wording when it differs */
            before: z.string().nullable(),
            corrected: z.boolean(),
          })
          .nullable(),
      }),
    ),
    dropped: z.array(z.object({ id: z.string(), label: z.string(), text: z.string().nullable() })),
    lines: z.array(z.string()),
    stored: z.boolean(),
    moved: z.number(),
  })
  .openapi('WorkbookImportResult');

const ItemHelpSchema = z
  .object({
    topicId: z.string(),
    title: z.string(),
    meaning: z.string(),
    howToCheck: z.array(z.string()),
    evidence: z.array(z.string()),
    guidelineRefs: z.array(z.string()),
    basis: z.string(),
    /** the appliesTo note of the item's version, if any */
    note: z.string().nullable(),
  })
  .openapi('ItemHelp');

export const FormHelpSchema = z
  .object({
    /** 「Mamori による解説です。…」 */
    notice: z.string(),
    versionId: z.string(),
    revision: z.number(),
    form: Form,
    /** every item of the form, null where Mamori has no help for it */
    items: z.record(z.string(), ItemHelpSchema.nullable()),
  })
  .openapi('FormHelp');

const dryRun = z.object({ dryRun: z.string().optional().openapi({ description: '1: 確かめるだけで保存しない' }) });
const revision = z.coerce.number().int().min(1).optional().openapi({ description: '版 (省略時は最新)' });
const versionId = z.object({ versionId: idParam('versionId') });
const tags = ['チェックリスト'];

export const catalogContract = {
  list: defineRoute({
    method: 'get',
    path: '/',
    tags,
    summary: 'チェックリストの版の一覧',
    responses: { 200: answer(z.object({ versions: z.array(CatalogSummarySchema) }), '版の一覧 (様式ごとの項目数と推定の文言の数)') },
  }),
  import: defineRoute({
    method: 'post',
    path: '/import',
    tags,
    summary: 'チェックリストの版を追加する (システム管理者、dryRun=1 で確認だけ)',
    description:
      '本文は catalog/*.json と同じ形式の版 (CatalogVersion)。誤りは CATALOG_INVALID で、details.problems に項目ごとの場所と理由を返します。',
    // checked by the catalog loader, whose problems name each item (details.problems), not by the route
    request: {
      query: dryRun,
      ...json(z.record(z.string(), z.unknown()).openapi({ description: 'チェックリストの版 (CatalogVersion の形式)' })),
    },
    responses: {
      200: answer(ImportResultSchema, '確認の結果 (保存していない)'),
      201: answer(ImportResultSchema, '保存した版と基の版との違い'),
    },
  }),
  workbook: defineRoute({
    method: 'post',
    path: '/workbook',
    tags,
    summary: '厚生労働省のワークブックから版を追加する (システム管理者、dryRun=1 で読み取りだけ)',
    request: {
      query: dryRun,
      ...form({
        file: { description: '様式のワークブック (.xlsx)', file: true, required: true },
        fiscalYear: { description: '年度 (西暦年)' },
        form: { description: '様式: institution か vendor' },
        corrections: { description: '行の訂正 (JSON 配列)' },
      }),
    },
    responses: {
      200: answer(WorkbookImportResultSchema, '読み取った結果 (保存していない)'),
      201: answer(WorkbookImportResultSchema, '保存した版と読み取った行'),
    },
  }),
  help: defineRoute({
    method: 'get',
    path: '/{versionId}/help',
    tags,
    summary: '様式の項目ごとの解説 (Mamori による)',
    request: {
      params: versionId,
      query: z.object({ form: z.string().optional().openapi({ description: '様式 (省略時は institution)' }), revision }),
    },
    responses: { 200: answer(FormHelpSchema, '項目ごとの解説 (ないものは null)') },
  }),
  get: defineRoute({
    method: 'get',
    path: '/{versionId}',
    tags,
    summary: 'チェックリストの版 (全項目)',
    request: { params: versionId, query: z.object({ revision }) },
    responses: { 200: answer(CatalogVersionSchema, 'チェックリストの版') },
  }),
};
