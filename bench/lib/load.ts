// Closed-loop load generator: `concurrency` clients over keep-alive loopback connections, each sending
// its next GET as soon as the previous answer is read, for a fixed time (bounded by a request count).
// Two targets are measured in alternating rounds of equal length, so that both see the same noise.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.ts';

export interface Target {
  url: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  concurrency: number;
  /** unmeasured requests per target before the first round */
  warmup: number;
  rounds: number;
  /** how long each target is loaded in each round */
  roundMs: number;
  /** upper bound on measured requests per target, split over the rounds */
  maxRequests: number;
  timeoutMs?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** status code (or 'error: …') → count, for everything that was not 2xx */
  failures: Record<string, number>;
  durationMs: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** req/s of each round */
  roundRps: number[];
}

interface Sample {
  latencies: number[];
  failures: Record<string, number>;
  durationMs: number;
}

function once(agent: http.Agent, url: URL, headers: Record<string, string>, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', (err) => resolve(`error: ${err.message}`));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve(`error: ${err.message}`));
  });
}

async function measure(agent: http.Agent, target: Target, concurrency: number, count: number, maxMs: number, timeoutMs: number) {
  const url = new URL(target.url);
  const headers = target.headers ?? {};
  const sample: Sample = { latencies: [], failures: {}, durationMs: 0 };
  let issued = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const client = async () => {
    while (issued < count && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      const status = await once(agent, url, headers, timeoutMs);
      sample.latencies.push(performance.now() - t0);
      if (typeof status === 'string' || status < 200 || status > 299) {
        sample.failures[String(status)] = (sample.failures[String(status)] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  sample.durationMs = performance.now() - started;
  return sample;
}

function summarize(samples: Sample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies);
  const failures: Record<string, number> = {};
  for (const s of samples) for (const [k, n] of Object.entries(s.failures)) failures[k] = (failures[k] ?? 0) + n;
  const durationMs = samples.reduce((a, s) => a + s.durationMs, 0);
  return {
    requests: latencies.length,
    errors: Object.values(failures).reduce((a, b) => a + b, 0),
    failures,
    durationMs,
    rps: (latencies.length / durationMs) * 1000,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    roundRps: samples.map((s) => (s.latencies.length / s.durationMs) * 1000),
  };
}

/** Measures `a` and `b` in alternating rounds (a, b, a, b, …) with one connection pool per target. */
export async function runPaired(a: Target, b: Target, opts: LoadOptions) {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const legs = [a, b].map((target) => ({
    target,
    agent: new http.Agent({ keepAlive: true, maxSockets: opts.concurrency }),
    samples: [] as Sample[],
  }));
  const run = (leg: (typeof legs)[number], count: number, maxMs: number) =>
    measure(leg.agent, leg.target, opts.concurrency, count, maxMs, timeoutMs);
  try {
    for (const leg of legs) if (opts.warmup > 0) await run(leg, opts.warmup, 30_000);
    const perRound = Math.ceil(opts.maxRequests / opts.rounds);
    for (let r = 0; r < opts.rounds; r += 1) {
      for (const leg of legs) leg.samples.push(await run(leg, perRound, opts.roundMs));
    }
  } finally {
    for (const leg of legs) leg.agent.destroy();
  }
  const [ra, rb] = legs.map((leg) => summarize(leg.samples)) as [LoadResult, LoadResult];
  const roundRps = rb.roundRps.map((rps, i) => rps / (ra.roundRps[i] ?? Number.NaN));
  return { a: ra, b: rb, ratio: { rps: rb.rps / ra.rps, p50: rb.p50 / ra.p50, roundRpsMedian: median(roundRps), roundRps } };
}

export type PairedResult = Awaited<ReturnType<typeof runPaired>>;

/** Plain load on one target, for warming a server up. */
export async function warm(target: Target, concurrency: number, requests: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    await measure(agent, target, concurrency, requests, 30_000, 5000);
  } finally {
    agent.destroy();
  }
}
