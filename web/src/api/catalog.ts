// The web client's calls of the catalog area (see ../api.ts).
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const catalog = client.api.catalog;

export const catalogApi = {
  catalogVersions: () => call(() => catalog.$get()),
  catalogVersion: (versionId: string, revision?: number) =>
    call(() => catalog[':versionId'].$get({ param: params({ versionId }), query: revision ? { revision: String(revision) } : {} })),
  /** system administrators: a new version or revision, checked (dryRun: nothing stored) and compared with its base */
  importCatalog: (version: CatalogVersion, dryRun: boolean) =>
    call(() => catalog.import.$post({ query: dryRun ? { dryRun: '1' } : {}, json: version })),
  /** Mamori's help for every item of one form of a version's revision (null where there is none) */
  catalogHelp: (versionId: string, revision: number, form: string) =>
    call(() => catalog[':versionId'].help.$get({ param: params({ versionId }), query: { form, revision: String(revision) } })),
};
