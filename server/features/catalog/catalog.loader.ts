// Loads the checklist versions shipped in catalog/*.json at start-up. A broken file stops the start
// with the file and item named: regulatory content must not be silently skipped.
import fs from 'node:fs';
import path from 'node:path';
import { type CatalogVersion, checkCatalog } from '../../../domain/catalog/schema.ts';
import { AppError } from '../../lib/errors.ts';

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
  return versions.sort((a, b) => a.fiscalYear - b.fiscalYear || a.revision - b.revision);
}
