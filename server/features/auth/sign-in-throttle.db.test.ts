// Issue 11 item 1: attempts are throttled per client address (unknown login IDs included), and an
// unknown login ID answers and locks exactly like a known one.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { testApp } from '../../test/harness.ts';
import { postJson, serveTestDeps } from '../../test/listen.ts';
import { seedUser } from '../../test/seed.ts';

const ADDRESS_LIMIT = 30; // failed attempts per address per 15 minutes

const server = serveTestDeps();

const login = (loginId: string, password: string, from: string) =>
  postJson(`${server.url}/api/auth/login`, { loginId, password }, { 'x-forwarded-for': from });

describe('throttling per client address', () => {
  it('refuses further attempts from one address with 429, Retry-After and a Japanese message, unknown IDs included', async () => {
    const from = '192.0.2.10';
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => login(`nobody-${i}`, `wrong-password-${i}-x`, from)));
    const limited = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 401)).toHaveLength(ADDRESS_LIMIT);
    expect(limited).toHaveLength(60 - ADDRESS_LIMIT);
    for (const r of limited) {
      expect(r.body.error.code).toBe('RATE_LIMITED');
      expect(r.body.error.message).toMatch(/ログインの試行が多すぎる.*分後に再試行/);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    }
    // the right password of a real account is not even tried from that address
    const u = await seedUser(server.deps);
    expect((await login(u.loginId, u.password, from)).status).toBe(429);
    // another address is not affected
    expect((await login(u.loginId, u.password, '192.0.2.11')).status).toBe(200);
    // after the window the address may try again
    server.deps.clock.advance(15 * 60_000 + 1000);
    expect((await login(u.loginId, u.password, from)).status).toBe(200);
  });

  it('does not count successful sign-ins against the address', async () => {
    const from = '192.0.2.20';
    const u = await seedUser(server.deps);
    for (let i = 0; i < ADDRESS_LIMIT + 5; i++) expect((await login(u.loginId, u.password, from)).status).toBe(200);
  });

  it('removes counters of past windows', async () => {
    await login('nobody-old', 'wrong-password-x1', '192.0.2.30');
    const count = async () =>
      ((await server.deps.db.execute(sql`select count(*)::int as n from sign_in_address_counters`)) as unknown as { rows: { n: number }[] })
        .rows[0]?.n;
    expect(await count()).toBeGreaterThan(0);
    server.deps.clock.advance(2 * 60 * 60_000);
    await login('nobody-new', 'wrong-password-x1', '192.0.2.31'); // an attempt prunes what has expired
    expect(await count()).toBe(1);
  });
});

describe('unknown and known login IDs are indistinguishable', () => {
  const attempt = (client: TestClient, loginId: string, i: number) =>
    client.post('/api/auth/login', { loginId, password: `wrong-password-${i}-x` });

  it('gives the same answers and locks an unknown ID after the same failures, with the same back-off', async () => {
    const u = await seedUser(server.deps);
    const known = new TestClient(testApp(server.deps));
    const unknown = new TestClient(testApp(server.deps));
    const ghost = `ghost-${u.loginId}`;
    for (let i = 0; i < 7; i++) {
      const a = await attempt(known, u.loginId, i);
      const b = await attempt(unknown, ghost, i);
      expect({ status: b.status, body: b.body }).toEqual({ status: a.status, body: a.body });
      expect(b.headers.get('retry-after')).toBe(a.headers.get('retry-after'));
      expect(a.status).toBe(i < 5 ? 401 : 429);
      if (i >= 5) expect(a.body.error.code).toBe('LOCKED');
    }
    // the login ID is compared as the user types it: case and full-width forms are the same ID
    expect((await attempt(unknown, ghost.toUpperCase(), 9)).body.error.code).toBe('LOCKED');
    server.deps.clock.advance(61_000); // first lock: 1 minute
    const a6 = await attempt(known, u.loginId, 6);
    const b6 = await attempt(unknown, ghost, 6);
    expect([a6.status, b6.status]).toEqual([401, 401]);
    server.deps.clock.advance(61_000); // the 6th failure locks for 2 minutes
    const a7 = await attempt(known, u.loginId, 7);
    const b7 = await attempt(unknown, ghost, 7);
    expect([a7.body.error.code, b7.body.error.code]).toEqual(['LOCKED', 'LOCKED']);
    expect(b7.body).toEqual(a7.body);
  });

  it('audits failed attempts on unknown IDs without storing the typed ID', async () => {
    const client = new TestClient(testApp(server.deps));
    await client.post('/api/auth/login', { loginId: 'typo-adm1n', password: 'wrong-password-x1' });
    const r = (await server.deps.db.execute(
      sql`select actor_label, target_type, target_id, after from audit_events where action = 'auth.sign_in_failed' order by seq desc limit 1`,
    )) as unknown as { rows: { actor_label: string; target_type: string; target_id: string; after: unknown }[] };
    const row = r.rows[0];
    expect(row?.target_type).toBe('login');
    expect(JSON.stringify(row)).not.toContain('typo-adm1n');
  });
});
