// The 機器台帳 at hospital scale: import of a 50,000-row CP932 CSV and of the same rows as .xlsx, on
// PGlite and PostgreSQL — total time, peak memory, and the ratio to parsing alone (same file, same run)
// — then the server time of ledger pages and searches at 20,000 rows. Each step runs in its own
// process (bench/ledger-child.ts) so that its peak RSS is its own.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { cp932Csv, ledgerRows, ledgerXlsx } from './lib/ledger-files.ts';
import { tempDataDir } from './lib/mamori.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { ROOT, runCli } from './lib/proc.ts';

const run = promisify(execFile);
export const LEDGER = {
  importRows: Number(process.env.BENCH_LEDGER_ROWS ?? 50_000),
  listRows: Number(process.env.BENCH_LIST_ROWS ?? 20_000),
};

export interface StepResult {
  ms: number;
  peakKib: number;
  openedKib?: number;
}

export interface LedgerEngine {
  engine: 'pglite' | 'postgres';
  imports: { format: 'csv' | 'xlsx'; bytes: number; parse: StepResult; import: StepResult; summary: unknown }[];
  list: { rows: number; importMs: number; timings: Record<string, { median: number; max: number; total: number }> };
}

export interface LedgerResult {
  settings: typeof LEDGER;
  engines: LedgerEngine[];
  skipped: string[];
}

async function child(args: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const { stdout } = await run(tsx, [path.join(ROOT, 'bench', 'ledger-child.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((err: { stderr?: string }) => {
    // the first lines say what went wrong; the rest (a rejected-row list) is not for the console
    throw new Error(`ledger-child ${args[0]} failed: ${(err.stderr ?? String(err)).split('\n').slice(0, 8).join('\n')}`);
  });
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line);
}

async function engineRun(
  engine: 'pglite' | 'postgres',
  files: Record<'csv' | 'xlsx' | 'list', string>,
  env: NodeJS.ProcessEnv,
  data: string[],
  log: (s: string) => void,
): Promise<LedgerEngine> {
  const imports: LedgerEngine['imports'] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    log(`  ${engine} ${format}: parse alone…`);
    const parse = await child(['parse', files[format], format], env);
    log(`  ${engine} ${format}: import…`);
    const imported = await child(['import', files[format], format, ...data], env);
    imports.push({
      format,
      bytes: fs.statSync(files[format]).size,
      parse: { ms: Number(parse.ms), peakKib: Number(parse.peakKib) },
      import: { ms: Number(imported.ms), peakKib: Number(imported.peakKib), openedKib: Number(imported.openedKib) },
      summary: imported.summary,
    });
  }
  log(`  ${engine}: list and search at ${LEDGER.listRows} rows…`);
  const list = await child(['list', files.list, 'csv', ...data], env);
  return { engine, imports, list: list as unknown as LedgerEngine['list'] };
}

export async function runLedger(log: (s: string) => void): Promise<LedgerResult> {
  const dir = tempDataDir('ledger');
  const skipped: string[] = [];
  try {
    log(`Ledger: writing ${LEDGER.importRows} rows as CP932 CSV and .xlsx, and ${LEDGER.listRows} rows for the list…`);
    const rows = ledgerRows(LEDGER.importRows);
    const files = { csv: path.join(dir, 'ledger.csv'), xlsx: path.join(dir, 'ledger.xlsx'), list: path.join(dir, 'list.csv') };
    fs.writeFileSync(files.csv, cp932Csv(rows));
    fs.writeFileSync(files.xlsx, await ledgerXlsx(rows));
    fs.writeFileSync(files.list, cp932Csv(ledgerRows(LEDGER.listRows)));
    const engines: LedgerEngine[] = [];
    // PGlite: one data folder, created once (initdb is not what is measured)
    const data = path.join(dir, 'data');
    await runCli(['org', 'create', '--slug', 'bench-setup', '--name', 'setup', '--kind', 'clinic', '--data', data], {
      env: { DATABASE_URL: '', MAMORI_MAX_UPLOAD_MB: '200' },
    });
    engines.push(await engineRun('pglite', files, { DATABASE_URL: '', MAMORI_MAX_UPLOAD_MB: '200' }, ['--data', data], log));
    const why = postgresUnavailable();
    if (why) skipped.push(`PostgreSQL skipped: ${why}`);
    else {
      const pg = await startPostgres();
      try {
        engines.push(await engineRun('postgres', files, { DATABASE_URL: pg.url, MAMORI_MAX_UPLOAD_MB: '200' }, [], log));
      } finally {
        await pg.stop();
      }
    }
    return { settings: LEDGER, engines, skipped };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
