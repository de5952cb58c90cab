// Child processes for the benchmarks: the Mamori CLI and servers, peak memory, orderly stop.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getStatus } from './net.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MAMORI_BIN = path.join(ROOT, 'bin', 'mamori.js');

export interface Child {
  proc: ChildProcess;
  pid: number;
  /** everything the child wrote to stderr and stdout, for diagnostics */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node <args>` in the repository root, collecting its output. */
export function spawnNode(args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (proc.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  const chunks: string[] = [];
  proc.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  proc.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, pid: proc.pid, output: () => chunks.join(''), exited };
}

/** Runs a Mamori CLI command to completion; throws with its output when it fails. */
export async function runCli(args: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const proc = spawn(process.execPath, [MAMORI_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  proc.stdin.end(opts.stdin ?? '');
  const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
  if (code !== 0) throw new Error(`mamori ${args.join(' ')} exited ${code}: ${err || out}`);
  return out;
}

/** Polls `url` until it answers 200; rejects when the child exits first or after `timeoutMs`. */
export async function waitForOk(child: Child, url: string, timeoutMs = 60_000, intervalMs = 10): Promise<void> {
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`child exited before ${url} answered:\n${child.output()}`);
    if ((await getStatus(url)) === 200) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${child.output()}`);
}

/** Peak resident set (VmHWM) and current resident set (VmRSS) in KiB, from /proc; undefined off Linux. */
export function memoryKib(pid: number): { peak: number; current: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peak: field('VmHWM'), current: field('VmRSS') };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, all threads) a process has used, in ms, from /proc; NaN off Linux. */
export function cpuMs(pid: number): number {
  try {
    // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
    const after = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.split(' ') ?? [];
    return ((Number(after[11]) + Number(after[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** CPU time used so far by every running process with this command name (e.g. the PostgreSQL backends), in ms. */
export function cpuMsOfCommand(command: string): number {
  let sum = 0;
  for (const pid of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command) sum += cpuMs(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

// Linux's USER_HZ, the unit of /proc/<pid>/stat's times, is 100 on every architecture Node runs on
const CLOCK_TICKS = 100;

/** Resets the peak resident set (VmHWM) to the current one (Linux: clear_refs 5), so that the next
 * read of memoryKib's peak is the peak of what ran in between; false when the kernel refuses. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
export async function stopChild(child: Child, graceMs = 15_000): Promise<number | null> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return child.proc.exitCode;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}
