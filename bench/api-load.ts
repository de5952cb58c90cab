// Requests per second and latency for an authenticated JSON read (GET /api/orgs/:id as a viewer) at
// CONCURRENCY clients, on PGlite and on a throwaway PostgreSQL 15, each measured in alternating rounds
// with a bare Hono handler in the same run (the ratio is what compares across these noisy machines).
import fs from 'node:fs';
import { type LoadResult, type PairedResult, runPaired, warm } from './lib/load.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { freePort, HOST } from './lib/net.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { type Child, memoryKib, spawnNode, stopChild, waitForOk } from './lib/proc.ts';
import { BENCH_PASSWORD, getJson, READER, seedWithCli, signIn } from './lib/session.ts';

export const LOAD = {
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 20),
  warmup: Number(process.env.BENCH_WARMUP ?? 200),
  rounds: Number(process.env.BENCH_ROUNDS ?? 4),
  roundMs: Number(process.env.BENCH_ROUND_MS ?? 2000),
  maxRequests: Number(process.env.BENCH_MAX_REQUESTS ?? 100_000),
};

export interface EngineLoad {
  engine: 'pglite' | 'postgres';
  detail: string;
  mamori: LoadResult;
  bare: LoadResult;
  ratio: PairedResult['ratio'];
  /** peak resident set of the server process after the load, KiB */
  serverPeakKib: number;
  /** 'unhandled error' lines the server logged during the run */
  serverErrors: number;
  problems: string[];
}

export interface ApiLoadResult {
  load: typeof LOAD;
  path: string;
  engines: EngineLoad[];
  skipped: string[];
}

async function startBare(): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = spawnNode(['--import', 'tsx', 'bench/bare-server.ts', String(port)]);
  const url = `http://${HOST}:${port}/x`;
  await waitForOk(child, url);
  await warm({ url }, LOAD.concurrency, 2000); // let V8 optimise both the baseline and the generator
  return { child, url };
}

async function measureEngine(
  engine: EngineLoad['engine'],
  detail: string,
  env: NodeJS.ProcessEnv,
  bareUrl: string,
  log: (line: string) => void,
): Promise<EngineLoad> {
  const dir = tempDataDir(engine);
  try {
    await seedWithCli(dir, env);
    const server = await startMamori(dir, env);
    let stopped = false;
    try {
      const cookie = await signIn(server.url, READER, BENCH_PASSWORD);
      const { organizations } = await getJson<{ organizations: { id: string; slug: string }[] }>(`${server.url}/api/orgs`, cookie);
      const org = organizations.find((o) => o.slug === 'bench');
      if (!org) throw new Error('GET /api/orgs did not list the bench organisation');
      const url = `${server.url}/api/orgs/${org.id}`;
      await getJson(url, cookie);
      const accept = 'application/json';
      const paired = await runPaired({ url: bareUrl, headers: { accept } }, { url, headers: { accept, cookie } }, LOAD);
      const [bare, mamori] = [paired.a, paired.b];
      log(`  ${engine}: bare Hono ${bare.rps.toFixed(0)} req/s, mamori ${mamori.rps.toFixed(0)} req/s, ${mamori.errors} errors`);
      const serverPeakKib = memoryKib(server.child.pid)?.peak ?? Number.NaN;
      const serverErrors = server.child
        .output()
        .split('\n')
        .filter((l) => l.includes('"unhandled error"')).length;
      stopped = true;
      const problems = await stopMamori(server, dir);
      return { engine, detail, mamori, bare, ratio: paired.ratio, serverPeakKib, serverErrors, problems };
    } finally {
      if (!stopped) await stopMamori(server, dir);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runApiLoad(log: (line: string) => void): Promise<ApiLoadResult> {
  const result: ApiLoadResult = { load: LOAD, path: 'GET /api/orgs/:orgId (viewer session)', engines: [], skipped: [] };
  log(
    `api load: ${LOAD.concurrency} clients, ${LOAD.rounds} alternating rounds of ${LOAD.roundMs} ms per server (+${LOAD.warmup} warm-up requests)`,
  );
  const bare = await startBare();
  try {
    result.engines.push(await measureEngine('pglite', 'embedded PGlite, data folder', {}, bare.url, log));
    const unavailable = postgresUnavailable();
    if (unavailable) {
      result.skipped.push(`PostgreSQL skipped: ${unavailable}`);
      log(`  PostgreSQL skipped: ${unavailable}`);
    } else {
      const pg = await startPostgres();
      try {
        const detail = `${pg.version}, loopback, fsync=off, pool max 10`;
        result.engines.push(await measureEngine('postgres', detail, { DATABASE_URL: pg.url }, bare.url, log));
      } finally {
        await pg.stop();
      }
    }
  } finally {
    await stopChild(bare.child);
  }
  return result;
}
