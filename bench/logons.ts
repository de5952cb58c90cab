// Logon events at hospital scale (issue 14, 6): a Security log of 1,000,000 logon events as NXLog
// writes it (JSON lines, ~2,000 accounts, ~50 computers, 30 days) sent to a real server as the body of
// POST …/account-systems/{id}/logons, streamed from disk, read and summarised by the server as a stream;
// and a file one tenth the size, to show that the server's memory stays flat as the file grows ×10.
// Each file is sent to a freshly started server; peak memory is the server's own (VmHWM, reset just
// before the upload where the kernel allows). On PGlite and PostgreSQL.
// Target: 1,000,000 events in under 60 s and under 500 MB.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { onEachEngine } from './lib/engines.ts';
import { call } from './lib/http-client.ts';
import { type LogonFile, writeLogonFile } from './lib/logon-files.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { memoryKib, resetPeak, runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, getJson, seedWithCli, signIn } from './lib/session.ts';
import { fmt, mib } from './lib/stats.ts';
import { table } from './lib/table.ts';

export const LOGONS = {
  events: Number(process.env.BENCH_LOGON_EVENTS ?? 1_000_000),
  targetMs: 60_000,
  /** 500 MB, counted as MiB like the other benches' targets */
  targetKib: 500 * 1024,
};

export interface LogonStep {
  /** logon events written to the file */
  events: number;
  fileBytes: number;
  /** first byte sent → the whole 201 answer received */
  ms: number;
  status: number;
  /** the server's RSS just before the upload (once it held still), its peak until the last byte was
   * sent (reading the stream), and its peak until the answer (storing the summary and answering too) */
  beforeKib: number;
  sentPeakKib: number;
  peakKib: number;
  /** the answer: its size, and what the server read */
  answerKib: number;
  read: { events: number; records: number; malformed: number; accounts: number };
}

export interface LogonsEngine {
  engine: 'pglite' | 'postgres';
  detail: string;
  /** the small file first, then the full one */
  steps: LogonStep[];
  /** whether peaks are per step (clear_refs allowed) or since the server started */
  peakPerStep: boolean;
  problems: string[];
}

export interface LogonsResult {
  settings: typeof LOGONS;
  files: Omit<LogonFile, 'path'>[];
  engines: LogonsEngine[];
  skipped: string[];
}

/** how long the connection may stay silent (the server sums up after the last byte) */
const UPLOAD_TIMEOUT_MS = 15 * 60_000;

interface Answer {
  events: number;
  records: number;
  malformed: number;
  summary: { accounts: unknown[] };
}

/** POSTs the file at `file` as the request body, streamed from disk; timed to the end of the answer.
 * `onSent`: when the last byte has been handed to the connection (the server is reading the end). */
function streamUpload(
  base: string,
  urlPath: string,
  file: string,
  headers: Record<string, string>,
  onSent: () => void,
): Promise<{ status: number; body: unknown; bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      new URL(urlPath, base),
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': String(fs.statSync(file).size) },
        timeout: UPLOAD_TIMEOUT_MS,
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const json = (res.headers['content-type'] ?? '').includes('json');
          const body = json ? JSON.parse(raw.toString('utf8') || 'null') : raw.toString('utf8').slice(0, 600);
          resolve({ status: res.statusCode ?? 0, body, bytes: raw.length, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${UPLOAD_TIMEOUT_MS / 1000} s of silence`)));
    // a server that refuses the file may answer and close before the whole body is sent
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.on('finish', onSent);
    const started = performance.now();
    fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(req);
  });
}

/** Waits until the server's RSS holds still (it peaks and falls again just after the first answer). */
async function settledKib(pid: number): Promise<number> {
  let last = memoryKib(pid)?.current ?? Number.NaN;
  for (let still = 0, i = 0; still < 5 && i < 150; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = memoryKib(pid)?.current ?? Number.NaN;
    still = Math.abs(now - last) < last * 0.01 ? still + 1 : 0;
    last = now;
  }
  return last;
}

async function measureEngine(
  engine: LogonsEngine['engine'],
  env: NodeJS.ProcessEnv,
  files: LogonFile[],
  detail: string,
  log: (l: string) => void,
): Promise<LogonsEngine> {
  const dir = tempDataDir(`logons-${engine}`);
  const problems: string[] = [];
  const steps: LogonStep[] = [];
  let peakPerStep = true;
  try {
    await seedWithCli(dir, env);
    const create = ['user', 'create', '--data', dir, '--login', 'editor', '--display-name', '担当者', '--org', 'bench', '--role', 'editor'];
    await runCli([...create, '--password-stdin'], { stdin: `${BENCH_PASSWORD}\n`, env });
    let systemPath = '';
    for (const file of files) {
      // a fresh server for each file: both peaks start from the same place
      const server = await startMamori(dir, env);
      const pid = server.child.pid;
      try {
        const cookie = await signIn(server.url, 'editor', BENCH_PASSWORD);
        const { csrfToken } = await getJson<{ csrfToken: string }>(`${server.url}/api/auth/session`, cookie);
        const headers = { cookie, 'x-csrf-token': csrfToken, origin: server.url };
        if (!systemPath) {
          const orgs = await getJson<{ organizations: { id: string; slug: string }[] }>(`${server.url}/api/orgs`, cookie);
          const orgId = orgs.organizations.find((o) => o.slug === 'bench')?.id ?? '';
          const created = await call<{ id: string }>(server.url, 'POST', `/api/orgs/${orgId}/account-systems`, {
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ name: 'Windows ドメイン', source: 'directory' }),
          });
          if (created.status !== 201 && created.status !== 200)
            throw new Error(`account system: ${created.status} ${JSON.stringify(created.body).slice(0, 600)}`);
          systemPath = `/api/orgs/${orgId}/account-systems/${created.body.id}/logons`;
        }
        log(`  ${engine}: ${file.logonEvents} logon events (${fmt(file.bytes / 1048576, 0)} MiB) streamed to the server…`);
        const beforeKib = await settledKib(pid);
        peakPerStep = resetPeak(pid) && peakPerStep;
        let sentPeakKib = Number.NaN;
        const query = `?fileName=${encodeURIComponent(path.basename(file.path))}`;
        const res = await streamUpload(server.url, `${systemPath}${query}`, file.path, headers, () => {
          sentPeakKib = memoryKib(pid)?.peak ?? Number.NaN;
        });
        const peakKib = memoryKib(pid)?.peak ?? Number.NaN;
        const body = (res.status === 201 ? res.body : undefined) as Answer | undefined;
        if (!body) problems.push(`${file.logonEvents} events: ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
        else {
          if (body.events !== file.logonEvents) problems.push(`${file.logonEvents} events written, the server read ${body.events}`);
          if (body.records !== file.lines) problems.push(`${file.lines} lines written, the server read ${body.records} records`);
          if (body.malformed !== 0) problems.push(`${body.malformed} records malformed in a well-formed file`);
        }
        log(`  ${engine}: ${res.status} after ${fmt(res.ms / 1000, 1)} s, server peak ${mib(peakKib)} MiB`);
        steps.push({
          events: file.logonEvents,
          fileBytes: file.bytes,
          ms: res.ms,
          status: res.status,
          beforeKib,
          sentPeakKib,
          peakKib,
          answerKib: res.bytes / 1024,
          read: {
            events: body?.events ?? Number.NaN,
            records: body?.records ?? Number.NaN,
            malformed: body?.malformed ?? Number.NaN,
            accounts: body?.summary.accounts.length ?? Number.NaN,
          },
        });
      } finally {
        problems.push(...(await stopMamori(server, dir)));
      }
    }
    return { engine, detail, steps, peakPerStep, problems };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLogons(log: (line: string) => void): Promise<LogonsResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-logons-files-'));
  try {
    const files: LogonFile[] = [];
    for (const n of [Math.round(LOGONS.events / 10), LOGONS.events]) {
      log(`logons: writing an NXLog file of ${n} logon events…`);
      files.push(await writeLogonFile(path.join(folder, `Security-${n}.json`), n));
    }
    const result: LogonsResult = { settings: LOGONS, files: files.map(({ path: _, ...f }) => f), engines: [], skipped: [] };
    await onEachEngine(result, (engine, env, version) => measureEngine(engine, env, files, version, log));
    return result;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function printLogons(r: LogonsResult, out: (line: string) => void): void {
  const f = r.files[r.files.length - 1];
  if (f) {
    const ids = Object.entries(f.byEventId)
      .map(([id, n]) => `${id}: ${n}`)
      .join(', ');
    out(
      `Logon events: NXLog JSON lines of ${f.logonEvents} logon events (${ids}; 4688 not a logon) over ${fmt(f.days, 0)} days, ${f.accounts} accounts, ${f.computers} computers, ${f.sources} source addresses, ${f.bursts} failure bursts; and one tenth of it`,
    );
  }
  out('  streamed from disk as the body of one POST into a fresh server (loopback); time = first byte sent → whole 201 answer');
  out(
    '  RSS before = the server once still, signed in; peak while sent = until the last byte left (reading); server peak = until the answer (storing, answering)',
  );
  const goal = (s: LogonStep) =>
    s.events < r.settings.events
      ? ''
      : `${s.ms < r.settings.targetMs && s.peakKib < r.settings.targetKib ? 'ok' : 'MISSED'} < ${r.settings.targetMs / 1000} s and < 500 MB`;
  out(
    table(
      [
        'engine',
        'events',
        'file MiB',
        'seconds',
        'events/s',
        'RSS before MiB',
        'peak while sent MiB',
        'server peak MiB',
        'peak − before MiB',
        'accounts',
        'answer KiB',
        'goal',
      ],
      r.engines.flatMap((e) =>
        e.steps.map((s) => [
          e.engine,
          String(s.events),
          fmt(s.fileBytes / 1048576, 1),
          fmt(s.ms / 1000, 1),
          fmt(s.events / (s.ms / 1000), 0),
          mib(s.beforeKib),
          mib(s.sentPeakKib),
          mib(s.peakKib),
          mib(s.peakKib - s.beforeKib),
          String(s.read.accounts),
          fmt(s.answerKib, 0),
          goal(s),
        ]),
      ),
    ),
  );
  for (const e of r.engines) {
    const [small, full] = e.steps;
    const flat =
      small && full
        ? `peak ${mib(full.peakKib)} ÷ ${mib(small.peakKib)} MiB = ×${fmt(full.peakKib / small.peakKib, 2)} for a file ×${fmt(full.fileBytes / small.fileBytes, 1)}; above the RSS before, while sent +${mib(small.sentPeakKib - small.beforeKib)} → +${mib(full.sentPeakKib - full.beforeKib)} MiB, in all +${mib(small.peakKib - small.beforeKib)} → +${mib(full.peakKib - full.beforeKib)} MiB`
        : 'flatness not measured';
    out(`  ${e.engine}: ${e.detail}; memory ${flat}${e.peakPerStep ? '' : ' (peaks since the start: clear_refs refused)'}`);
    for (const p of e.problems) out(`    problem: ${p}`);
  }
  for (const s of r.skipped) out(`  ${s}`);
}
