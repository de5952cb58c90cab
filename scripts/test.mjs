#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: builds the web UI (the e2e tier serves it), starts a
// throwaway PostgreSQL 15+ cluster on loopback for the db-postgres tier, runs every Vitest project,
// and ends with the plain line "N passed, N failed" (CI reads it).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(root, '.test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const extraArgs = process.argv.slice(2);

function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .map(Number)
    .filter((v) => v >= 15)
    .sort((a, b) => b - a);
  return versions.length ? path.join(base, String(versions[0]), 'bin') : undefined;
}

function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop() {} };
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL >= 15 is not installed (apt-get install postgresql): the db-postgres tier needs it');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-pg-'));
  const port = String(55000 + Math.floor(Math.random() * 1000));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    if (asRoot) {
      execFileSync('chown', ['-R', 'postgres', dir]);
      execFileSync('su', ['postgres', '-c', [cmd, ...args].map((a) => `'${a}'`).join(' ')], { stdio: 'pipe' });
    } else execFileSync(cmd, args, { stdio: 'pipe' });
  };
  run(path.join(bin, 'initdb'), ['-D', `${dir}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    `${dir}/data`,
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
    '-l',
    `${dir}/log`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const step = (label, cmd, args, env = {}) => {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

// Static checks first: the import boundaries between domain/, server/, web/ and cli/ are lint rules.
let staticFailures = 0;
staticFailures += step('typecheck (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) === 0 ? 0 : 1;
staticFailures += step('lint and import boundaries (biome)', 'npx', ['biome', 'check', '.']) === 0 ? 0 : 1;

let status = step('build web UI', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
if (status !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const pgServer = startPostgres();
const report = path.join(artifacts, 'vitest-report.json');
fs.rmSync(report, { force: true });
try {
  status = step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs], {
    TEST_DATABASE_URL: pgServer.url,
    TZ: 'Asia/Tokyo',
  });
} finally {
  pgServer.stop();
}

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed =
    json.numFailedTests +
    (json.numRuntimeErrors ?? 0) +
    (json.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed = Math.max(failed, 1);
}
if (status !== 0 && failed === 0) failed = 1;
failed += staticFailures;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
