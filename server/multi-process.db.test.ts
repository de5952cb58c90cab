// Mamori on several servers over one PostgreSQL (PostgreSQL only): two servers started together on an
// empty database migrate it once and both serve it; a session made through one is good on the other;
// the automatic backup is claimed in the database, so of two servers checking at once one writes it
// and the other learns when; a lost connection (PostgreSQL restarted or the connection killed) costs
// no restart of Mamori: the next request opens a new one, and no committed write is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownMigrations } from './db/migrate.ts';
import { loadConfig } from './lib/config.ts';
import { MemoryLogger } from './lib/log.ts';
import { type RunningServer, startServer } from './main.ts';
import { emptyPostgresDatabase, testEngine } from './test/engines.ts';

const PASSWORD = 'Futatsu-no-Server-2026';

describe.skipIf(testEngine() !== 'postgres')('two servers over one PostgreSQL', () => {
  let empty: Awaited<ReturnType<typeof emptyPostgresDatabase>>;
  let dir: string;
  const servers: RunningServer[] = [];
  const logs = [new MemoryLogger(), new MemoryLogger()];

  beforeAll(async () => {
    empty = await emptyPostgresDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-two-'));
    // one key file for both, as an installation shares it; each server its own backup folder
    const env = (n: number) => ({
      DATABASE_URL: empty.url,
      MAMORI_KEY_FILE: path.join(dir, 'mamori.key'),
      MAMORI_DATA: path.join(dir, `data-${n}`),
      MAMORI_BACKUP_DIRS: path.join(dir, `backups-${n}`),
      MAMORI_BACKUP_DELAY_MINUTES: '600',
    });
    // the key file is made by the first start: the second would otherwise make a different one
    servers.push(await startServer(loadConfig({ port: '0' }, env(0)), logs[0]));
    await servers[0]?.close();
    servers.length = 0;
    await pg_drop_schema(empty.url);
    const started = await Promise.all([0, 1].map((n) => startServer(loadConfig({ port: '0' }, env(n)), logs[n])));
    servers.push(...started);
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    await empty.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates an empty database once when both start together', async () => {
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    try {
      const { rows } = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(rows[0].n).toBe(knownMigrations().length);
    } finally {
      await client.end();
    }
    for (const s of servers) {
      const health = (await (await fetch(`${s.url}/api/health`)).json()) as { migrations: { pending: number } };
      expect(health.migrations.pending).toBe(0);
    }
  });

  it('keeps a session made through one server good on the other', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const setup = await fetch(`${a.url}/api/setup/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: 'kanri', displayName: '管理者', password: PASSWORD }),
    });
    expect(setup.status).toBeLessThan(300);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: 'kanri', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const session = (await (await fetch(`${b.url}/api/auth/session`, { headers: { cookie } })).json()) as { user: { loginId: string } };
    expect(session.user.loginId).toBe('kanri');
  });

  it('writes the scheduled backup once when both check at the same time', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const results = await Promise.all([a.deps.backups?.runIfDue(), b.deps.backups?.runIfDue()]);
    expect([...results].sort()).toEqual(['not-due', 'written']);
    const inFolder = (n: number) => {
      const folder = path.join(dir, `backups-${n}`);
      return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.startsWith('mamori-auto-')) : [];
    };
    const files = [0, 1].flatMap(inFolder);
    expect(files).toHaveLength(1);
    // the one that did not write learns at its next check that the backup was written (a claim alone is not a backup)
    const other = results[0] === 'written' ? b : a;
    expect(await other.deps.backups?.runIfDue()).toBe('not-due');
    for (const s of servers) expect(s.deps.backups?.health(new Date()).status).toBe('ok');
  });

  it('survives losing its connections: the next request opens new ones, nothing committed is lost', async () => {
    const [a] = servers as [RunningServer];
    const admin = new pg.Client({ connectionString: empty.url });
    await admin.connect();
    try {
      const before = (await admin.query('select count(*)::int as n from audit_events')).rows[0].n as number;
      // a transaction under way on one of them when it happens: it fails, the process does not
      const inFlight = a.deps.db
        .transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(2)`);
        })
        .then(
          () => 'committed',
          (err: unknown) => err,
        );
      // (until PostgreSQL shows it running)
      const running = async () =>
        (
          await admin.query(
            "select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and query like 'select pg_sleep(2)%'",
          )
        ).rows[0].n as number;
      while ((await running()) === 0);
      // every connection of the servers ends, as when PostgreSQL restarts
      const { rows } = await admin.query(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(rows[0].n).toBeGreaterThan(0);
      expect(await inFlight).toBeInstanceOf(Error);
      // the requests during the gap may fail; Mamori keeps running and answers the next ones
      let health = 0;
      for (let i = 0; i < 20 && health !== 200; i++) health = (await fetch(`${a.url}/api/setup/status`)).status;
      expect(health).toBe(200);
      expect((await admin.query('select count(*)::int as n from audit_events')).rows[0].n).toBeGreaterThanOrEqual(before);
      expect(logs[0]?.entries.some((e) => e.msg === 'database.connection_lost')).toBe(true);
    } finally {
      await admin.end();
    }
  });
});

/** Empties the database again (the first start only made the key file), so both start on nothing. */
async function pg_drop_schema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade;');
  } finally {
    await client.end();
  }
}
