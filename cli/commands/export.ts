// mamori export --org SLUG --fiscal-year YYYY --format csv [--form institution|pharmacy|vendor]
//   [--vendor NAME] [--encoding utf8|cp932] --out FILE
// CSV in the official columns. The A4 PDF, .xlsx and the inspection pack are not built yet and are
// refused with that said plainly.
import fs from 'node:fs';
import path from 'node:path';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function exportCommand(values: CliValues): Promise<number> {
  const format = values.format ?? 'csv';
  if (format !== 'csv') {
    process.stderr.write(`--format ${format} はまだ使えません (今後のリリースで提供します)。いまは --format csv だけです。\n`);
    return 2;
  }
  if (!values.out || !values.org || !values['fiscal-year']) {
    process.stderr.write('使い方: mamori export --org SLUG --fiscal-year YYYY --format csv --out FILE\n');
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'export.csv', {
    org: values.org,
    fiscalYear: values['fiscal-year'],
    form: values.form ?? 'institution',
    vendor: values.vendor,
    encoding: values.encoding === 'cp932' || values.encoding === 'sjis' ? 'cp932' : 'utf8',
  })) as { fileName: string; base64: string };
  const out = path.resolve(values.out);
  fs.writeFileSync(out, Buffer.from(result.base64, 'base64'));
  print(values.json, { file: out, name: result.fileName }, () => `${result.fileName} を ${out} に書き出しました。`);
  return 0;
}
