// The checklist under load: the largest form (19 items; R6/R7 医療機関確認用) with 100 evidence files
// attached and every item answered, then CLIENTS editors at once, each repeatedly loading the whole
// assessment and saving one item's answer (its own item, so no conflicts), on PGlite and PostgreSQL.
// Then the time to export the year's inspection pack (PDF, headless Chromium) and the form as xlsx.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { memoryKib, runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, seedWithCli, signIn } from './lib/session.ts';
import { median, percentile } from './lib/stats.ts';

export const CHECKLIST = {
  clients: Number(process.env.BENCH_CLIENTS ?? 20),
  iterations: Number(process.env.BENCH_ITERATIONS ?? 25),
  evidence: Number(process.env.BENCH_EVIDENCE ?? 100),
  evidenceKib: Number(process.env.BENCH_EVIDENCE_KIB ?? 200),
  exports: 3,
};

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ChecklistEngine {
  engine: 'pglite' | 'postgres';
  items: number;
  attached: number;
  load: Timing;
  save: Timing;
  errors: number;
  wallMs: number;
  packMs: number[];
  packBytes: number;
  xlsxMs: number[];
  serverPeakKib: number;
}

export interface ChecklistResult {
  settings: typeof CHECKLIST;
  engines: ChecklistEngine[];
  skipped: string[];
}

const timing = (ms: number[]): Timing => ({ n: ms.length, p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) });

class Session {
  readonly base: string;
  private readonly cookie: string;
  private readonly csrf: string;

  private constructor(base: string, cookie: string, csrf: string) {
    this.base = base;
    this.cookie = cookie;
    this.csrf = csrf;
  }

  static async open(base: string, loginId: string): Promise<Session> {
    const cookie = await signIn(base, loginId, BENCH_PASSWORD);
    const res = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
    return new Session(base, cookie, ((await res.json()) as { csrfToken: string }).csrfToken);
  }

  async call<T>(method: string, path: string, body?: unknown | FormData): Promise<{ status: number; body: T; ms: number }> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-csrf-token': this.csrf, origin: this.base };
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const type = res.headers.get('content-type') ?? '';
    const parsed = (type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer())) as T;
    return { status: res.status, body: parsed, ms: performance.now() - started };
  }
}

interface Item {
  id: string;
  answer: { version: number } | null;
}

const answer = (version: number, day: number) => ({
  firstAnswer: 'yes',
  firstDate: `2025-06-${String((day % 28) + 1).padStart(2, '0')}`,
  targetDate: null,
  secondAnswer: null,
  secondDate: null,
  note: `確認済み ${day}`,
  version,
});

async function prepare(s: Session, orgId: string): Promise<{ id: string; items: Item[]; attached: number }> {
  const started = await s.call<{ id: string; items: Item[] }>('POST', `/api/orgs/${orgId}/assessments`, {
    fiscalYear: 2025,
    form: 'institution',
  });
  const { id, items } = started.body;
  for (const item of items) await s.call('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/${item.id}`, answer(0, 0));
  let attached = 0;
  for (let i = 0; i < CHECKLIST.evidence; i++) {
    const form = new FormData();
    const bytes = Buffer.alloc(CHECKLIST.evidenceKib * 1024, i % 251);
    bytes.write(`%PDF-1.7 bench evidence ${i}\n`);
    form.append('file', new File([bytes], `証跡_${String(i + 1).padStart(3, '0')}.pdf`, { type: 'application/pdf' }));
    const up = await s.call<{ id: string }>('POST', `/api/orgs/${orgId}/evidence`, form);
    const item = items[i % items.length];
    const res = await s.call('POST', `/api/orgs/${orgId}/assessments/${id}/answers/${item?.id}/evidence`, { evidenceId: up.body.id });
    if (res.status === 200) attached++;
  }
  return { id, items, attached };
}

async function measureEngine(
  engine: ChecklistEngine['engine'],
  env: NodeJS.ProcessEnv,
  log: (l: string) => void,
): Promise<ChecklistEngine> {
  const dir = tempDataDir(`checklist-${engine}`);
  try {
    await seedWithCli(dir, env);
    const stdin = `${BENCH_PASSWORD}\n`;
    await runCli(
      [
        'user',
        'create',
        '--data',
        dir,
        '--login',
        'editor',
        '--display-name',
        '担当者',
        '--org',
        'bench',
        '--role',
        'editor',
        '--password-stdin',
      ],
      {
        stdin,
        env,
      },
    );
    const server = await startMamori(dir, env);
    try {
      const first = await Session.open(server.url, 'editor');
      const orgs = await first.call<{ organizations: { id: string; slug: string }[] }>('GET', '/api/orgs');
      const orgId = orgs.body.organizations.find((o) => o.slug === 'bench')?.id ?? '';
      const { id, items, attached } = await prepare(first, orgId);
      log(`  ${engine}: ${items.length} items answered, ${attached} evidence files attached`);
      const sessions = await Promise.all(Array.from({ length: CHECKLIST.clients }, () => Session.open(server.url, 'editor')));
      const loads: number[] = [];
      const saves: number[] = [];
      let errors = 0;
      const wall = performance.now();
      await Promise.all(
        sessions.map(async (s, client) => {
          const itemId = items[client % items.length]?.id ?? '';
          for (let i = 0; i < CHECKLIST.iterations; i++) {
            const got = await s.call<{ items: Item[] }>('GET', `/api/orgs/${orgId}/assessments/${id}`);
            loads.push(got.ms);
            const version = got.body.items?.find((x) => x.id === itemId)?.answer?.version ?? 0;
            const put = await s.call('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/${itemId}`, answer(version, i + client));
            saves.push(put.ms);
            // two clients share an item when there are more clients than items: a 409 is the conflict check working
            if (got.status !== 200 || (put.status !== 200 && put.status !== 409)) errors++;
          }
        }),
      );
      const wallMs = performance.now() - wall;
      const packMs: number[] = [];
      const xlsxMs: number[] = [];
      let packBytes = 0;
      for (let i = 0; i < CHECKLIST.exports; i++) {
        const pack = await first.call<Buffer>('GET', `/api/orgs/${orgId}/inspection-pack.pdf?fiscalYear=2025`);
        if (pack.status !== 200) errors++;
        packMs.push(pack.ms);
        packBytes = pack.body.length;
        const xlsx = await first.call<Buffer>('GET', `/api/orgs/${orgId}/assessments/${id}/export.xlsx`);
        if (xlsx.status !== 200) errors++;
        xlsxMs.push(xlsx.ms);
      }
      const serverPeakKib = memoryKib(server.child.pid)?.peak ?? Number.NaN;
      log(
        `  ${engine}: load p50 ${median(loads).toFixed(1)} ms, save p50 ${median(saves).toFixed(1)} ms, pack ${median(packMs).toFixed(0)} ms`,
      );
      return {
        engine,
        items: items.length,
        attached,
        load: timing(loads),
        save: timing(saves),
        errors,
        wallMs,
        packMs,
        packBytes,
        xlsxMs,
        serverPeakKib,
      };
    } finally {
      await stopMamori(server, dir);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runChecklistLoad(log: (line: string) => void): Promise<ChecklistResult> {
  const result: ChecklistResult = { settings: CHECKLIST, engines: [], skipped: [] };
  log(
    `checklist: ${CHECKLIST.clients} editors × ${CHECKLIST.iterations} (load + save), ${CHECKLIST.evidence} evidence files of ${CHECKLIST.evidenceKib} KiB`,
  );
  result.engines.push(await measureEngine('pglite', {}, log));
  const unavailable = postgresUnavailable();
  if (unavailable) {
    result.skipped.push(`PostgreSQL skipped: ${unavailable}`);
  } else {
    const pg = await startPostgres();
    try {
      result.engines.push(await measureEngine('postgres', { DATABASE_URL: pg.url }, log));
    } finally {
      await pg.stop();
    }
  }
  return result;
}
