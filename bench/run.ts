// npm run bench [-- cold-start|api-load|checklist|ledger|findings|mixed-load|sign-in|web|vendor-portal|accounts|logons|oversight]: runs the platform benchmarks, prints a summary, and writes
// the figures as JSON to .test-artifacts/bench-latest.json. Run on demand, never as a timed test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printAccounts, runAccounts } from './accounts.ts';
import { type ApiLoadResult, type EngineLoad, runApiLoad } from './api-load.ts';
import { type ChecklistResult, runChecklistLoad } from './checklist-load.ts';
import { type ColdStartResult, coldStartSummary, runColdStart } from './cold-start.ts';
import { type FindingsBench, runFindings } from './findings.ts';
import { type LedgerResult, runLedger } from './ledger.ts';
import type { LoadResult } from './lib/load.ts';
import { ROOT } from './lib/proc.ts';
import { fmt, median, mib } from './lib/stats.ts';
import { table } from './lib/table.ts';
import { printLogons, runLogons } from './logons.ts';
import { type MixedResult, runMixedLoad } from './mixed-load.ts';
import { printOversight, runOversight } from './oversight.ts';
import { runSignIn, type SignInBench } from './sign-in.ts';
import { printVendorPortal, runVendorPortal } from './vendor-portal.ts';
import { printWebLoad, runWebLoad } from './web-load.ts';

const out = (line = '') => process.stdout.write(`${line}\n`);
const parts = [
  'cold-start',
  'api-load',
  'checklist',
  'ledger',
  'findings',
  'mixed-load',
  'sign-in',
  'web',
  'vendor-portal',
  'accounts',
  'logons',
  'oversight',
] as const;
type Part = (typeof parts)[number];

function printColdStart(r: ColdStartResult): void {
  const s = coldStartSummary(r);
  out(`Cold start on PGlite (median of ${r.runs} after 1 discarded warm-up; spawn → first 200 from /api/health; peak RSS = VmHWM)`);
  out(
    table(
      ['start', 'time ms', 'peak RSS MiB', 'RSS when ready MiB'],
      [
        ['first (empty folder: initdb + migrations)', fmt(s.firstMs, 0), mib(s.firstPeakKib), mib(s.firstRssKib)],
        ['later (existing folder)', fmt(s.laterMs, 0), mib(s.laterPeakKib), mib(s.laterRssKib)],
      ],
    ),
  );
  for (const p of r.problems) out(`  problem: ${p}`);
}

function printApiLoad(r: ApiLoadResult): void {
  const { concurrency, warmup, rounds, roundMs, maxRequests } = r.load;
  out(`API load: ${r.path}, ${concurrency} concurrent clients, keep-alive loopback`);
  out(
    `  per server: ${rounds} rounds of ${roundMs} ms alternating with the bare handler (at most ${maxRequests} requests), after ${warmup} warm-up requests`,
  );
  const row = (name: string, l: LoadResult, ratio?: EngineLoad['ratio']) => [
    name,
    String(l.requests),
    fmt(l.rps, 0),
    fmt(l.p50, 2),
    fmt(l.p95, 2),
    fmt(l.p99, 2),
    String(l.errors),
    ratio ? fmt(ratio.rps, 3) : '',
    ratio ? fmt(ratio.p50, 1) : '',
  ];
  const rows = r.engines.flatMap((e) => [
    row(`bare Hono (paired with ${e.engine})`, e.bare),
    row(`mamori on ${e.engine}`, e.mamori, e.ratio),
  ]);
  out(table(['server', 'n', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'rps ratio', 'p50 ratio'], rows));
  out('  rps ratio = mamori req/s ÷ bare req/s; p50 ratio = mamori p50 ÷ bare p50 (same run, same generator, same rounds)');
  for (const e of r.engines) {
    out(`  ${e.engine}: ${e.detail}`);
    out(`    rps ratio per round ${e.ratio.roundRps.map((x) => fmt(x, 3)).join(' ')} (median ${fmt(e.ratio.roundRpsMedian, 3)})`);
    out(`    server peak RSS after load ${mib(e.serverPeakKib)} MiB; ${e.serverErrors} unhandled errors logged`);
    for (const [status, n] of Object.entries(e.bare.failures)) out(`    bare failures ${status}: ${n}`);
    for (const [status, n] of Object.entries(e.mamori.failures)) out(`    mamori failures ${status}: ${n}`);
    for (const p of e.problems) out(`    problem: ${p}`);
  }
  for (const s of r.skipped) out(`  ${s}`);
}

function printChecklist(r: ChecklistResult): void {
  const s = r.settings;
  out(
    `Checklist: ${s.clients} editors at once, each ${s.iterations} × (load the whole assessment, save one answer); ${s.evidence} evidence files of ${s.evidenceKib} KiB attached`,
  );
  const ms = (t: { p50: number; p95: number; max: number }) => `${fmt(t.p50, 1)} / ${fmt(t.p95, 1)} / ${fmt(t.max, 0)}`;
  out(
    table(
      [
        'engine',
        'items',
        'attached',
        'load p50/p95/max ms',
        'save p50/p95/max ms',
        'ops/s',
        'errors',
        'pack PDF ms (median)',
        'pack KiB',
        'xlsx ms',
        'peak RSS MiB',
      ],
      r.engines.map((e) => [
        e.engine,
        String(e.items),
        String(e.attached),
        ms(e.load),
        ms(e.save),
        fmt(((e.load.n + e.save.n) / e.wallMs) * 1000, 0),
        String(e.errors),
        fmt(median(e.packMs), 0),
        fmt(e.packBytes / 1024, 0),
        fmt(median(e.xlsxMs), 0),
        mib(e.serverPeakKib),
      ]),
    ),
  );
  for (const s of r.skipped) out(`  ${s}`);
}

function printLedger(r: LedgerResult): void {
  out(`Ledger import: ${r.settings.importRows} rows (CP932 CSV and the same as .xlsx); each step its own process (peak RSS = its maxRSS)`);
  out(
    table(
      [
        'engine',
        'file',
        'MiB',
        'parse alone s',
        'import s',
        'import ÷ parse',
        'parse peak MiB',
        'import peak MiB',
        'RSS after open MiB',
        'target',
      ],
      r.engines.flatMap((e) =>
        e.imports.map((i) => [
          e.engine,
          i.format,
          fmt(i.bytes / 1048576, 1),
          fmt(i.parse.ms / 1000, 2),
          fmt(i.import.ms / 1000, 2),
          fmt(i.import.ms / i.parse.ms, 2),
          mib(i.parse.peakKib),
          mib(i.import.peakKib),
          mib(i.import.openedKib ?? Number.NaN),
          e.engine === 'pglite'
            ? `${i.import.ms < 20_000 ? 'ok' : 'MISSED'} <20 s, ${i.import.peakKib < 1024 * 1024 ? 'ok' : 'MISSED'} <1 GB`
            : '',
        ]),
      ),
    ),
  );
  out(`Ledger list at ${r.settings.listRows} rows: server time per page (in-process listDevicesOf, HTTP excluded; median / max of 15)`);
  out(
    table(
      ['engine', 'query', 'rows matched', 'median ms', 'max ms', 'target <100 ms'],
      r.engines.flatMap((e) =>
        Object.entries(e.list.timings).map(([q, t]) => [
          e.engine,
          q,
          String(t.total),
          fmt(t.median, 1),
          fmt(t.max, 1),
          t.median < 100 ? 'ok' : 'MISSED',
        ]),
      ),
    ),
  );
  for (const s of r.skipped) out(`  ${s}`);
}

function printFindings(r: FindingsBench): void {
  out(
    'Findings: ledger rows matched against the full KEV catalog, the endoflife.date product files and the NVD sample (own process per size)',
  );
  out(
    table(
      ['rows', 'KEV entries', 'EOL products', 'findings', 'time s', 'peak RSS MiB', 'target'],
      r.sizes.map((s) => [
        String(s.n),
        String(s.kev),
        String(s.eolProducts),
        String(s.findings),
        fmt(s.ms / 1000, 2),
        mib(s.peakKib),
        s.n >= 100_000 ? (s.ms < 10_000 ? 'ok <10 s' : 'MISSED <10 s') : '',
      ]),
    ),
  );
  out(`  time ratio 100,000 ÷ 10,000 rows = ${fmt(r.ratio, 2)} (10 = linear)`);
}

function printMixed(r: MixedResult): void {
  const s = r.settings;
  out(
    `Mixed load: ${s.clients} signed-in keep-alive clients for ${s.seconds} s (organisation, ${s.devices}-device ledger page, checklist, answer save); a new client every ${s.probeMs} ms on a new connection`,
  );
  const lat = (l: { p50: number; p95: number; p99: number; max: number }) =>
    `${fmt(l.p50, 0)} / ${fmt(l.p95, 0)} / ${fmt(l.p99, 0)} / ${fmt(l.max, 0)}`;
  out(
    table(
      ['engine', 'requests', 'req/s', 'errors', 'p50/p95/p99/max ms', 'peak RSS MiB', 'goal'],
      r.engines.map((e) => [
        e.engine,
        String(e.requests),
        fmt(e.rps, 0),
        String(e.errors),
        lat(e.all),
        mib(e.serverPeakKib),
        `${e.errors === 0 ? 'ok' : 'MISSED'} 0 errors, ${e.all.p99 < (e.engine === 'pglite' ? 2000 : 500) ? 'ok' : 'MISSED'} p99 < ${e.engine === 'pglite' ? '2 s' : '500 ms'}`,
      ]),
    ),
  );
  out(
    table(
      ['engine', 'operation', 'n', 'p50/p95/p99/max ms'],
      r.engines.flatMap((e) => Object.entries(e.byOp).map(([op, l]) => [e.engine, op, String(l.n), lat(l)])),
    ),
  );
  out('A new client during the load (new connection each; median / max ms):');
  out(
    table(
      ['engine', 'probes', '/api/health', 'web page', 'sign-in', 'first API request', 'failures', 'goal < 1 s'],
      r.engines.map((e) => [
        e.engine,
        String(e.probes.health.n),
        `${fmt(e.probes.health.p50, 0)} / ${fmt(e.probes.health.max, 0)}`,
        `${fmt(e.probes.page.p50, 0)} / ${fmt(e.probes.page.max, 0)}`,
        `${fmt(e.probes.signIn.p50, 0)} / ${fmt(e.probes.signIn.max, 0)}`,
        `${fmt(e.probes.firstRequest.p50, 0)} / ${fmt(e.probes.firstRequest.max, 0)}`,
        String(e.probes.failures),
        Math.max(e.probes.health.max, e.probes.page.max, e.probes.firstRequest.max) < 1000 ? 'ok' : 'MISSED',
      ]),
    ),
  );
  for (const e of r.engines) {
    const statuses = Object.entries(e.statuses)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
    out(`  ${e.engine}: statuses ${statuses}; ${e.conflicts} save conflicts (409, two clients on one item: the version check working)`);
  }
  for (const x of r.skipped) out(`  ${x}`);
}

function printSignIn(r: SignInBench): void {
  out('Sign-in: a wrong password for a known and for an unknown login ID (new connection each, interleaved)');
  const q = (t: { p25: number; p50: number; p75: number }) => `${fmt(t.p25, 1)} / ${fmt(t.p50, 1)} / ${fmt(t.p75, 1)}`;
  out(
    table(
      ['engine', 'n each', 'known p25/p50/p75 ms', 'unknown p25/p50/p75 ms', 'unknown − known ms', 'noise (known − known) ms'],
      r.engines.map((e) => [e.engine, String(e.known.n), q(e.known), q(e.unknown), fmt(e.difference, 2), fmt(e.noise, 2)]),
    ),
  );
  out('Lock-out race: parallel attempts on one account, the right password in the middle (goal: 0 signed in, ≤ 5 checked)');
  out(
    table(
      ['engine', 'parallel', 'right at', 'signed in', 'failures checked', 'locked (429)', 'other', 'goal'],
      r.engines.flatMap((e) =>
        e.races.map((x) => [
          e.engine,
          String(x.parallel),
          String(x.rightAt),
          String(x.signedIn),
          String(x.verifiedFailures),
          String(x.locked),
          String(x.other),
          x.signedIn === 0 && x.verifiedFailures <= 5 ? 'ok' : 'MISSED',
        ]),
      ),
    ),
  );
  for (const x of r.skipped) out(`  ${x}`);
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !parts.includes(a as Part));
  if (unknown.length > 0) {
    process.stderr.write(`unknown part ${unknown.join(', ')}; usage: bench/run.ts [${parts.join('|')}]…\n`);
    process.exitCode = 2;
    return;
  }
  const selected = asked.length > 0 ? (asked as Part[]) : [...parts];
  const started = Date.now();
  out(`mamori bench: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0]?.toFixed(2)}`);
  const log = (line: string) => out(line);
  const coldStart = selected.includes('cold-start') ? await runColdStart(log) : undefined;
  const apiLoad = selected.includes('api-load') ? await runApiLoad(log) : undefined;
  const checklist = selected.includes('checklist') ? await runChecklistLoad(log) : undefined;
  const ledger = selected.includes('ledger') ? await runLedger(log) : undefined;
  const findings = selected.includes('findings') ? await runFindings(log) : undefined;
  const mixed = selected.includes('mixed-load') ? await runMixedLoad(log) : undefined;
  const signIn = selected.includes('sign-in') ? await runSignIn(log) : undefined;
  const web = selected.includes('web') ? await runWebLoad(log) : undefined;
  const vendorPortal = selected.includes('vendor-portal') ? await runVendorPortal(log) : undefined;
  const accounts = selected.includes('accounts') ? await runAccounts(log) : undefined;
  const logons = selected.includes('logons') ? await runLogons(log) : undefined;
  const oversight = selected.includes('oversight') ? await runOversight() : undefined;
  out();
  if (coldStart) printColdStart(coldStart);
  if (coldStart && apiLoad) out();
  if (apiLoad) printApiLoad(apiLoad);
  if (checklist) {
    out();
    printChecklist(checklist);
  }
  if (ledger) {
    out();
    printLedger(ledger);
  }
  if (findings) {
    out();
    printFindings(findings);
  }
  if (mixed) {
    out();
    printMixed(mixed);
  }
  if (signIn) {
    out();
    printSignIn(signIn);
  }
  if (web) {
    out();
    printWebLoad(web, out);
  }
  if (vendorPortal) {
    out();
    printVendorPortal(vendorPortal, out);
  }
  if (accounts) {
    out();
    printAccounts(accounts, out);
  }
  if (logons) {
    out();
    printLogons(logons, out);
  }
  if (oversight) {
    out();
    printOversight(oversight);
  }
  const file = path.join(ROOT, '.test-artifacts', 'bench-latest.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const meta = { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, totalMs: Date.now() - started };
  fs.writeFileSync(
    file,
    `${JSON.stringify({ ...meta, coldStart, apiLoad, checklist, ledger, findings, mixed, signIn, web, vendorPortal, accounts, logons, oversight }, null, 2)}\n`,
  );
  out();
  out(`total ${((Date.now() - started) / 1000).toFixed(0)} s; figures written to ${path.relative(process.cwd(), file)}`);
  const failed =
    (coldStart?.problems.length ?? 0) +
    (apiLoad?.engines.reduce((n, e) => n + e.mamori.errors + e.bare.errors + e.problems.length, 0) ?? 0) +
    (checklist?.engines.reduce((n, e) => n + e.errors, 0) ?? 0) +
    (mixed?.engines.reduce((n, e) => n + e.errors + e.probes.failures, 0) ?? 0) +
    (accounts?.engines.reduce((n, e) => n + e.problems.length, 0) ?? 0) +
    (logons?.engines.reduce((n, e) => n + e.problems.length, 0) ?? 0);
  if (failed > 0) {
    process.stderr.write(`${failed} errors or problems during the benchmark (see above)\n`);
    process.exitCode = 1;
  }
}

await main();
