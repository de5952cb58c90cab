// A throwaway PostgreSQL 15 cluster on loopback for the API benchmark: initdb in a temp folder,
// pg_ctl start on a free port, and stop + remove afterwards. As root it runs as the postgres user.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, HOST } from './net.ts';

const BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** BENCH_PG_STATEMENTS=1: where the database's time went, per statement (pg_stat_statements), written on stop */
const STATEMENTS = process.env.BENCH_PG_STATEMENTS
  ? path.resolve(import.meta.dirname, '..', '..', '.test-artifacts', 'bench-pg-statements.txt')
  : '';
const TOP_STATEMENTS = `select calls, round(total_exec_time::numeric) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
  rows / greatest(calls, 1) as rows_per_call, left(regexp_replace(query, '\\s+', ' ', 'g'), 1200) as query
  from pg_stat_statements order by total_exec_time desc limit 30`;

export interface PgCluster {
  url: string;
  version: string;
  stop(): Promise<void>;
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** Runs a PostgreSQL binary, through `su postgres` when we are root (initdb refuses root). */
function pgRun(bin: string, args: string[]): string {
  const exe = path.join(BIN, bin);
  if (process.getuid?.() === 0) {
    const cmd = [exe, ...args].map(quote).join(' ');
    return execFileSync('su', ['postgres', '-c', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
  return execFileSync(exe, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Why PostgreSQL cannot be used here, or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (!fs.existsSync(path.join(BIN, 'initdb')) || !fs.existsSync(path.join(BIN, 'pg_ctl'))) {
    return `PostgreSQL 15 not found in ${BIN} (install the postgresql package, or set BENCH_PG_BIN)`;
  }
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root but there is no postgres user to run initdb as';
    }
  }
  return undefined;
}

function writeStatements(port: number): void {
  const psql = (sql: string) =>
    execFileSync(path.join(BIN, 'psql'), ['-h', HOST, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql], {
      encoding: 'utf8',
    });
  try {
    psql('create extension if not exists pg_stat_statements');
    fs.mkdirSync(path.dirname(STATEMENTS), { recursive: true });
    fs.writeFileSync(STATEMENTS, psql(TOP_STATEMENTS));
    process.stderr.write(`statements by total time: ${STATEMENTS}\n`);
  } catch (err) {
    process.stderr.write(`could not read pg_stat_statements: ${(err as Error).message}\n`);
  }
}

export async function startPostgres(): Promise<PgCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  let started = false;
  const stopSync = () => {
    try {
      if (started && STATEMENTS) writeStatements(port);
      if (started) pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch (err) {
      process.stderr.write(`could not stop the bench PostgreSQL in ${data}: ${(err as Error).message}\n`);
    } finally {
      started = false;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  // Interrupted (Ctrl-C): stop the cluster anyway; try/finally does not run on a signal.
  const onSignal = (signal: NodeJS.Signals) => {
    stopSync();
    process.kill(process.pid, signal);
  };
  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stopSync();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    const statements = STATEMENTS ? ' -c shared_preload_libraries=pg_stat_statements' : '';
    const opts = `-c listen_addresses=${HOST} -p ${port} -k ${dir} -c fsync=off${statements}`;
    started = true; // from here on, stop even when the start itself fails half-way
    pgRun('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
    const version = pgRun('postgres', ['--version']).trim();
    return { url: `postgres://postgres@${HOST}:${port}/postgres`, version, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
