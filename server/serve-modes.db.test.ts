// The server on PostgreSQL through DATABASE_URL, and over TLS with a certificate of the site's own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './lib/config.ts';
import { MemoryLogger } from './lib/log.ts';
import { startServer } from './main.ts';
import { emptyPostgresDatabase, testEngine } from './test/engines.ts';

describe.skipIf(testEngine() !== 'postgres')('on PostgreSQL', () => {
  it('creates the schema in an empty database on first start and reports the engine', async () => {
    const empty = await emptyPostgresDatabase();
    // the key file would otherwise go to ./data (the data folder is unused on PostgreSQL but for it)
    const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-pg-keys-'));
    const env = { DATABASE_URL: empty.url, MAMORI_KEY_FILE: path.join(keys, 'mamori.key') };
    const server = await startServer(loadConfig({ port: '0' }, env), new MemoryLogger());
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { engine: string; migrations: { pending: number } };
      expect(health).toMatchObject({ engine: 'postgres', migrations: { pending: 0 } });
      expect((await (await fetch(`${server.url}/api/setup/status`)).json()) as object).toEqual({ needsSetup: true });
    } finally {
      await server.close();
      await empty.drop();
      fs.rmSync(keys, { recursive: true, force: true });
    }
  });
});

function get(url: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      })
      .on('error', reject);
  });
}

describe.skipIf(testEngine() !== 'pglite')('over TLS', () => {
  it('serves HTTPS with MAMORI_TLS_CERT/KEY, with HSTS and Secure cookies', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-tls-'));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
      { stdio: 'ignore' },
    );
    const server = await startServer(
      loadConfig({ data: path.join(dir, 'data'), port: '0' }, { MAMORI_TLS_CERT: cert, MAMORI_TLS_KEY: key }),
      new MemoryLogger(),
    );
    try {
      expect(server.url).toMatch(/^https:\/\//);
      const res = await get(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age/);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
