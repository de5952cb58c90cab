// The per-item help file format (catalog/help/<language>.json): Mamori's own plain-language
// explanation of each checklist subject — NOT the ministry's wording, and labelled as such wherever
// shown (`notice`). One topic per subject; it names the catalog items it explains. Pure: the loader
// in server/features/catalog/help.loader.ts reads the file, this checks it against the catalog.
import { z } from 'zod';
import { FORMS, type FormKind } from './labels.ts';
import { type CatalogProblem, type CatalogVersion, describePath } from './schema.ts';

const text = z.string().trim().min(1, '空にできません');
const textList = z.array(text).min(1, '1 つ以上必要です');

export const helpAppliesToSchema = z
  .object({
    version: z.string().regex(/^R\d+$/, 'バージョン ID は R5 のような形式です'),
    /** Only these forms of the version; absent = every form of the version that has the item. */
    forms: z.array(z.enum(FORMS)).min(1).optional(),
    items: z.array(text).min(1, '項目を 1 つ以上挙げてください'),
    /** What is particular to this version (e.g. its wording was not confirmed); shown with the topic. */
    note: text.optional(),
  })
  .strict();

export const helpTopicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'トピック ID は英小文字・数字とハイフンです'),
    appliesTo: z.array(helpAppliesToSchema).min(1, '対象の項目がありません'),
    title: text,
    meaning: text,
    howToCheck: textList,
    evidence: textList,
    guidelineRefs: z.array(text),
    basis: text,
  })
  .strict();

export const helpFileSchema = z
  .object({
    format: z.literal('mamori-checklist-help'),
    formatVersion: z.literal(1),
    language: z.string().regex(/^[a-z]{2}$/),
    notice: text,
    topics: z.array(helpTopicSchema).min(1),
  })
  .strict();

export type HelpFile = z.infer<typeof helpFileSchema>;
export type HelpTopic = z.infer<typeof helpTopicSchema>;
export type HelpAppliesTo = z.infer<typeof helpAppliesToSchema>;

/** What one item's help reads like: the topic without its item list, plus the version's own note. */
export interface ItemHelp {
  topicId: string;
  title: string;
  meaning: string;
  howToCheck: string[];
  evidence: string[];
  guidelineRefs: string[];
  basis: string;
  /** the appliesTo note of the item's version, if any */
  note: string | null;
}

/** where: e.g. "topics[3] (access-rights).appliesTo[2].items[0]" */
export type HelpProblem = CatalogProblem;

const keyOf = (version: string, form: string, item: string) => `${version}\u0000${form}\u0000${item}`;

/**
 * Schema check plus the rules that need the catalog: unique topic ids, every named version, form and
 * item exists (in some revision of that version), and no form's item is explained by two topics.
 */
export function checkHelp(
  value: unknown,
  catalog: CatalogVersion[],
): { ok: true; help: HelpFile; index: Map<string, { topic: HelpTopic; note: string | null }> } | { ok: false; problems: HelpProblem[] } {
  const parsed = helpFileSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ where: describePath(value, i.path), message: i.message })) };
  }
  const problems: HelpProblem[] = [];
  // version id → form → item ids, over every revision of that version
  const known = new Map<string, Map<FormKind, Set<string>>>();
  for (const v of catalog) {
    const forms = known.get(v.id) ?? new Map<FormKind, Set<string>>();
    for (const f of v.forms) {
      const ids = forms.get(f.form) ?? new Set<string>();
      for (const i of f.items) ids.add(i.id);
      forms.set(f.form, ids);
    }
    known.set(v.id, forms);
  }
  const topicIds = new Map<string, number>();
  const index = new Map<string, { topic: HelpTopic; note: string | null }>();
  parsed.data.topics.forEach((topic, t) => {
    const at = `topics[${t}] (${topic.id})`;
    const first = topicIds.get(topic.id);
    if (first !== undefined) problems.push({ where: at, message: `トピック ID ${topic.id} が topics[${first}] と重複しています` });
    else topicIds.set(topic.id, t);
    topic.appliesTo.forEach((applies, a) => {
      const where = `${at}.appliesTo[${a}]`;
      const forms = known.get(applies.version);
      if (!forms) {
        problems.push({ where: `${where}.version`, message: `トピック ${topic.id}: チェックリスト ${applies.version} がありません` });
        return;
      }
      for (const form of applies.forms ?? []) {
        if (!forms.has(form))
          problems.push({ where: `${where}.forms`, message: `トピック ${topic.id}: ${applies.version} に様式 ${form} がありません` });
      }
      const formsToUse = applies.forms ?? [...forms.keys()];
      applies.items.forEach((item, i) => {
        const inForms = formsToUse.filter((f) => forms.get(f)?.has(item));
        if (inForms.length === 0) {
          const scope = applies.forms ? ` (${applies.forms.join(', ')})` : '';
          problems.push({
            where: `${where}.items[${i}]`,
            message: `トピック ${topic.id}: ${applies.version}${scope} に項目 ${item} がありません`,
          });
          return;
        }
        for (const form of inForms) {
          const key = keyOf(applies.version, form, item);
          const other = index.get(key);
          if (other && other.topic.id !== topic.id) {
            problems.push({
              where: `${where}.items[${i}]`,
              message: `トピック ${topic.id}: ${applies.version} ${form} の項目 ${item} はトピック ${other.topic.id} でも説明されています`,
            });
          } else if (other) {
            problems.push({
              where: `${where}.items[${i}]`,
              message: `トピック ${topic.id}: ${applies.version} ${form} の項目 ${item} が重複しています`,
            });
          } else {
            index.set(key, { topic, note: applies.note ?? null });
          }
        }
      });
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, help: parsed.data, index };
}

/** The help for one item of one form, or null; without a form, the first form (in FORMS order) that has a topic. */
export function lookupHelp(
  index: Map<string, { topic: HelpTopic; note: string | null }>,
  versionId: string,
  itemId: string,
  form?: FormKind,
): ItemHelp | null {
  const forms = form ? [form] : FORMS;
  for (const f of forms) {
    const hit = index.get(keyOf(versionId.toUpperCase(), f, itemId));
    if (hit) {
      const { topic, note } = hit;
      return {
        topicId: topic.id,
        title: topic.title,
        meaning: topic.meaning,
        howToCheck: topic.howToCheck,
        evidence: topic.evidence,
        guidelineRefs: topic.guidelineRefs,
        basis: topic.basis,
        note,
      };
    }
  }
  return null;
}
