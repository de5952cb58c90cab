// The 利用者台帳 at hospital scale (issue 14): an Active Directory export of 20,000 accounts as Windows
// PowerShell 5.1 writes it on a Japanese domain controller (UTF-16LE, #TYPE line) imported over HTTP
// into a real server — previewed (dryRun=1), imported, imported again unchanged — then personnel's
// leavers list (2,000 people, CP932) matched against it, and the two pages that read every account
// (the findings and the system's accounts) timed with the accounts in place. On PGlite and PostgreSQL.
// Peak memory is the server's own (VmHWM, reset before each step where the kernel allows).
// Target: 20,000 accounts imported in under 10 s.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { readAdExport } from '../domain/accounts/ad-export.ts';
import { readTable, textRows } from '../server/features/imports/tabular.ts';
import { adExport, adExportFile, leaversCsv } from './lib/ad-files.ts';
import { onEachEngine } from './lib/engines.ts';
import { multipart, type Reply, Session } from './lib/http-client.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { memoryKib, resetPeak, runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, seedWithCli } from './lib/session.ts';
import { fmt, median, mib, percentile } from './lib/stats.ts';
import { table } from './lib/table.ts';

export const ACCOUNTS = {
  accounts: Number(process.env.BENCH_ACCOUNTS ?? 20_000),
  leavers: Number(process.env.BENCH_LEAVERS ?? 2_000),
  /** measured GETs of each page (after one unmeasured first request) */
  requests: Number(process.env.BENCH_ACCOUNT_REQUESTS ?? 10),
  targetMs: 10_000,
};

type Summary = { create: number; update: number; unchanged: number; notInFile: number };
export interface Step {
  ms: number;
  /** the server's peak RSS during the step (since the start when the peak could not be reset) */
  peakKib: number;
  summary: Summary;
}
export interface PageTiming {
  n: number;
  firstMs: number;
  p50: number;
  p95: number;
  max: number;
  /** the response body, KiB of JSON */
  kib: number;
  peakKib: number;
}

export interface AccountsEngine {
  engine: 'pglite' | 'postgres';
  detail: string;
  /** the same file decoded and read alone in the bench's own process, just before (median of 3): this run's yardstick */
  parseMs: number;
  preview: Step & { kinds: Record<string, number> };
  import: Step;
  reimport: Step;
  leaversPreview: Step & { byEmployeeId: number; byName: number; stillEnabled: number };
  leavers: Step;
  findings: PageTiming & { total: number; listed: number; accountFindings: number };
  accounts: PageTiming & { listed: number };
  /** RSS when the server first answered, and when signed in with the system registered, before any file */
  startKib: number;
  readyKib: number;
  /** peak since the server started, and RSS at the end */
  serverPeakKib: number;
  rssEndKib: number;
  /** whether per-step peaks are per step (clear_refs allowed) or since the start */
  peakPerStep: boolean;
  problems: string[];
}

export interface AccountsResult {
  settings: typeof ACCOUNTS;
  file: { bytes: number; rows: number; counts: ReturnType<typeof adExport>['counts']; leaverRows: number; leaverBytes: number };
  engines: AccountsEngine[];
  skipped: string[];
}

const IMPORT_TIMEOUT_MS = 15 * 60_000;

function ok<T>(what: string, res: Reply<T>): T {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
  return res.body;
}

/** One upload, timed, with the server's peak RSS during it. */
async function upload<T extends { summary: Summary }>(
  s: Session,
  pid: number,
  what: string,
  path: string,
  file: { name: string; bytes: Buffer },
): Promise<{ step: Step; body: T }> {
  const form = multipart(file);
  resetPeak(pid);
  const res = await s.call<T>('POST', path, form.body, { 'content-type': form.type }, IMPORT_TIMEOUT_MS);
  const body = ok(what, res);
  return { step: { ms: res.ms, peakKib: memoryKib(pid)?.peak ?? Number.NaN, summary: body.summary }, body };
}

/** A page read once (not counted: the first after a change), then `requests` times. */
async function page<T>(s: Session, pid: number, what: string, path: string): Promise<{ timing: PageTiming; body: T }> {
  resetPeak(pid);
  const first = await s.call<T>('GET', path, undefined, {}, IMPORT_TIMEOUT_MS);
  let body = ok(what, first);
  const ms: number[] = [];
  for (let i = 0; i < ACCOUNTS.requests; i++) {
    const res = await s.call<T>('GET', path, undefined, {}, IMPORT_TIMEOUT_MS);
    body = ok(what, res);
    ms.push(res.ms);
  }
  const timing: PageTiming = {
    n: ms.length,
    firstMs: first.ms,
    p50: median(ms),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    kib: Buffer.byteLength(JSON.stringify(body)) / 1024,
    peakKib: memoryKib(pid)?.peak ?? Number.NaN,
  };
  return { timing, body };
}

/** The AD file decoded and read as the import reads it, no database: the machine's speed in this run. */
async function parseAlone(bytes: Buffer): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const table = await readTable(new Uint8Array(bytes), { format: 'csv', encoding: 'auto' });
    const read = readAdExport(textRows(table).map((r) => ({ row: r.row, cells: r.cells.map((c) => c ?? '') })));
    if ('error' in read) throw new Error(`the generated AD export is refused: ${read.error}`);
    ms.push(performance.now() - started);
  }
  return median(ms);
}

interface Files {
  ad: Buffer;
  leavers: Buffer;
}

async function measureEngine(
  engine: AccountsEngine['engine'],
  env: NodeJS.ProcessEnv,
  files: Files,
  detail: string,
  log: (l: string) => void,
): Promise<AccountsEngine> {
  const dir = tempDataDir(`accounts-${engine}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const problems: string[] = [];
  try {
    await seedWithCli(dir, env);
    const create = ['user', 'create', '--data', dir, '--login', 'editor', '--display-name', '担当者', '--org', 'bench', '--role', 'editor'];
    await runCli([...create, '--password-stdin'], { stdin: `${BENCH_PASSWORD}\n`, env });
    const server = await startMamori(dir, env);
    const pid = server.child.pid;
    try {
      const { session: s } = await Session.open(server.url, 'editor', agent);
      const orgs = ok('orgs', await s.call<{ organizations: { id: string; slug: string }[] }>('GET', '/api/orgs'));
      const orgId = orgs.organizations.find((o) => o.slug === 'bench')?.id ?? '';
      const system = ok(
        'account system',
        await s.call<{ id: string }>('POST', `/api/orgs/${orgId}/account-systems`, { name: 'Windows ドメイン', source: 'directory' }),
      );
      const readyKib = memoryKib(pid)?.current ?? Number.NaN;
      const parseMs = await parseAlone(files.ad);
      const peakPerStep = resetPeak(pid);
      const importPath = `/api/orgs/${orgId}/account-systems/${system.id}/import`;
      const adFile = { name: 'ADUsers.csv', bytes: files.ad };
      type AdReport = { summary: Summary; kinds: Record<string, number>; problems: unknown[]; stored: boolean };

      log(`  ${engine}: preview of ${ACCOUNTS.accounts} accounts (dryRun=1)…`);
      const preview = await upload<AdReport>(s, pid, 'preview', `${importPath}?dryRun=1`, adFile);
      if (preview.body.problems.length)
        problems.push(`preview: ${preview.body.problems.length} problems, e.g. ${JSON.stringify(preview.body.problems[0])}`);
      log(`  ${engine}: import…`);
      const imported = await upload<AdReport>(s, pid, 'import', importPath, adFile);
      if (imported.step.summary.create !== ACCOUNTS.accounts)
        problems.push(`import created ${imported.step.summary.create}, not ${ACCOUNTS.accounts}`);
      log(`  ${engine}: import ${fmt(imported.step.ms / 1000, 2)} s; the same file again…`);
      const again = await upload<AdReport>(s, pid, 're-import', importPath, adFile);
      if (again.step.summary.unchanged !== ACCOUNTS.accounts || again.body.stored)
        problems.push(`re-import of the same file: ${JSON.stringify(again.step.summary)}, stored ${again.body.stored}`);

      log(`  ${engine}: leavers list (${ACCOUNTS.leavers} people)…`);
      type LeaverReport = { summary: Summary; matches: { byEmployeeId: number; byName: number; stillEnabledCount: number } };
      const leaverFile = { name: '退職者一覧.csv', bytes: files.leavers };
      const leaversPreview = await upload<LeaverReport>(
        s,
        pid,
        'leavers preview',
        `/api/orgs/${orgId}/leavers/import?dryRun=1`,
        leaverFile,
      );
      const leavers = await upload<LeaverReport>(s, pid, 'leavers import', `/api/orgs/${orgId}/leavers/import`, leaverFile);

      log(`  ${engine}: findings and the accounts page, ${ACCOUNTS.requests} requests each…`);
      const findings = await page<{ total: number; findings: { subject: { type: string } }[] }>(
        s,
        pid,
        'findings',
        `/api/orgs/${orgId}/findings`,
      );
      // as the page asks for it: the first 200 of the enabled accounts, in the view's order
      const accounts = await page<{ accounts: unknown[]; total: number }>(
        s,
        pid,
        'accounts',
        `/api/orgs/${orgId}/account-systems/${system.id}/accounts?filter=&limit=200`,
      );
      if (accounts.body.total !== ACCOUNTS.accounts) problems.push(`accounts page counted ${accounts.body.total}`);
      if (accounts.body.accounts.length !== 200) problems.push(`accounts page listed ${accounts.body.accounts.length}`);
      const memory = memoryKib(pid);
      const m = leaversPreview.body.matches;
      return {
        engine,
        detail,
        parseMs,
        preview: { ...preview.step, kinds: preview.body.kinds },
        import: imported.step,
        reimport: again.step,
        leaversPreview: { ...leaversPreview.step, byEmployeeId: m.byEmployeeId, byName: m.byName, stillEnabled: m.stillEnabledCount },
        leavers: leavers.step,
        findings: {
          ...findings.timing,
          total: findings.body.total,
          listed: findings.body.findings.length,
          accountFindings: findings.body.findings.filter((f) => f.subject.type === 'account').length,
        },
        accounts: { ...accounts.timing, listed: accounts.body.accounts.length },
        startKib: server.rssKib,
        readyKib,
        // the peak since the start is the largest of the steps' when they were reset
        serverPeakKib: peakPerStep
          ? Math.max(
              server.peakKib,
              preview.step.peakKib,
              imported.step.peakKib,
              again.step.peakKib,
              leaversPreview.step.peakKib,
              leavers.step.peakKib,
              findings.timing.peakKib,
              accounts.timing.peakKib,
            )
          : (memory?.peak ?? Number.NaN),
        rssEndKib: memory?.current ?? Number.NaN,
        peakPerStep,
        problems,
      };
    } finally {
      agent.destroy();
      problems.push(...(await stopMamori(server, dir)));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runAccounts(log: (line: string) => void): Promise<AccountsResult> {
  log(
    `accounts: writing an AD export of ${ACCOUNTS.accounts} accounts (UTF-16LE, PowerShell 5.1) and ${ACCOUNTS.leavers} leavers (CP932)…`,
  );
  const ad = adExport(ACCOUNTS.accounts);
  const files: Files = { ad: adExportFile(ad.rows), leavers: Buffer.alloc(0) };
  const leavers = leaversCsv(ad.people, ACCOUNTS.leavers);
  files.leavers = leavers.bytes;
  const result: AccountsResult = {
    settings: ACCOUNTS,
    file: { bytes: files.ad.length, rows: ad.rows.length, counts: ad.counts, leaverRows: leavers.rows, leaverBytes: leavers.bytes.length },
    engines: [],
    skipped: [],
  };
  await onEachEngine(result, (engine, env, version) => measureEngine(engine, env, files, version, log));
  return result;
}

export function printAccounts(r: AccountsResult, out: (line: string) => void): void {
  const f = r.file;
  out(
    `利用者台帳: an AD export of ${f.rows} accounts (${fmt(f.bytes / 1048576, 1)} MiB UTF-16LE; ${f.counts.people} people, ${f.counts.disabled} of them disabled, ${f.counts.computers} computers, ${f.counts.service} service, ${f.counts.shared} shared, ${f.counts.builtin} built-in) and a leavers list of ${f.leaverRows} (CP932)`,
  );
  out('  over HTTP into a real server (upload on loopback included); peak RSS = the server during that step');
  const step = (e: AccountsEngine, what: string, s: Step, target = '') => [
    e.engine,
    what,
    fmt(s.ms / 1000, 2),
    `${s.summary.create} / ${s.summary.update} / ${s.summary.unchanged}`,
    fmt(s.ms / e.parseMs, 1),
    mib(s.peakKib),
    target,
  ];
  const goal = (ms: number) =>
    `${ms < r.settings.targetMs ? 'ok' : 'MISSED'} < ${r.settings.targetMs / 1000} s (${fmt(ms / r.settings.targetMs, 2)} of it)`;
  out(
    table(
      ['engine', 'step', 'time s', 'new / changed / same', '÷ parse alone', 'peak RSS MiB', 'target'],
      r.engines.flatMap((e) => [
        step(e, 'AD preview (dryRun=1)', e.preview),
        step(e, 'AD import', e.import, goal(e.import.ms)),
        step(e, 'AD re-import, same file', e.reimport),
        step(
          e,
          `leavers preview (${e.leaversPreview.byEmployeeId} by 職員番号, ${e.leaversPreview.stillEnabled} still enabled)`,
          e.leaversPreview,
        ),
        step(e, 'leavers import', e.leavers),
      ]),
    ),
  );
  out(`Pages that read every account (first request, then p50 / p95 / max of ${r.settings.requests})`);
  out(
    table(
      ['engine', 'page', 'first ms', 'p50 / p95 / max ms', 'JSON KiB', 'peak RSS MiB'],
      r.engines.flatMap((e) => [
        [
          e.engine,
          `findings (${e.findings.total} in all; of the ${e.findings.listed} listed, ${e.findings.accountFindings} on accounts)`,
          fmt(e.findings.firstMs, 0),
          `${fmt(e.findings.p50, 0)} / ${fmt(e.findings.p95, 0)} / ${fmt(e.findings.max, 0)}`,
          fmt(e.findings.kib, 0),
          mib(e.findings.peakKib),
        ],
        [
          e.engine,
          `system's accounts (${e.accounts.listed})`,
          fmt(e.accounts.firstMs, 0),
          `${fmt(e.accounts.p50, 0)} / ${fmt(e.accounts.p95, 0)} / ${fmt(e.accounts.max, 0)}`,
          fmt(e.accounts.kib, 0),
          mib(e.accounts.peakKib),
        ],
      ]),
    ),
  );
  for (const e of r.engines) {
    out(
      `  ${e.engine}: ${e.detail}; the AD file read alone (decode, CSV, AD values; no database) ${fmt(e.parseMs, 0)} ms in the bench's process; server RSS ${mib(e.startKib)} MiB at its first answer, ${mib(e.readyKib)} MiB signed in, peak ${mib(e.serverPeakKib)} MiB, ${mib(e.rssEndKib)} MiB at the end${e.peakPerStep ? '' : ' (peaks since the start: clear_refs refused)'}`,
    );
    for (const p of e.problems) out(`    problem: ${p}`);
  }
  for (const s of r.skipped) out(`  ${s}`);
}
