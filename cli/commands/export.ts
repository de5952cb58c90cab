// mamori export --org SLUG --fiscal-year YYYY --format csv|xlsx|pdf|pack
//   [--form institution|pharmacy|vendor] [--vendor NAME] [--encoding utf8|cp932] --out FILE
// mamori export --org SLUG --format emergency-card --out FILE.pdf
// One form of the year in the official layout (CSV, xlsx, A4 PDF), the inspection pack: every
// form of the year and the 連絡体制図 in one PDF, or the 緊急時カード (first steps and whom to call, one
// A4 page, to print in advance). PDFs are made with headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, YEARLESS_FORMATS } from '../../server/features/outputs/export-year.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

const FORMATS: readonly string[] = EXPORT_FORMATS;
const YEARLESS: readonly string[] = YEARLESS_FORMATS;

export async function exportCommand(values: CliValues): Promise<number> {
  const format = values.format ?? 'csv';
  if (!FORMATS.includes(format)) {
    process.stderr.write(`--format は ${FORMATS.join(' / ')} のいずれかです (${format} は使えません)。\n`);
    return 2;
  }
  if (!values.out || !values.org || (!values['fiscal-year'] && !YEARLESS.includes(format))) {
    process.stderr.write(
      `使い方: mamori export --org SLUG --fiscal-year YYYY --format ${FORMATS.filter((f) => !YEARLESS.includes(f)).join('|')} --out FILE\n` +
        '       mamori export --org SLUG --format emergency-card --out FILE.pdf\n',
    );
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'export', {
    org: values.org,
    fiscalYear: values['fiscal-year'],
    format,
    form: values.form ?? 'institution',
    vendor: values.vendor,
    encoding: values.encoding === 'cp932' || values.encoding === 'sjis' ? 'cp932' : 'utf8',
  })) as { fileName: string; base64: string };
  const out = path.resolve(values.out);
  fs.writeFileSync(out, Buffer.from(result.base64, 'base64'));
  print(values.json, { file: out, name: result.fileName }, () => `${result.fileName} を ${out} に書き出しました。`);
  return 0;
}
