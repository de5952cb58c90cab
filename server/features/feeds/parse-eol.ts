// endoflife.date data: product files (YAML front matter of products/*.md, one file or a folder of
// them) or the API v1 JSON (one product, or the /products/full dump). Each product becomes its
// cycles with the support dates; anything else in the file is not kept.
import { parse as parseYaml } from 'yaml';
import type { EolCycle, EolProduct } from '../../../domain/findings/feeds.ts';
import { firstUnstorableField, unstorableIn } from '../../../domain/storable-text.ts';
import { AppError } from '../../lib/errors.ts';

const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', `endoflife.date: ${message}`, { fields: [{ field: 'eol', message }] });
type Obj = Record<string, unknown>;
const str = (v: unknown): string | null =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? String(v) : null;
const dateOrBool = (v: unknown): string | boolean | null => (typeof v === 'boolean' ? v : str(v));

/** One products/<name>.md file: its YAML front matter. */
export function parseProductFile(name: string, text: string): EolProduct {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!m) throw bad(`${name}: 先頭に YAML の front matter (--- … ---) がありません`);
  let fm: Obj;
  try {
    fm = parseYaml(m[1] ?? '', { maxAliasCount: 100 }) as Obj;
  } catch (err) {
    throw bad(`${name}: YAML として読めません (${(err as Error).message.slice(0, 120)})`);
  }
  const unstorable = firstUnstorableField(fm);
  if (unstorable !== null) throw bad(`${name}: ${unstorableIn(unstorable)}`);
  const releases = Array.isArray(fm.releases) ? (fm.releases as Obj[]) : null;
  if (!fm || !releases) throw bad(`${name}: releases がありません`);
  const cycles: EolCycle[] = releases.map((r) => ({
    cycle: str(r.releaseCycle) ?? '',
    label: str(r.releaseLabel) ?? str(r.releaseCycle) ?? '',
    releaseDate: str(r.releaseDate),
    eol: dateOrBool(r.eol) ?? false,
    eoas: dateOrBool(r.eoas),
    eoes: dateOrBool(r.eoes),
    latest: str(r.latest),
  }));
  if (cycles.some((c) => !c.cycle)) throw bad(`${name}: releaseCycle のないリリースがあります`);
  const cpes = (Array.isArray(fm.identifiers) ? (fm.identifiers as Obj[]) : []).map((i) => str(i.cpe)).filter((c): c is string => !!c);
  return { product: name.replace(/\.md$/i, '').replace(/^.*\//, ''), label: str(fm.title) ?? name, cpes, cycles };
}

/** The API v1 ProductDetails shape. */
function fromApi(p: Obj): EolProduct {
  const releases = Array.isArray(p.releases) ? (p.releases as Obj[]) : [];
  return {
    product: str(p.name) ?? '',
    label: str(p.label) ?? str(p.name) ?? '',
    cpes: (Array.isArray(p.identifiers) ? (p.identifiers as Obj[]) : []).filter((i) => i.type === 'cpe').map((i) => str(i.id) ?? ''),
    cycles: releases.map((r) => ({
      cycle: str(r.name) ?? '',
      label: str(r.label) ?? str(r.name) ?? '',
      releaseDate: str(r.releaseDate),
      eol: r.isEol === true ? (str(r.eolFrom) ?? true) : (str(r.eolFrom) ?? false),
      eoas: r.isEoas === true ? (str(r.eoasFrom) ?? true) : str(r.eoasFrom),
      eoes: r.isEoes === true ? (str(r.eoesFrom) ?? true) : str(r.eoesFrom),
      latest: str((r.latest as Obj | null)?.name),
    })),
  };
}

/** An API v1 JSON file: {result: ProductDetails} or {result: ProductDetails[]} (products/full). */
export function parseEolJson(name: string, text: string): EolProduct[] {
  let json: Obj;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw bad(`${name}: JSON として読めません (${(err as Error).message.slice(0, 120)})`);
  }
  const at = firstUnstorableField(json);
  if (at !== null) throw bad(`${name}: ${unstorableIn(at)}`);
  const result = json?.result;
  const list = Array.isArray(result) ? (result as Obj[]) : result && typeof result === 'object' ? [result as Obj] : null;
  if (!list || !('schema_version' in json))
    throw bad(`${name}: endoflife.date API v1 の形式ではありません (schema_version と result が必要です)`);
  const products = list.map(fromApi).filter((p) => p.product && p.cycles.length);
  if (products.length === 0) throw bad(`${name}: 製品が 0 件です`);
  return products;
}
