// Which checklist a finding's items are named in: the version the organisation answers this fiscal
// year on (its 医療機関確認用 or 薬局確認用 of the current 年度), else the version for the year, so
// that "セキュリティパッチ" reads 2(7) サーバ on R5/R6 and 2-⑥ on R7 on, as the person's form prints it.
import type { CatalogForm, CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Finding } from '../../../domain/findings/finding.ts';
import { itemsResolver } from '../../../domain/findings/items.ts';
import type { Deps } from '../../deps.ts';
import { listAssessmentsOfOrg } from '../assessments/assessments.repo.ts';
import { versionForYear, versionOf } from '../assessments/assessments.service.ts';

export interface FindingsChecklist {
  /** "令和7年度版 医療機関確認用" */
  label: string;
  fiscalYear: string;
}

const OWN_FORMS = ['institution', 'pharmacy'];

async function formOfYear(deps: Deps, orgId: string, year: number): Promise<{ version: CatalogVersion; form: CatalogForm } | null> {
  const row = (await listAssessmentsOfOrg(deps.db, orgId)).find((r) => r.fiscalYear === year && OWN_FORMS.includes(r.form));
  if (row) {
    const version = versionOf(deps, row.catalogVersion, row.catalogRevision);
    // the form whose items are answered: its own, or the one its text falls back to (catalog_form)
    const form = version.forms.find((f) => f.form === row.catalogForm && f.items.length);
    if (form) return { version, form };
  }
  let version: CatalogVersion;
  try {
    version = versionForYear(deps.catalog, year);
  } catch {
    return null; // no version covers the year: the findings name no items
  }
  const form = version.forms.find((f) => f.form === 'institution' && f.items.length);
  return form ? { version, form } : null;
}

/** The findings with the items of this year's form, and which form that is. */
export async function withChecklistItems<F extends Finding>(
  deps: Deps,
  orgId: string,
  findings: F[],
): Promise<{ findings: F[]; checklist: FindingsChecklist | null }> {
  const year = fiscalYearOf(todayJst(deps.clock.now()));
  const found = await formOfYear(deps, orgId, year);
  if (!found) return { findings, checklist: null };
  const resolve = itemsResolver(found.form.items, found.version.numbering);
  return {
    findings: findings.map((f) => ({ ...f, items: resolve(f.topics, f.subject.deviceClass) })),
    checklist: { label: `${found.version.label} ${found.form.label}`, fiscalYear: fiscalYear(year).label },
  };
}
