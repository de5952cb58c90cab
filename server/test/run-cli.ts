// Runs `node bin/mamori.js …` as a user would (a separate process, embedded database), for tests.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'mamori.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `input` is written to standard input (e.g. a password for --password-stdin); stdin is always closed. */
export async function runCli(args: string[], input?: string, env: Record<string, string> = {}): Promise<CliResult> {
  const child = run('node', [bin, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } });
  child.child.stdin?.end(input ?? '');
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
