import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { seedUser } from '../../test/seed.ts';
import { stepAt, totpCode } from './totp.ts';

let deps: TestDeps;
beforeAll(async () => {
  deps = await testDeps();
});
afterAll(() => deps.close());

describe('sign-in', () => {
  it('signs in with login ID and password and reports the session', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    expect(await client.signIn(u.loginId.toUpperCase(), u.password)).toBe('full');
    const session = await client.refresh();
    expect(session.user.loginId).toBe(u.loginId);
    expect(session.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password with the same message as an unknown login ID', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    const wrong = await client.post('/api/auth/login', { loginId: u.loginId, password: 'wrong-password-123' });
    const unknown = await client.post('/api/auth/login', { loginId: 'nobody-here', password: 'wrong-password-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(client.cookie).toBeUndefined();
  });

  it('locks the account with back-off after repeated failures, also against the right password', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await client.post('/api/auth/login', { loginId: u.loginId, password: `wrong-${i}-password` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const right = await client.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('LOCKED');
    expect(right.body.error.message).toMatch(/分後に再試行/);
    deps.clock.advance(2 * 60_000); // first lock is 1 minute
    expect((await client.post('/api/auth/login', { loginId: u.loginId, password: u.password })).status).toBe(200);
  });

  it('doubles the lock with every further failure', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { loginId: u.loginId, password: 'bad-password-x1' });
    deps.clock.advance(61_000);
    await client.post('/api/auth/login', { loginId: u.loginId, password: 'bad-password-x1' }); // 6th: 2 minutes
    deps.clock.advance(61_000);
    expect((await client.post('/api/auth/login', { loginId: u.loginId, password: u.password })).status).toBe(429);
    deps.clock.advance(60_000);
    expect((await client.post('/api/auth/login', { loginId: u.loginId, password: u.password })).status).toBe(200);
  });

  it('expires a session after the idle timeout and after the absolute lifetime', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    await client.signIn(u.loginId, u.password);
    deps.clock.advance(29 * 60_000);
    expect((await client.get('/api/orgs')).status).toBe(200);
    deps.clock.advance(31 * 60_000);
    const expired = await client.get('/api/orgs');
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('UNAUTHENTICATED');

    await client.signIn(u.loginId, u.password);
    for (let h = 0; h < 12; h++) {
      deps.clock.advance(25 * 60_000);
      await client.get('/api/orgs');
      deps.clock.advance(35 * 60_000);
      await client.get('/api/orgs');
    }
    expect((await client.get('/api/orgs')).status).toBe(401);
  });

  it("clears a user's stale sessions at the next sign-in", async () => {
    const u = await seedUser(deps);
    for (let i = 0; i < 3; i++) await new TestClient(testApp(deps)).signIn(u.loginId, u.password);
    deps.clock.advance(31 * 60_000);
    await new TestClient(testApp(deps)).signIn(u.loginId, u.password);
    const r = (await deps.db.execute(sql`select count(*)::int as n from sessions where user_id = ${u.id}`)) as unknown as {
      rows: { n: number }[];
    };
    expect(r.rows[0]?.n).toBe(1);
  });

  it('requires the TOTP code after the password when MFA is on, and refuses a reused code', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    await client.signIn(u.loginId, u.password);
    const start = await client.post('/api/auth/mfa/enrol');
    expect(start.status).toBe(200);
    expect(start.body.qrSvg).toContain('<svg');
    const secret: string = start.body.secret;
    const code = () => totpCode(secret, stepAt(deps.clock.now()));
    const confirm = await client.post('/api/auth/mfa/confirm', { code: code() });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);

    await client.post('/api/auth/logout');
    deps.clock.advance(30_000);
    const login = await client.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    expect(login.body.stage).toBe('mfa');
    await client.refresh();
    expect((await client.get('/api/orgs')).body.error.code).toBe('MFA_REQUIRED');
    const used = code();
    expect((await client.post('/api/auth/mfa/verify', { code: used })).status).toBe(200);
    await client.refresh();
    expect((await client.get('/api/orgs')).status).toBe(200);

    // the same code again, within its validity window, is refused
    await client.post('/api/auth/logout');
    await client.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await client.refresh();
    const replay = await client.post('/api/auth/mfa/verify', { code: used });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('MFA_INVALID');

    // a recovery code works once
    const recovery = confirm.body.recoveryCodes[0];
    expect((await client.post('/api/auth/mfa/verify', { code: recovery })).status).toBe(200);
    await client.post('/api/auth/logout');
    await client.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await client.refresh();
    expect((await client.post('/api/auth/mfa/verify', { code: recovery })).status).toBe(401);
  });
});
