// The web client's calls of the catalog area (see ../api.ts).
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { get, id, post } from '../api-core.ts';
import type { CatalogImportResult, CatalogSummary, FormHelp } from '../api-types.ts';

export const catalogApi = {
  catalogVersions: () => get<{ versions: CatalogSummary[] }>('/api/catalog'),
  catalogVersion: (versionId: string, revision?: number) =>
    get<CatalogVersion>(`/api/catalog/${id(versionId)}${revision ? `?revision=${revision}` : ''}`),
  /** system administrators: a new version or revision, checked (dryRun: nothing stored) and compared with its base */
  importCatalog: (version: CatalogVersion, dryRun: boolean) =>
    post<CatalogImportResult>(`/api/catalog/import${dryRun ? '?dryRun=1' : ''}`, version),
  /** Mamori's help for every item of one form of a version's revision (null where there is none) */
  catalogHelp: (versionId: string, revision: number, form: string) =>
    get<FormHelp>(`/api/catalog/${id(versionId)}/help?form=${id(form)}&revision=${revision}`),
};
