// mamori export --org SLUG --fiscal-year YYYY --format csv|xlsx|pdf|pack
//   [--form institution|pharmacy|vendor] [--vendor NAME] [--encoding utf8|cp932] --out FILE
// One form of the year in the official layout (CSV, xlsx, A4 PDF), or the inspection pack: every
// form of the year and the 連絡体制図 in one PDF. PDFs are made with headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

const FORMATS = ['csv', 'xlsx', 'pdf', 'pack'];

export async function exportCommand(values: CliValues): Promise<number> {
  const format = values.format ?? 'csv';
  if (!FORMATS.includes(format)) {
    process.stderr.write(`--format は ${FORMATS.join(' / ')} のいずれかです (${format} は使えません)。\n`);
    return 2;
  }
  if (!values.out || !values.org || !values['fiscal-year']) {
    process.stderr.write(`使い方: mamori export --org SLUG --fiscal-year YYYY --format ${FORMATS.join('|')} --out FILE\n`);
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
