// mamori catalog import FILE [--dry-run]: adds a checklist version (same format as catalog/*.json),
// validated, and prints what differs from the version it derives from. A version is never
// overwritten: a correction is the next revision. --dry-run checks and compares without storing.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../server/features/catalog/import-version.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

const MAX_BYTES = 5 * 1024 * 1024;

export async function catalogImportCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    process.stderr.write('取り込むファイルを 1 つ指定してください: mamori catalog import FILE [--dry-run]\n');
    return 2;
  }
  const full = path.resolve(file);
  const size = fs.existsSync(full) ? fs.statSync(full).size : -1;
  if (size < 0) {
    process.stderr.write(`ファイルがありません: ${full}\n`);
    return 2;
  }
  if (size > MAX_BYTES) {
    process.stderr.write(`ファイルが大きすぎます (${size} バイト、上限 ${MAX_BYTES})。チェックリストの版のファイルか確認してください。\n`);
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'catalog.import', {
    text: fs.readFileSync(full, 'utf8'),
    file: path.basename(full),
    dryRun: values['dry-run'] === true,
  })) as ImportResult;
  const v = result.version;
  print(values.json, result, () =>
    [
      `${v.label} (${v.id} 第${v.revision}版, ${v.forms.map((f) => `${f.label} ${f.items} 項目`).join('、')})`,
      ...result.lines,
      result.stored ? '取り込みました。新しく始める回答からこの版を使います。' : '確認のみ (--dry-run): 何も保存していません。',
    ].join('\n'),
  );
  return 0;
}
