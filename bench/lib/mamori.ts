// Starting `mamori serve` as a child on a fresh or existing data folder, and timing it to healthy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, HOST } from './net.ts';
import { type Child, MAMORI_BIN, memoryKib, spawnNode, stopChild, waitForOk } from './proc.ts';

export interface ServerChild {
  child: Child;
  url: string;
  /** spawn → first 200 from GET /api/health, in ms */
  readyMs: number;
  /** peak (VmHWM) and current (VmRSS) resident set when it first answered, KiB */
  peakKib: number;
  rssKib: number;
}

export const tempDataDir = (label: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `mamori-bench-${label}-`));

/** `mamori serve` on a free loopback port; PostgreSQL when env has DATABASE_URL. */
export async function startMamori(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ServerChild> {
  const port = await freePort();
  const url = `http://${HOST}:${port}`;
  const started = performance.now();
  // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the server under load
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawnNode([...nodeArgs, MAMORI_BIN, 'serve', '--data', dataDir, '--host', HOST, '--port', String(port)], env);
  try {
    await waitForOk(child, `${url}/api/health`);
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  const readyMs = performance.now() - started;
  const memory = memoryKib(child.pid);
  return { child, url, readyMs, peakKib: memory?.peak ?? Number.NaN, rssKib: memory?.current ?? Number.NaN };
}

/** Stops the server; reports a non-zero exit or a data-folder lock left behind. */
export async function stopMamori(server: ServerChild, dataDir: string): Promise<string[]> {
  const problems: string[] = [];
  const code = await stopChild(server.child);
  if (code !== 0) problems.push(`mamori serve exited with ${code} after SIGTERM`);
  if (fs.existsSync(path.join(dataDir, 'mamori.lock'))) problems.push(`lock file left in ${dataDir} after exit`);
  return problems;
}
