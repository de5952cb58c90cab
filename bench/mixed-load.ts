// Mamori under load as a busy institution would put it: CLIENTS signed-in keep-alive clients for
// SECONDS on a mix of reads (the organisation, a page of a 1,000-device ledger, the checklist) and
// answer saves, on PGlite and PostgreSQL. Meanwhile a probe comes in every PROBE_MS as a new client
// would (a new connection each): /api/health, the web page, and a new session's first API request,
// from the load's 10th second on.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { call, multipart, type Reply, Session } from './lib/http-client.ts';
import { cp932Csv, ledgerRows } from './lib/ledger-files.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { cpuMs, cpuMsOfCommand, memoryKib, runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, seedWithCli } from './lib/session.ts';
import { median, percentile } from './lib/stats.ts';

export const MIXED = {
  clients: Number(process.env.BENCH_CLIENTS ?? 200),
  seconds: Number(process.env.BENCH_SECONDS ?? 60),
  devices: Number(process.env.BENCH_DEVICES ?? 1000),
  probeMs: Number(process.env.BENCH_PROBE_MS ?? 3000),
};

const OPS = ['org', 'devices', 'checklist', 'save'] as const;
type Op = (typeof OPS)[number];
/** BENCH_MIX=org,devices,checklist: the operations each client cycles through (default: all four) */
const MIX: Op[] = (process.env.BENCH_MIX ?? OPS.join(',')).split(',').filter((o): o is Op => (OPS as readonly string[]).includes(o));

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MixedEngine {
  engine: 'pglite' | 'postgres';
  requests: number;
  rps: number;
  /** answers that were neither 2xx nor an expected 409 (two clients saving one item) */
  errors: number;
  statuses: Record<string, number>;
  conflicts: number;
  all: Latency;
  byOp: Record<Op, Latency>;
  probes: { health: Latency; page: Latency; signIn: Latency; firstRequest: Latency; failures: number };
  serverPeakKib: number;
  /** CPU time per request during the load, in ms: the server, the database's processes (PostgreSQL only), this client */
  cpuPerRequestMs: { server: number; database: number; client: number };
}

export interface MixedResult {
  settings: typeof MIXED;
  engines: MixedEngine[];
  skipped: string[];
}

const latency = (ms: number[]): Latency => ({
  n: ms.length,
  p50: median(ms),
  p95: percentile(ms, 95),
  p99: percentile(ms, 99),
  max: ms.length ? Math.max(...ms) : Number.NaN,
});

interface Fixture {
  orgId: string;
  assessmentId: string;
  items: string[];
}

async function prepare(base: string): Promise<Fixture> {
  const { session } = await Session.open(base, 'editor');
  const orgs = await session.call<{ organizations: { id: string; slug: string }[] }>('GET', '/api/orgs');
  const orgId = orgs.body.organizations.find((o) => o.slug === 'bench')?.id ?? '';
  const file = multipart({ name: '機器台帳.csv', bytes: cp932Csv(ledgerRows(MIXED.devices)) });
  const imported = await session.call<{ summary?: { created: number } }>('POST', `/api/orgs/${orgId}/devices/import`, file.body, {
    'content-type': file.type,
  });
  if (imported.status !== 200) throw new Error(`device import: ${imported.status} ${JSON.stringify(imported.body).slice(0, 300)}`);
  const started = await session.call<{ id: string; items: { id: string }[] }>('POST', `/api/orgs/${orgId}/assessments`, {
    fiscalYear: 2025,
    form: 'institution',
  });
  return { orgId, assessmentId: started.body.id, items: started.body.items.map((i) => i.id) };
}

async function openSessions(base: string, n: number, agent: http.Agent): Promise<Session[]> {
  const out: Session[] = [];
  for (let i = 0; i < n; i += 4) {
    const batch = await Promise.all(Array.from({ length: Math.min(4, n - i) }, () => Session.open(base, 'editor', agent)));
    out.push(...batch.map((b) => b.session));
  }
  return out;
}

interface Tally {
  ms: Record<Op, number[]>;
  statuses: Record<string, number>;
  errors: number;
  conflicts: number;
}

async function client(s: Session, f: Fixture, index: number, until: number, t: Tally): Promise<void> {
  const item = f.items[index % f.items.length] ?? '';
  let version = 0;
  for (let i = index; performance.now() < until; i++) {
    const op = MIX[i % MIX.length] as Op;
    let res: Reply<{ items?: { id: string; answer: { version: number } | null }[]; error?: unknown }>;
    if (op === 'org') res = await s.call('GET', `/api/orgs/${f.orgId}`);
    else if (op === 'devices') res = await s.call('GET', `/api/orgs/${f.orgId}/devices?limit=50&offset=${(i * 50) % MIXED.devices}`);
    else if (op === 'checklist') {
      res = await s.call('GET', `/api/orgs/${f.orgId}/assessments/${f.assessmentId}`);
      version = res.body.items?.find((x) => x.id === item)?.answer?.version ?? version;
    } else {
      const body = {
        firstAnswer: 'yes',
        firstDate: '2025-06-01',
        targetDate: null,
        secondAnswer: null,
        secondDate: null,
        note: `${i}`,
        version,
      };
      res = await s.call('PUT', `/api/orgs/${f.orgId}/assessments/${f.assessmentId}/answers/${item}`, body);
      if (res.status === 200) version += 1;
    }
    t.ms[op].push(res.ms);
    t.statuses[res.status] = (t.statuses[res.status] ?? 0) + 1;
    if (op === 'save' && res.status === 409) t.conflicts++;
    else if (res.status < 200 || res.status > 299) t.errors++;
  }
}

async function probe(base: string, orgId: string, until: number) {
  const p = { health: [] as number[], page: [] as number[], signIn: [] as number[], firstRequest: [] as number[], failures: 0 };
  // probes start once the load is steady: in its first seconds the 200 clients are new clients too,
  // each with its burst of credit, and a probe then is one newcomer among 201
  await new Promise((r) => setTimeout(r, Math.min(10_000, (MIXED.seconds * 1000) / 3)));
  while (performance.now() < until) {
    const wait = performance.now() + MIXED.probeMs;
    const health = await call(base, 'GET', '/api/health');
    const page = await call(base, 'GET', '/');
    p.health.push(health.ms);
    p.page.push(page.ms);
    try {
      const { session, ms } = await Session.open(base, 'editor');
      const first = await session.call('GET', `/api/orgs/${orgId}`);
      p.signIn.push(ms);
      p.firstRequest.push(first.ms);
      if (first.status !== 200) p.failures++;
    } catch {
      p.failures++;
    }
    if (health.status !== 200 || page.status !== 200) p.failures++;
    await new Promise((r) => setTimeout(r, Math.max(0, wait - performance.now())));
  }
  return p;
}

async function measureEngine(engine: MixedEngine['engine'], env: NodeJS.ProcessEnv, log: (l: string) => void): Promise<MixedEngine> {
  const dir = tempDataDir(`mixed-${engine}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: MIXED.clients + 10 });
  try {
    await seedWithCli(dir, env);
    const create = ['user', 'create', '--data', dir, '--login', 'editor', '--display-name', '担当者', '--org', 'bench', '--role', 'editor'];
    await runCli([...create, '--password-stdin'], { stdin: `${BENCH_PASSWORD}\n`, env });
    const server = await startMamori(dir, env);
    try {
      const fixture = await prepare(server.url);
      const sessions = await openSessions(server.url, MIXED.clients, agent);
      log(
        `  ${engine}: ${MIXED.devices} devices, ${fixture.items.length} items, ${sessions.length} sessions; loading for ${MIXED.seconds} s`,
      );
      const tally: Tally = { ms: { org: [], devices: [], checklist: [], save: [] }, statuses: {}, errors: 0, conflicts: 0 };
      const cpuBefore = { server: cpuMs(server.child.pid), database: cpuMsOfCommand('postgres'), client: process.cpuUsage() };
      const started = performance.now();
      const until = started + MIXED.seconds * 1000;
      const [, probes] = await Promise.all([
        Promise.all(sessions.map((s, i) => client(s, fixture, i, until, tally))),
        probe(server.url, fixture.orgId, until),
      ]);
      const wallMs = performance.now() - started;
      const all = Object.values(tally.ms).flat();
      const clientCpu = process.cpuUsage(cpuBefore.client);
      const cpuPerRequestMs = {
        server: (cpuMs(server.child.pid) - cpuBefore.server) / all.length,
        database: engine === 'postgres' ? (cpuMsOfCommand('postgres') - cpuBefore.database) / all.length : Number.NaN,
        client: (clientCpu.user + clientCpu.system) / 1000 / all.length,
      };
      const serverPeakKib = memoryKib(server.child.pid)?.peak ?? Number.NaN;
      const result: MixedEngine = {
        engine,
        requests: all.length,
        rps: (all.length / wallMs) * 1000,
        errors: tally.errors,
        statuses: tally.statuses,
        conflicts: tally.conflicts,
        all: latency(all),
        byOp: Object.fromEntries(OPS.map((op) => [op, latency(tally.ms[op])])) as Record<Op, Latency>,
        probes: {
          health: latency(probes.health),
          page: latency(probes.page),
          signIn: latency(probes.signIn),
          firstRequest: latency(probes.firstRequest),
          failures: probes.failures,
        },
        serverPeakKib,
        cpuPerRequestMs,
      };
      log(
        `  ${engine}: ${result.rps.toFixed(0)} req/s, p99 ${result.all.p99.toFixed(0)} ms, ${result.errors} errors, new client's first request max ${result.probes.firstRequest.max.toFixed(0)} ms; CPU per request: server ${cpuPerRequestMs.server.toFixed(2)} ms, database ${cpuPerRequestMs.database.toFixed(2)} ms, client ${cpuPerRequestMs.client.toFixed(2)} ms`,
      );
      return result;
    } finally {
      agent.destroy();
      await stopMamori(server, dir);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runMixedLoad(log: (line: string) => void): Promise<MixedResult> {
  const result: MixedResult = { settings: MIXED, engines: [], skipped: [] };
  log(`mixed load: ${MIXED.clients} clients × ${MIXED.seconds} s, a new client every ${MIXED.probeMs} ms`);
  if (process.env.BENCH_ENGINE !== 'postgres') result.engines.push(await measureEngine('pglite', {}, log));
  const unavailable = postgresUnavailable();
  if (process.env.BENCH_ENGINE === 'pglite') return result;
  if (unavailable) {
    result.skipped.push(`PostgreSQL skipped: ${unavailable}`);
    return result;
  }
  const pg = await startPostgres();
  try {
    result.engines.push(await measureEngine('postgres', { DATABASE_URL: pg.url }, log));
  } finally {
    await pg.stop();
  }
  return result;
}
