// mamori import devices FILE --org SLUG [--format csv|xlsx|nmap|glpi] [--encoding auto|utf8|cp932] [--sheet NAME]
//   [--dry-run] [--skip-invalid] [--json]: the 機器台帳 from a file, all or nothing (exit 1 and nothing
//   written when any row is rejected, unless --skip-invalid); cells taken from an .xlsx formula's saved
//   result are printed as 注意 lines.
// mamori export devices|connections --org SLUG --format csv|xlsx [--encoding cp932] --out FILE
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../server/lib/errors.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

interface Report {
  stored: boolean;
  encoding: string | null;
  sheet: string | null;
  headerRow: number;
  columns: { header: string; key: string | null }[];
  summary: { created: number; updated: number; unchanged: number; rejected: number };
  rejected: { row: number; column: string | null; message: string }[];
  /** cells taken from an .xlsx formula's saved result */
  warnings?: { row: number; column: string | null; message: string }[];
}

const rejectedLines = (rows: Report['rejected']) => rows.map((r) => `  ${r.row} 行目${r.column ? ` [${r.column}]` : ''}: ${r.message}`);
const warningLines = (rows: Report['warnings'] = []) =>
  rows.map((w) => `  注意: ${w.row} 行目${w.column ? ` [${w.column}]` : ''}: ${w.message}`);

export async function importDevicesCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const file = positionals[0];
  if (!file || !values.org) {
    process.stderr.write(
      '使い方: mamori import devices FILE --org SLUG [--format csv|xlsx] [--encoding auto|utf8|cp932] [--dry-run] [--skip-invalid]\n',
    );
    return 2;
  }
  const bytes = fs.readFileSync(path.resolve(file));
  const args = {
    org: values.org,
    fileName: path.basename(file),
    base64: bytes.toString('base64'),
    format: values.format,
    encoding: values.encoding ?? 'auto',
    sheet: values.sheet,
    dryRun: values['dry-run'],
    skipInvalid: values['skip-invalid'],
  };
  let report: Report;
  try {
    const result = (await runOperation(configFrom(values), 'devices.import', args)) as Report | ScanReport;
    if ('candidates' in result) return printScan(values, result);
    report = result;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'IMPORT_ROWS_INVALID') throw err;
    const rejected = (err.details?.rejected ?? []) as Report['rejected'];
    const warnings = ((err.details?.report as Report | undefined)?.warnings ?? []) as Report['warnings'];
    print(values.json, { stored: false, error: err.message, rejected, warnings }, () =>
      [`${err.message}`, ...rejectedLines(rejected), ...warningLines(warnings)].join('\n'),
    );
    return 1;
  }
  const s = report.summary;
  print(values.json, report, () =>
    [
      `${report.stored ? '取り込みました' : '取り込んだ場合 (まだ書き込んでいません)'}: 追加 ${s.created} / 更新 ${s.updated} / 変更なし ${s.unchanged} / 取り込めない行 ${s.rejected}`,
      `  文字コード ${report.encoding ?? '-'}${report.sheet ? `、シート ${report.sheet}` : ''}、見出し ${report.headerRow} 行目`,
      `  列: ${report.columns.map((c) => `${c.header}→${c.key ?? '(使わない)'}`).join(', ')}`,
      ...rejectedLines(report.rejected),
      ...warningLines(report.warnings),
    ].join('\n'),
  );
  return s.rejected > 0 && !values['skip-invalid'] ? 1 : 0;
}

interface ScanReport {
  stored: boolean;
  hosts: number;
  created: number;
  updated: number;
  candidates: { values: { ipAddress: string; hostname: string; os: string }; match: { label: string } | null; exposures: string[] }[];
}

function printScan(values: CliValues, r: ScanReport): number {
  print(values.json, r, () =>
    [
      r.stored
        ? `取り込みました: 追加 ${r.created} / 既存の機器に補完 ${r.updated}`
        : `候補 ${r.candidates.length} 件 (まだ書き込んでいません)`,
      ...r.candidates.map(
        (c) =>
          `  ${c.values.ipAddress} ${c.values.hostname} ${c.values.os}${c.match ? ` → 既存: ${c.match.label}` : ' → 新規'}${c.exposures.map((e) => `\n    ! ${e}`).join('')}`,
      ),
    ].join('\n'),
  );
  return 0;
}

export const exportDevicesCommand = (values: CliValues) => exportLedger(values, 'devices');
export const exportConnectionsCommand = (values: CliValues) => exportLedger(values, 'connections');

async function exportLedger(values: CliValues, ledger: 'devices' | 'connections'): Promise<number> {
  const format = values.format ?? 'csv';
  if (!values.org || !values.out || !['csv', 'xlsx'].includes(format)) {
    process.stderr.write(`使い方: mamori export ${ledger} --org SLUG --format csv|xlsx [--encoding cp932] --out FILE\n`);
    return 2;
  }
  const result = (await runOperation(configFrom(values), `${ledger}.export`, { org: values.org, format, encoding: values.encoding })) as {
    fileName: string;
    base64: string;
  };
  const out = path.resolve(values.out);
  fs.writeFileSync(out, Buffer.from(result.base64, 'base64'));
  print(values.json, { file: out, name: result.fileName }, () => `${result.fileName} を ${out} に書き出しました。`);
  return 0;
}
