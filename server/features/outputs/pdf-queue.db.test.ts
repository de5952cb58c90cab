// PDF work under a flood, over real HTTP: one viewer's 12 parallel inspection-pack PDFs are bounded
// (the rest answered 429 with Retry-After at once) and another organisation's PDF starts before the
// flood's waiting jobs. Chromium is the real one, held at a gate until the test has seen who started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { MemoryLogger } from '../../lib/log.ts';
import { PDF_BUSY_MESSAGE } from '../../lib/pdf.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

/** Logs like MemoryLogger and tells waiters when a message has been logged `count` times. */
class WatchedLog extends MemoryLogger {
  private waiters: { msg: string; count: number; done: () => void }[] = [];
  override info(msg: string, fields?: Record<string, unknown>) {
    super.info(msg, fields);
    this.check();
  }
  override warn(msg: string, fields?: Record<string, unknown>) {
    super.warn(msg, fields);
    this.check();
  }
  logged(msg: string, count: number): Promise<void> {
    return new Promise((done) => {
      this.waiters.push({ msg, count, done });
      this.check();
    });
  }
  private check() {
    for (const w of this.waiters.filter((w) => this.entries.filter((e) => e.msg === w.msg).length >= w.count)) w.done();
  }
}

let deps: TestDeps;
let server: ServerType;
let url: string;
let dir: string;
let gate: string;
const orgs: Record<'A' | 'B', string> = { A: '', B: '' };
const viewers: Partial<Record<'A' | 'B', TestClient>> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-pdfq-'));
  gate = path.join(dir, 'open');
  // the real Chromium, started only once the gate file exists
  const chromium = path.join(dir, 'chromium');
  fs.writeFileSync(chromium, `#!/bin/sh\nwhile [ ! -e '${gate}' ]; do sleep 0.05; done\nexec '${loadConfig().chromiumPath}' "$@"\n`, {
    mode: 0o755,
  });
  deps = await testDeps({ MAMORI_CHROMIUM: chromium });
  deps.log = new WatchedLog();
  for (const key of ['A', 'B'] as const) {
    orgs[key] = (await seedOrg(deps)).id;
    const editor = await memberClient(deps, orgs[key], 'editor');
    expect((await editor.post(`/api/orgs/${orgs[key]}/assessments`, { fiscalYear: 2025, form: 'institution' })).status).toBe(201);
    viewers[key] = await memberClient(deps, orgs[key], 'viewer');
  }
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: testApp(deps).fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await deps?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const packPdf = (key: 'A' | 'B') =>
  fetch(`${url}/api/orgs/${orgs[key]}/inspection-pack.pdf?fiscalYear=2025`, {
    headers: { cookie: `${SESSION_COOKIE}=${viewers[key]?.cookie}`, connection: 'close' },
  }).then(async (res) => ({ status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }));

describe('PDF work under a flood', () => {
  it('bounds one viewer’s 12 parallel PDFs and starts another organisation’s before the flood’s waiting ones', async () => {
    const log = deps.log as WatchedLog;
    const flood = Array.from({ length: 12 }, () => packPdf('A'));
    await log.logged('pdf refused', 9); // answered at once, while the first job is held at the gate
    const other = packPdf('B');
    await log.logged('pdf started', 2);
    fs.writeFileSync(gate, '');
    const answers = await Promise.all(flood);

    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(9);
    for (const r of refused) {
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(r.body.toString())).toMatchObject({ error: { code: 'PDF_QUEUE_FULL', message: PDF_BUSY_MESSAGE } });
    }
    const made = answers.filter((a) => a.status === 200);
    expect(made).toHaveLength(3);
    for (const m of made) expect(m.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await other).status).toBe(200);

    const starts = log.entries.filter((e) => e.msg === 'pdf started').map((e) => e.fields?.organizationId);
    expect(starts).toEqual([orgs.A, orgs.B, orgs.A, orgs.A]);
  }, 120_000);

  it('drops a waiting PDF whose client went away: Chromium never starts for it', async () => {
    const log = deps.log as WatchedLog;
    fs.rmSync(gate, { force: true });
    const startsBefore = log.entries.filter((e) => e.msg === 'pdf started').length;
    const first = packPdf('A');
    await log.logged('pdf started', startsBefore + 1); // held at the gate: the next one of A waits
    const leaving = new AbortController();
    // an accepted job answers its headers at once and sends the PDF when it is made: then the client leaves
    const second = await fetch(`${url}/api/orgs/${orgs.A}/inspection-pack.pdf?fiscalYear=2025`, {
      headers: { cookie: `${SESSION_COOKIE}=${viewers.A?.cookie}`, connection: 'close' },
      signal: leaving.signal,
    });
    expect(second.status).toBe(200);
    leaving.abort();
    await second.arrayBuffer().catch(() => undefined);
    await log.logged('pdf dropped: the client left while it waited', 1);
    fs.writeFileSync(gate, '');
    expect((await first).status).toBe(200);
    expect(log.entries.filter((e) => e.msg === 'pdf started').length).toBe(startsBefore + 1);
  }, 120_000);
});
