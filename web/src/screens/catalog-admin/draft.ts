// The version editor's draft: a copy of an existing checklist version, as the next fiscal year's
// version or as a correction (the next revision of the same version), and the edits made to it.
// Pure: no React. The server validates the result again (same format as catalog/*.json).
import type { CatalogItem, CatalogVersion } from '../../../../domain/catalog/schema.ts';

export type CopyKind = 'newYear' | 'revision';

const COPIED_NOTE = '前年度版から複写 (今年度の原文とは未照合)';

/**
 * A copy of `from`. For a new fiscal year nothing is known to be official yet: every confirmed
 * wording becomes 推定 until an administrator checks it against the ministry's text, and the
 * provenance starts empty (published date and sources must be filled in).
 */
export function copyVersion(from: CatalogVersion, kind: CopyKind, adminLabel: string, nextRevision = from.revision + 1): CatalogVersion {
  const copy: CatalogVersion = structuredClone(from);
  copy.derivedFrom = { id: from.id, revision: from.revision };
  delete copy.changes;
  if (kind === 'revision') {
    copy.revision = nextRevision;
    copy.revisionNote = '';
    copy.provenance = { ...copy.provenance, compiledFrom: `${copy.provenance.compiledFrom} / 訂正: Mamori 版エディタ (${adminLabel})` };
    return copy;
  }
  const year = from.fiscalYear + 1;
  copy.id = `R${year - 2018}`;
  copy.revision = 1;
  copy.fiscalYear = year;
  copy.label = `令和${year - 2018}年度版`;
  copy.released = false;
  delete copy.revisionNote;
  copy.provenance = {
    published: '',
    sources: [],
    compiledFrom: `Mamori 版エディタ (${adminLabel}) で ${from.id} 第${from.revision}版から複写`,
    caveats: [`${from.label}から複写して作成。原文と照合した項目だけ「原文確認済み」にしてください。`],
  };
  copy.forms = copy.forms.map((f) => ({ ...f, items: f.items.map(copiedItem) }));
  return copy;
}

const copiedItem = (item: CatalogItem): CatalogItem => ({
  ...item,
  wording: item.wording === 'confirmed' ? 'inferred' : item.wording,
  newInVersion: false,
  notes: item.notes ? `${item.notes} / ${COPIED_NOTE}` : COPIED_NOTE,
});

/** A new item at the end of a section, with nothing claimed: wording unknown, status required. */
export function blankItem(section: string, sectionTitle: string, existing: CatalogItem[]): CatalogItem {
  const nos = existing.filter((i) => i.section === section).map((i) => i.no ?? 0);
  const no = (nos.length ? Math.max(...nos) : 0) + 1;
  let id = `${section}-${no}`;
  while (existing.some((i) => i.id === id)) id = `${id}.new`;
  return {
    id,
    section,
    sectionTitle,
    no,
    targets: ['general'],
    status: 'required',
    text: null,
    wording: 'unknown',
    answerType: 'dated',
    skipIfNoVendorContract: false,
    physicalEvidenceRequired: false,
    newInVersion: true,
    guidelineRefs: [],
    notes: '',
    source: '',
  };
}

/** The version with one form's items replaced. */
export function withItems(version: CatalogVersion, form: string, items: CatalogItem[]): CatalogVersion {
  return { ...version, forms: version.forms.map((f) => (f.form === form ? { ...f, items } : f)) };
}

/** An item changed; the text follows the wording status (unknown wording has no text). */
export function changeItem(items: CatalogItem[], index: number, patch: Partial<CatalogItem>): CatalogItem[] {
  return items.map((item, i) => {
    if (i !== index) return item;
    const next = { ...item, ...patch };
    if (next.wording === 'unknown') next.text = null;
    else if (next.text === null) next.text = '';
    return next;
  });
}

export function moveItem(items: CatalogItem[], index: number, by: -1 | 1): CatalogItem[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return items;
  const out = [...items];
  const [moved] = out.splice(index, 1);
  if (moved) out.splice(to, 0, moved);
  return out;
}

export const removeItem = (items: CatalogItem[], index: number): CatalogItem[] => items.filter((_, i) => i !== index);

/** Lines of a textarea as a list (empty lines dropped), and back. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
