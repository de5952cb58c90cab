// Cold start on PGlite: time from spawning `mamori serve` to the first 200 from /api/health, and the
// peak resident memory (VmHWM) at that moment. First start = empty folder (initdb + migrations);
// later start = the same folder again. Median of RUNS, each on a fresh folder, after one discarded
// warm-up pair (tsx's transpile cache and the OS page cache then hold the code and PGlite's files).
import fs from 'node:fs';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { MAMORI_BIN } from './lib/proc.ts';
import { median } from './lib/stats.ts';

interface Samples {
  ms: number[];
  peakKib: number[];
  rssKib: number[];
}

export interface ColdStartResult {
  runs: number;
  first: Samples;
  later: Samples;
  problems: string[];
}

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);

/** First start on a new folder, then a later start on it; stops each and checks the lock is released. */
async function startTwice(problems: string[]) {
  const dir = tempDataDir('cold');
  try {
    const first = await startMamori(dir);
    problems.push(...(await stopMamori(first, dir)));
    const later = await startMamori(dir);
    problems.push(...(await stopMamori(later, dir)));
    return { first, later };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runColdStart(log: (line: string) => void): Promise<ColdStartResult> {
  log(`cold start: 1 warm-up + ${RUNS} runs of node ${MAMORI_BIN} serve (PGlite)`);
  const samples = (): Samples => ({ ms: [], peakKib: [], rssKib: [] });
  const result: ColdStartResult = { runs: RUNS, first: samples(), later: samples(), problems: [] };
  const warmup = await startTwice(result.problems);
  log(`  warm-up: first ${warmup.first.readyMs.toFixed(0)} ms, later ${warmup.later.readyMs.toFixed(0)} ms (not counted)`);
  for (let i = 0; i < RUNS; i += 1) {
    const pair = await startTwice(result.problems);
    for (const kind of ['first', 'later'] as const) {
      const s = pair[kind];
      result[kind].ms.push(s.readyMs);
      result[kind].peakKib.push(s.peakKib);
      result[kind].rssKib.push(s.rssKib);
      log(
        `  run ${i + 1} ${kind}: ${s.readyMs.toFixed(0)} ms, peak ${(s.peakKib / 1024).toFixed(1)} MiB, now ${(s.rssKib / 1024).toFixed(1)} MiB`,
      );
    }
  }
  return result;
}

export const coldStartSummary = (r: ColdStartResult) => ({
  firstMs: median(r.first.ms),
  firstPeakKib: median(r.first.peakKib),
  firstRssKib: median(r.first.rssKib),
  laterMs: median(r.later.ms),
  laterPeakKib: median(r.later.peakKib),
  laterRssKib: median(r.later.rssKib),
});
