// Use cases for reading the checklist catalog. Its content is public regulatory text: any signed-in
// user may read it; it belongs to no organisation.
import type { Deps } from '../../deps.ts';
import { notFound } from '../../lib/errors.ts';
import { presentVersionSummary } from './catalog.present.ts';

export const listCatalogVersions = (deps: Deps) => deps.catalog.map(presentVersionSummary);

/** The latest revision of a version unless one is asked for. */
export function getCatalogVersion(deps: Deps, id: string, revision?: number) {
  const matches = deps.catalog.filter((v) => v.id === id.toUpperCase() && (revision === undefined || v.revision === revision));
  const version = matches.at(-1);
  if (!version) throw notFound(`チェックリスト ${id}${revision ? ` 第${revision}版` : ''}`);
  return version;
}

/** Mamori's help for every item of one form of a version (null where there is none), with its notice. */
export function getFormHelp(deps: Deps, id: string, form: string, revision?: number) {
  const version = getCatalogVersion(deps, id, revision);
  const found = version.forms.find((f) => f.form === form);
  if (!found) throw notFound(`様式 ${form}`);
  const items = Object.fromEntries(found.items.map((i) => [i.id, deps.help.helpFor(version.id, i.id, found.form)]));
  return { notice: deps.help.notice, versionId: version.id, revision: version.revision, form: found.form, items };
}
