// Issue 11 item 9: the last 5 passwords cannot be set again, and every place that sets a chosen
// password refuses guessable ones naming the reason (first administrator, new user, own change).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { seedUser } from '../../test/seed.ts';

let deps: TestDeps;
beforeAll(async () => {
  deps = await testDeps();
});
afterAll(() => deps.close());

const REUSED = /直近 5 回に使ったパスワード/;
const change = (client: TestClient, currentPassword: string, newPassword: string) =>
  client.post('/api/auth/password', { currentPassword, newPassword });

describe('password history', () => {
  it('refuses the current and the 4 previous passwords, and forgets older ones', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    await client.signIn(u.loginId, u.password);
    const same = await change(client, u.password, u.password);
    expect(same.status).toBe(400);
    expect(same.body.error.fields).toEqual([{ field: 'newPassword', message: expect.stringMatching(REUSED) }]);

    const passwords = [u.password, ...[1, 2, 3, 4, 5].map((i) => `kuma-${i}7-tsuki-hana`)];
    for (let i = 1; i < passwords.length; i++) {
      deps.clock.advance(60_000);
      const r = await change(client, passwords[i - 1] as string, passwords[i] as string);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      if (i < passwords.length - 1) {
        const back = await change(client, passwords[i] as string, u.password);
        expect(back.status).toBe(400);
        expect(back.body.error.message).toMatch(REUSED);
      }
    }
    // the first password is now 6 changes back: allowed again; only 5 hashes are kept
    const stored = await deps.db.execute(sql`select count(*)::int as n from password_history where user_id = ${u.id}`);
    expect((stored as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(5);
    expect((await change(client, passwords[5] as string, u.password)).status).toBe(200);
  });

  it("refuses a password used before an administrator's reset", async () => {
    const admin = await seedUser(deps, { isSystemAdmin: true });
    const u = await seedUser(deps);
    const adminClient = new TestClient(testApp(deps));
    await adminClient.signIn(admin.loginId, admin.password);
    const reset = await adminClient.post(`/api/users/${u.id}/reset-password`, {});
    expect(reset.status).toBe(200);
    const client = new TestClient(testApp(deps));
    await client.signIn(u.loginId, reset.body.temporaryPassword);
    const back = await change(client, reset.body.temporaryPassword, u.password);
    expect(back.status).toBe(400);
    expect(back.body.error.message).toMatch(REUSED);
    expect((await change(client, reset.body.temporaryPassword, 'mori-no-kuma-88-ame')).status).toBe(200);
  });
});

describe('guessable passwords are refused wherever a password is chosen', () => {
  const guessable = ['password12345', 'qwertyuiop123', '1234567890abc', 'aaaaaaaaaaaa1'];

  it('on the first administrator, a new user and one own change, naming the reason', async () => {
    const fresh = await testDeps();
    try {
      const client = new TestClient(testApp(fresh));
      for (const password of guessable) {
        const r = await client.post('/api/setup/admin', { loginId: 'admin', displayName: '管理者', password });
        expect(r.status).toBe(400);
        expect(r.body.error.fields[0]).toEqual({
          field: 'password',
          message: expect.stringMatching(/よく使われて|連続|繰り返し|キーボード/),
        });
      }
      expect(
        (await client.post('/api/setup/admin', { loginId: 'admin', displayName: '管理者', password: 'mori-no-kuma-88-ame' })).status,
      ).toBe(201);
    } finally {
      await fresh.close();
    }

    const admin = await seedUser(deps, { isSystemAdmin: true });
    const client = new TestClient(testApp(deps));
    await client.signIn(admin.loginId, admin.password);
    for (const password of guessable) {
      const r = await client.post('/api/users', { loginId: 'newcomer', displayName: '新人', password });
      expect(r.status).toBe(400);
      expect(r.body.error.fields[0].field).toBe('password');
    }
    const named = await client.post('/api/users', { loginId: 'newcomer', displayName: '新人', password: 'newcomer-2026-hana' });
    expect(named.body.error.message).toMatch(/ログインIDや氏名/);
    for (const password of guessable) {
      const r = await change(client, admin.password, password);
      expect(r.status).toBe(400);
      expect(r.body.error.fields[0].field).toBe('newPassword');
    }
  });
});
