// Loads Mamori's own per-item help (catalog/help/ja.json) at start-up and checks it against the loaded
// checklist versions. A broken file stops the start naming the topic and field, like the catalog.
// The help is Mamori's explanation, never the ministry's wording: `notice` says so wherever it is shown.
import fs from 'node:fs';
import path from 'node:path';
import { checkHelp, type HelpTopic, type ItemHelp, lookupHelp } from '../../../domain/catalog/help-schema.ts';
import type { FormKind } from '../../../domain/catalog/labels.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { CATALOG_DIR } from './catalog.loader.ts';

export const HELP_DIR = path.join(CATALOG_DIR, 'help');

export interface HelpIndex {
  language: string;
  /** 「Mamori による解説です。…」: show it with every piece of help */
  notice: string;
  topics: HelpTopic[];
  /** The help for an item of a version (and form; without one, the first form that has it), or null. */
  helpFor(versionId: string, itemId: string, form?: FormKind): ItemHelp | null;
}

export function parseHelpFile(file: string, text: string, catalog: CatalogVersion[]): HelpIndex {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AppError('CATALOG_INVALID', `${file}: JSON として読めません (${(err as Error).message})`, { details: { file } });
  }
  const result = checkHelp(json, catalog);
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `${file}: ${p.where}: ${p.message}`);
    throw new AppError('CATALOG_INVALID', `チェックリストの解説データに誤りがあります。\n${lines.join('\n')}`, {
      details: { file, problems: result.problems },
    });
  }
  const { help, index } = result;
  return {
    language: help.language,
    notice: help.notice,
    topics: help.topics,
    helpFor: (versionId, itemId, form) => lookupHelp(index, versionId, itemId, form),
  };
}

/** The Japanese help, validated against the given catalog versions. */
export function loadHelp(catalog: CatalogVersion[], dir: string = HELP_DIR): HelpIndex {
  const name = path.join(path.basename(dir), 'ja.json');
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, 'ja.json'), 'utf8');
  } catch (err) {
    throw new AppError('CATALOG_INVALID', `${name}: 読めません (${(err as Error).message})`, { details: { file: name } });
  }
  return parseHelpFile(name, text, catalog);
}
