// The catalog data file format (catalog/*.json): one checklist version with its forms and items,
// with provenance. Validated at start-up and on import; errors name the item.
import { z } from 'zod';
import { ANSWER_TYPES, FORMS, ITEM_STATUSES, NUMBERINGS, TARGETS, WORDINGS } from './labels.ts';

const text = z.string().min(1);

export const catalogItemSchema = z
  .object({
    id: z.string().regex(/^\d+-[\w.-]+$/, '項目 ID は「節-番号[.対象]」の形式です'),
    section: z.string().regex(/^\d+$/),
    sectionTitle: text,
    no: z.number().int().min(0).nullable(),
    targets: z.array(z.enum(TARGETS)),
    status: z.enum(ITEM_STATUSES),
    text: z.string().min(1).nullable(),
    wording: z.enum(WORDINGS),
    textFragment: z.string().optional(),
    /**
     * The answer cells the form gives this row: 'dated' = 1回目 + 目標日 + 2回目; 'dated_once' = one
     * はい・いいえ (日付) cell (R5 3(1)); 'yes_no_only' = はい・いいえ without a date (the gate row).
     */
    answerType: z.enum(ANSWER_TYPES),
    /** the fiscal year by which the form asks for はい when it is not the assessment's own (R5 参考項目: 令和6年度中) */
    dueFiscalYear: z.number().int().min(2023).max(2100).optional(),
    skipIfNoVendorContract: z.boolean(),
    physicalEvidenceRequired: z.boolean(),
    newInVersion: z.boolean(),
    guidelineRefs: z.array(z.string()),
    notes: z.string(),
    source: z.string(),
  })
  .refine((i) => (i.text === null) === (i.wording === 'unknown'), {
    message: '文言が不明な項目だけが text: null を持てます',
    path: ['text'],
  });

export const catalogFormSchema = z.object({
  form: z.enum(FORMS),
  label: text,
  /** other kinds of institution this one form serves (R8 医療機関・薬局確認用: pharmacies too) */
  alsoFor: z.array(z.enum(FORMS)).optional(),
  headerNotes: z.array(z.string()),
  notes: z.string(),
  itemsInferred: z.boolean(),
  items: z.array(catalogItemSchema),
});

export const catalogVersionSchema = z.object({
  format: z.literal('mamori-checklist-catalog'),
  formatVersion: z.literal(1),
  id: z.string().regex(/^R\d+$/, 'バージョン ID は R5 のような形式です'),
  revision: z.number().int().min(1),
  fiscalYear: z.number().int().min(2023).max(2100),
  label: text,
  title: text,
  released: z.boolean(),
  /** how the forms number items: "2(4)" (R5/R6, the default) or "2-④" (R7 on) */
  numbering: z.enum(NUMBERINGS).optional(),
  /** the version this one was made from (a copy edited, or the revision it corrects) */
  derivedFrom: z.object({ id: z.string(), revision: z.number().int().min(1) }).optional(),
  /** why this revision exists (e.g. 「2(5) の文言を原文に合わせて訂正」) */
  revisionNote: z.string().max(2000).optional(),
  provenance: z.object({ published: text, sources: z.array(z.string()), compiledFrom: z.string(), caveats: z.array(z.string()) }),
  answerColumns: z.array(z.object({ key: text, label: text, fields: z.array(z.string()), when: z.string().optional() })),
  answerColumnsInferred: z.boolean(),
  answerColumnsNote: z.string().optional(),
  rules: z.array(z.object({ id: text, text: text, source: z.string() })),
  changes: z.array(z.object({ type: z.enum(['added', 'modified', 'removed', 'renumbered']), text: text, source: z.string() })).optional(),
  forms: z.array(catalogFormSchema).min(1),
});

export type CatalogVersion = z.infer<typeof catalogVersionSchema>;
export type CatalogForm = z.infer<typeof catalogFormSchema>;
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export interface CatalogProblem {
  /** e.g. "forms[0].items[3] (2-4.server).targets" */
  where: string;
  message: string;
}

/** A zod issue path as a person reads it, with item ids: "forms[0].items[3] (2-4.server).targets". */
export const describePath = (value: unknown, path: PropertyKey[]): string => {
  let node: unknown = value;
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number' && typeof id === 'string') out += ` (${id})`;
  }
  return out || '(ファイル全体)';
};

/** Schema check plus the rules a schema cannot say: unique forms and item ids. */
export function checkCatalog(value: unknown): { ok: true; version: CatalogVersion } | { ok: false; problems: CatalogProblem[] } {
  const parsed = catalogVersionSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ where: describePath(value, i.path), message: i.message })) };
  }
  const problems: CatalogProblem[] = [];
  const forms = new Set<string>();
  parsed.data.forms.forEach((form, f) => {
    if (forms.has(form.form)) problems.push({ where: `forms[${f}]`, message: `様式 ${form.form} が重複しています` });
    forms.add(form.form);
    const ids = new Set<string>();
    form.items.forEach((item, i) => {
      if (ids.has(item.id))
        problems.push({ where: `forms[${f}].items[${i}] (${item.id})`, message: `項目 ID ${item.id} が重複しています` });
      ids.add(item.id);
      if (item.status !== 'gate' && item.section === '0')
        problems.push({ where: `forms[${f}].items[${i}] (${item.id})`, message: '節 0 は前提項目だけです' });
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, version: parsed.data };
}
