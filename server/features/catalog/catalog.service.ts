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
