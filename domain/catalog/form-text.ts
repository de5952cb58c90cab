// Which checklist text an assessment is answered on. A fiscal year is answered on its own version
// (or the latest before it, until the next is added); a form the version lacks the text of (R7
// 薬局確認用, R7 事業者確認用) starts on the nearest form that has it, and everything not read in the
// official text is provisional (推定) — said plainly, never passed off as the ministry's wording.
// Pure: the server resolves with it and the UI explains with the notices.
import { fiscalYear } from '../dates/fiscal-year.ts';
import type { FormKind } from './labels.ts';
import type { CatalogForm, CatalogVersion } from './schema.ts';

export interface FormText {
  /** the version the fiscal year is answered on (its own, or the latest before it) */
  yearVersion: CatalogVersion;
  /** the form of that version the assessment stands for (R8: 医療機関・薬局確認用 serves pharmacies) */
  formKind: FormKind;
  /** the version and form whose items are answered (the year's own, or the nearest that has the text) */
  version: CatalogVersion;
  form: CatalogForm;
  /** the items are not the year's own form's */
  fallback: boolean;
  /** the text is not all read in the official source (fallback, 推定 or 文言不明 items) */
  provisional: boolean;
}

const hasItems = (f: CatalogForm | undefined): f is CatalogForm => (f?.items.length ?? 0) > 0;

/** The latest revision of each version id, in catalog order. */
function latestRevisions(catalog: CatalogVersion[]): CatalogVersion[] {
  const latest = new Map<string, CatalogVersion>();
  for (const v of catalog.filter((x) => x.released)) {
    const seen = latest.get(v.id);
    if (!seen || v.revision > seen.revision) latest.set(v.id, v);
  }
  return [...latest.values()].sort((a, b) => a.fiscalYear - b.fiscalYear || a.id.localeCompare(b.id));
}

/** The version for a fiscal year: its own, or the latest released before it (until the next is added). */
export function yearVersion(catalog: CatalogVersion[], year: number): CatalogVersion | undefined {
  const candidates = latestRevisions(catalog).filter((v) => v.fiscalYear <= year);
  const own = candidates.filter((v) => v.fiscalYear === year);
  return (own.length ? own : candidates).at(-1);
}

/** The form of a version that serves a kind of form: its own, or one that also serves it (R8: pharmacy → 医療機関・薬局確認用). */
export function formFor(version: CatalogVersion, kind: FormKind): CatalogForm | undefined {
  return version.forms.find((f) => f.form === kind) ?? version.forms.find((f) => f.alsoFor?.includes(kind));
}

/** The form an organisation of this kind answers in a version: 薬局確認用 for a pharmacy where there is one. */
export function formKindForOrg(version: CatalogVersion, orgKind: string): FormKind {
  if (orgKind !== 'pharmacy') return 'institution';
  return formFor(version, 'pharmacy')?.form ?? 'institution';
}

const allConfirmed = (f: CatalogForm) => f.items.every((i) => i.wording === 'confirmed');

/**
 * The text a form of a fiscal year is answered on; null when no version covers the year. A form
 * without items in the year's version takes, in order: the same version's 医療機関確認用 for a
 * pharmacy (R7's 薬局確認用 was revised 「医療機関版と同様に」), else the nearest version (by year; the
 * earlier on a tie) that has the form.
 */
export function resolveFormText(catalog: CatalogVersion[], year: number, requested: FormKind): FormText | null {
  const yv = yearVersion(catalog, year);
  if (!yv) return null;
  const own = formFor(yv, requested);
  const formKind = own?.form ?? requested;
  const make = (version: CatalogVersion, form: CatalogForm, fallback: boolean): FormText => ({
    yearVersion: yv,
    formKind,
    version,
    form,
    fallback,
    provisional: fallback || !allConfirmed(form),
  });
  if (hasItems(own)) return make(yv, own, false);
  const institution = yv.forms.find((f) => f.form === 'institution');
  if (formKind === 'pharmacy' && hasItems(institution)) return make(yv, institution, true);
  const nearest = latestRevisions(catalog)
    .filter((v) => v !== yv && hasItems(formFor(v, formKind)))
    .sort((a, b) => Math.abs(a.fiscalYear - year) - Math.abs(b.fiscalYear - year) || a.fiscalYear - b.fiscalYear)[0];
  const form = nearest && formFor(nearest, formKind);
  return nearest && hasItems(form) ? make(nearest, form, true) : null;
}

/** Whether an assessment pinned to this text is on provisional wording. */
export function isProvisional(text: Pick<FormText, 'fallback' | 'form'>): boolean {
  return text.fallback || !allConfirmed(text.form);
}

/**
 * What a person must know about the text of a form, in plain Japanese: a year answered on an
 * earlier version, a form on another form's items, wording not read in the official text.
 */
export function textNotices(
  year: number,
  t: { yearVersion: CatalogVersion; formKind: FormKind; version: CatalogVersion; form: CatalogForm; fallback: boolean },
): string[] {
  const notices: string[] = [];
  const fy = fiscalYear(year).label;
  if (t.yearVersion.fiscalYear !== year) {
    notices.push(`${fy}の版はまだありません。${t.yearVersion.label}で回答します。`);
  }
  const ownLabel = formFor(t.yearVersion, t.formKind)?.label ?? t.formKind;
  if (t.fallback) {
    notices.push(
      `${t.yearVersion.label}の${ownLabel}は項目を原文で確認できていないため、${t.version.label}の${t.form.label}の項目で回答します (すべて推定)。原文を取り込むと、その版に回答を移します。`,
    );
  }
  const unconfirmed = t.form.items.filter((i) => i.wording !== 'confirmed').length;
  if (!t.fallback && unconfirmed > 0) {
    notices.push(
      `この様式の ${t.form.items.length} 項目のうち ${unconfirmed} 項目の文言は原文で確認できていません (推定・文言不明)。公式のワークブックを取り込むと原文に置き換わり、回答はその版に移ります。`,
    );
  }
  if (unconfirmed > 0 || t.fallback) {
    notices.push(
      'システム管理者が「チェックリストの版」→「公式ワークブックを取り込む」(または mamori catalog import-workbook) で厚生労働省のワークブックを取り込めます。',
    );
  }
  return notices;
}

export interface TextPin {
  fiscalYear: number;
  form: string;
  catalogVersion: string;
  catalogRevision: number;
  catalogForm: string;
}

/** The text an assessment is pinned to, seen against the catalog as it is now; null when its version is not loaded. */
export function pinnedText(catalog: CatalogVersion[], pin: TextPin): FormText | null {
  const version = catalog.find((v) => v.id === pin.catalogVersion && v.revision === pin.catalogRevision);
  const form = version?.forms.find((f) => f.form === pin.catalogForm);
  if (!version || !form) return null;
  const yv = yearVersion(catalog, pin.fiscalYear) ?? version;
  const formKind = pin.form as FormKind;
  const ownKey = formFor(yv, formKind)?.form ?? formKind;
  const fallback = version.id !== yv.id || form.form !== ownKey;
  return { yearVersion: yv, formKind, version, form, fallback, provisional: isProvisional({ fallback, form }) };
}

/** Two texts are the same pin (version, revision and form). */
export const sameText = (a: Pick<FormText, 'version' | 'form'>, b: Pick<FormText, 'version' | 'form'>): boolean =>
  a.version.id === b.version.id && a.version.revision === b.version.revision && a.form.form === b.form.form;
