// Loads the checklist versions shipped in catalog/*.json at start-up. A broken file stops the start
// with the file and item named: regulatory content must not be silently skipped.
import fs from 'node:fs';
import path from 'node:path';
import { type CatalogVersion, checkCatalog } from '../../../domain/catalog/schema.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { listStoredVersions } from './catalog.repo.ts';

export const CATALOG_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'catalog');

export function parseCatalogFile(file: string, text: string): CatalogVersion {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AppError('CATALOG_INVALID', `${file}: JSON として読めません (${(err as Error).message})`, { details: { file } });
  }
  const result = checkCatalog(json);
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `${file}: ${p.where}: ${p.message}`);
    throw new AppError('CATALOG_INVALID', `チェックリストのデータに誤りがあります。\n${lines.join('\n')}`, {
      details: { file, problems: result.problems },
    });
  }
  return result.version;
}

export const sortCatalog = (versions: CatalogVersion[]): CatalogVersion[] =>
  versions.sort((a, b) => a.fiscalYear - b.fiscalYear || a.id.localeCompare(b.id) || a.revision - b.revision);

/**
 * The shipped versions plus those added without code (catalog_versions), checked again as they are
 * read: a stored version that no longer validates stops the start, naming it.
 */
export async function loadFullCatalog(db: Db, dir: string = CATALOG_DIR): Promise<CatalogVersion[]> {
  const versions = loadCatalog(dir);
  for (const row of await listStoredVersions(db)) {
    const where = `catalog_versions ${row.id} 第${row.revision}版`;
    const version = parseCatalogFile(where, JSON.stringify(row.content));
    if (versions.some((v) => v.id === version.id && v.revision === version.revision))
      throw new AppError('CATALOG_INVALID', `${where}: catalog/ のファイルと同じ版です。`);
    versions.push(version);
  }
  return sortCatalog(versions);
}

/** Every version in the folder, ordered by fiscal year; duplicate version/revision pairs are refused. */
export function loadCatalog(dir: string = CATALOG_DIR): CatalogVersion[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const versions = files.map((f) => parseCatalogFile(path.join(path.basename(dir), f), fs.readFileSync(path.join(dir, f), 'utf8')));
  const seen = new Map<string, string>();
  versions.forEach((v, i) => {
    const key = `${v.id}#${v.revision}`;
    const other = seen.get(key);
    if (other) throw new AppError('CATALOG_INVALID', `${files[i]}: ${v.id} 第${v.revision}版は ${other} と重複しています。`);
    seen.set(key, files[i] ?? '');
  });
  return sortCatalog(versions);
}
