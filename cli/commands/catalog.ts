// mamori catalog import FILE [--dry-run]: adds a checklist version (same format as catalog/*.json),
// validated, and prints what differs from the version it derives from. A version is never
// overwritten: a correction is the next revision. --dry-run checks and compares without storing.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../server/features/catalog/import-version.ts';
import type { WorkbookImportResult } from '../../server/features/catalog/workbook/import-workbook.ts';
import { MAX_WORKBOOK_BYTES } from '../../server/features/catalog/workbook/read-sheets.ts';
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

/**
 * mamori catalog import-workbook FILE.xlsx --fiscal-year YYYY --form institution|vendor [--dry-run] [--json]:
 * the ministry's workbook of one form, read by its shape, shown row by row beside the version it
 * replaces, stored as the next revision (assessments on provisional text move onto it).
 */
export async function catalogImportWorkbookCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values['fiscal-year'] || !values.form) {
    process.stderr.write(
      '使い方: mamori catalog import-workbook FILE.xlsx --fiscal-year 2026 --form institution|vendor [--dry-run] [--json]\n',
    );
    return 2;
  }
  const full = path.resolve(file);
  if (!fs.existsSync(full)) {
    process.stderr.write(`ファイルがありません: ${full}\n`);
    return 2;
  }
  if (fs.statSync(full).size > MAX_WORKBOOK_BYTES) {
    process.stderr.write(
      `ファイルが大きすぎます (上限 ${MAX_WORKBOOK_BYTES / 1048576} MB)。チェックリストのワークブックか確認してください。\n`,
    );
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'catalog.importWorkbook', {
    base64: fs.readFileSync(full).toString('base64'),
    file: path.basename(full),
    fiscalYear: values['fiscal-year'],
    form: values.form,
    dryRun: values['dry-run'] === true,
  })) as WorkbookImportResult;
  print(values.json, result, () => workbookText(result));
  return 0;
}

const CHANGE = { new: '新規', changed: '変更', same: '同じ' } as const;

function workbookText(r: WorkbookImportResult): string {
  const v = r.version;
  const items = r.rows.filter((row) => row.item);
  return [
    `${r.file} (sha256 ${r.sha256.slice(0, 16)}…) シート「${r.sheet}」: ${items.length} 項目を読み取りました。`,
    `→ ${v.label} (${v.id} 第${v.revision}版)${r.base ? `、元の版: ${r.base.label} 第${r.base.revision}版` : ''}`,
    ...items.map((row) => {
      const i = row.item as NonNullable<typeof row.item>;
      return `  ${String(row.row).padStart(3)} 行目 [${CHANGE[i.change]}] ${i.label}: ${i.text}`;
    }),
    ...r.dropped.map((d) => `  [削除] ${d.label}: ${d.text ?? '(文言不明)'}`),
    ...r.lines,
    r.stored ? '取り込みました。' : '確認のみ (--dry-run): 何も保存していません。',
  ].join('\n');
}
