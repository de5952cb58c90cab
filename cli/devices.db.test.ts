// `mamori import devices` / `mamori export devices` as a user runs them on an embedded data folder.
// PGlite only (each spawn opens the folder, ~3 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp932, csvText, ledgerXlsx, MANUAL_HEADERS, MANUAL_ROWS } from '../server/features/devices/ledger-files.test-helpers.ts';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';

describe.skipIf(testEngine() !== 'pglite')('mamori import / export devices', () => {
  let dir: string;
  let data: string;
  const file = (name: string, bytes: Uint8Array) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-devices-'));
    data = path.join(dir, 'data');
    const org = await runCli(['org', 'create', '--data', data, '--slug', 'tsubaki', '--name', 'つばき医院', '--kind', 'clinic']);
    expect(org.code, org.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file with a bad row (exit 1, the row named, nothing written), then imports with --skip-invalid', async () => {
    const bad = file(
      'bad.csv',
      cp932(csvText([MANUAL_HEADERS, ...MANUAL_ROWS, ['X-9', '', '', '', '', '10.0.0.256', 'x9', '', '', '', '', '']])),
    );
    const refused = await runCli(['import', 'devices', bad, '--org', 'tsubaki', '--data', data]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('5 行目 [IPアドレス]: IPアドレス: 10.0.0.256 は IPv4 アドレスとして正しくありません');
    const preview = await runCli(['import', 'devices', bad, '--org', 'tsubaki', '--data', data, '--dry-run', '--skip-invalid', '--json']);
    expect(JSON.parse(preview.stdout)).toMatchObject({ stored: false, encoding: 'cp932', summary: { created: 3, rejected: 1 } });
    const done = await runCli(['import', 'devices', bad, '--org', 'tsubaki', '--data', data, '--skip-invalid']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('取り込みました: 追加 3 / 更新 0 / 変更なし 0 / 取り込めない行 1');
  });

  it('prints each .xlsx formula cell whose saved result it takes, naming the cell', async () => {
    const rows = [['F-1', '', 'Win10', '', '', '', 'f1', '', '', '', { formula: 'IF(1,"予備","")', result: '予備' }, '']];
    const xlsx = file('formula.xlsx', await ledgerXlsx(rows));
    const res = await runCli(['import', 'devices', xlsx, '--org', 'tsubaki', '--data', data, '--dry-run']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('注意: 3 行目 [状態]: K3 は数式です。計算結果の値「予備」を取り込みました (=IF(1,"予備",""))');
  });

  it('exports the ledger as .xlsx that exceljs reads', async () => {
    const out = path.join(dir, 'ledger.xlsx');
    const res = await runCli(['export', 'devices', '--org', 'tsubaki', '--format', 'xlsx', '--out', out, '--data', data]);
    expect(res.code, res.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values = book.getWorksheet('機器台帳')?.getColumn(1).values ?? [];
    expect(values.slice(1)).toEqual(['管理番号', 'NW-001', 'PC-001', 'SV-001']);
  });
});
