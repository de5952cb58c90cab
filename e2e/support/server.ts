// Starts a real Mamori server process on a fresh embedded data folder for end-to-end tests.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface E2EServer {
  url: string;
  dataDir: string;
  output: () => string;
  /** the server's time now (its clock is the system's, moved by advanceClock) */
  now(): Date;
  /** moves the server's clock forward (the next TOTP step, an expired session) instead of waiting */
  advanceClock(ms: number): void;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200)); // polling for readiness, not timing a result
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/** `env`: settings of this server only (e.g. feed addresses nothing listens on) */
export async function startE2EServer(env: NodeJS.ProcessEnv = {}): Promise<E2EServer> {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html')))
    throw new Error('web UI not built: run `npm run build:web` (npm test does)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-e2e-'));
  const clockFile = `${dataDir}.clock`;
  let offset = 0;
  fs.writeFileSync(clockFile, '0');
  const port = await freePort();
  let out = '';
  const child = spawn('node', ['bin/mamori.js', 'serve', '--data', dataDir, '--port', String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', MAMORI_CLOCK_OFFSET_FILE: clockFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => out);
  return {
    url,
    dataDir,
    output: () => out,
    now: () => new Date(Date.now() + offset),
    advanceClock: (ms: number) => {
      offset += ms;
      fs.writeFileSync(clockFile, String(offset));
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(clockFile, { force: true });
    },
  };
}
