// What changed between two checklist versions (or two revisions of one): per form, the items added,
// removed and changed, and which of their fields changed. Shown before a version is imported, and
// used by carry-forward to decide which answers still apply.
import { itemNumber, type Numbering, targetLabels } from './labels.ts';
import type { CatalogItem, CatalogVersion } from './schema.ts';

/** Fields of an item whose change matters to someone answering it. */
const COMPARED = ['text', 'wording', 'status', 'targets', 'sectionTitle', 'answerType', 'skipIfNoVendorContract', 'guidelineRefs'] as const;
export type ItemField = (typeof COMPARED)[number];

/** The fields that make an earlier answer no longer apply (the question itself changed). */
export const MEANING_FIELDS: readonly ItemField[] = ['text', 'status', 'targets'];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function itemChanges(before: CatalogItem, after: CatalogItem): ItemField[] {
  return COMPARED.filter((f) => {
    const [a, b] = [before[f], after[f]];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
}

export interface ItemRef {
  id: string;
  label: string;
}

export interface FormDiff {
  form: string;
  label: string;
  added: ItemRef[];
  removed: ItemRef[];
  changed: (ItemRef & { fields: ItemField[] })[];
}

export interface VersionDiff {
  base: { id: string; revision: number; label: string } | null;
  meta: { field: string; before: unknown; after: unknown }[];
  forms: FormDiff[];
  /** nothing differs */
  same: boolean;
}

const refOf =
  (numbering: Numbering | undefined) =>
  (i: CatalogItem): ItemRef => {
    const targets = i.targets.filter((t) => t !== 'all' && t !== 'organization').map((t) => targetLabels[t].ja);
    return { id: i.id, label: [itemNumber(i.section, i.no, numbering) || i.sectionTitle, ...targets].join(' ') };
  };

function formDiff(
  form: string,
  label: string,
  before: CatalogItem[],
  after: CatalogItem[],
  numbering: { before?: Numbering; after?: Numbering },
): FormDiff {
  const [oldRef, newRef] = [refOf(numbering.before), refOf(numbering.after)];
  const old = new Map(before.map((i) => [i.id, i]));
  const ids = new Set(after.map((i) => i.id));
  const diff: FormDiff = { form, label, added: [], removed: before.filter((i) => !ids.has(i.id)).map(oldRef), changed: [] };
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) diff.added.push(newRef(item));
    else {
      const fields = itemChanges(prev, item);
      if (fields.length) diff.changed.push({ ...newRef(item), fields });
    }
  }
  return diff;
}

const META = ['fiscalYear', 'label', 'title', 'released'] as const;

export function diffVersions(base: CatalogVersion | null, next: CatalogVersion): VersionDiff {
  const meta = base ? META.filter((f) => base[f] !== next[f]).map((f) => ({ field: f, before: base[f], after: next[f] })) : [];
  const formIds = [...new Set([...(base?.forms ?? []).map((f) => f.form), ...next.forms.map((f) => f.form)])];
  const forms = formIds
    .map((id) => {
      const b = base?.forms.find((f) => f.form === id);
      const n = next.forms.find((f) => f.form === id);
      return formDiff(id, (n ?? b)?.label ?? id, b?.items ?? [], n?.items ?? [], { before: base?.numbering, after: next.numbering });
    })
    .filter((f) => f.added.length + f.removed.length + f.changed.length > 0);
  return {
    base: base ? { id: base.id, revision: base.revision, label: base.label } : null,
    meta,
    forms,
    same: meta.length === 0 && forms.length === 0,
  };
}

const FIELD_LABELS: Record<ItemField, string> = {
  text: '文言',
  wording: '文言の確認状況',
  status: '区分',
  targets: '対象',
  sectionTitle: '見出し',
  answerType: '回答欄',
  skipIfNoVendorContract: '記入不要の規則',
  guidelineRefs: 'ガイドライン参照',
};

/** The diff as lines a person reads (CLI and API). */
export function describeDiff(d: VersionDiff): string[] {
  if (!d.base) return ['比較する元の版がありません (最初の版として取り込みます)。'];
  if (d.same) return [`${d.base.label} (第${d.base.revision}版) から変更はありません。`];
  const lines = [`${d.base.label} (第${d.base.revision}版) との違い:`];
  for (const m of d.meta) lines.push(`  ${m.field}: ${String(m.before)} → ${String(m.after)}`);
  for (const f of d.forms) {
    lines.push(`  ${f.label}:`);
    for (const i of f.added) lines.push(`    + 追加 ${i.label}`);
    for (const i of f.removed) lines.push(`    - 削除 ${i.label}`);
    for (const i of f.changed) lines.push(`    ~ 変更 ${i.label} (${i.fields.map((x) => FIELD_LABELS[x]).join('、')})`);
  }
  return lines;
}
