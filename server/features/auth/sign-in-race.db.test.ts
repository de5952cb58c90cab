// Issue 11 item 1: many truly parallel sign-ins against a real HTTP server. A password is verified
// only after an attempt slot was reserved atomically in the database, so no more than the allowed
// failures are ever verified and the right password arriving after the lock is refused.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type PlainResponse, postJson, serveTestDeps } from '../../test/listen.ts';
import { seedUser } from '../../test/seed.ts';
import { updateUser } from '../users/users.repo.ts';
import { newTotpSecret, stepAt, totpCode } from './totp.ts';
import { sealTotpSecret } from './totp-secret.ts';

const ALLOWED_FAILURES = 5; // lockout.ts: the 5th failure locks

// each request comes from its own address, so that only the account's lock decides
const server = serveTestDeps();

const rows = async <T>(q: ReturnType<typeof sql>) => ((await server.deps.db.execute(q)) as unknown as { rows: T[] }).rows;

async function burst(total: number, rightAt: number) {
  const u = await seedUser(server.deps);
  const results: PlainResponse[] = await Promise.all(
    Array.from({ length: total }, (_, i) =>
      postJson(
        `${server.url}/api/auth/login`,
        { loginId: u.loginId, password: i === rightAt ? u.password : `wrong-password-${i}-x` },
        { 'x-forwarded-for': `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` },
      ),
    ),
  );
  const [counter] = await rows<{ n: number }>(sql`select failed_attempts as n from users where id = ${u.id}`);
  const [audited] = await rows<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = 'auth.sign_in_failed' and target_id = ${u.id}`,
  );
  return {
    signedIn: results.filter((r) => r.status === 200).length,
    verifiedWrong: results.filter((r) => r.status === 401).length,
    locked: results.filter((r) => r.status === 429 && r.body.error.code === 'LOCKED').length,
    other: results.filter((r) => ![200, 401, 429].includes(r.status)).map((r) => r.status),
    counter: Number(counter?.n),
    audited: Number(audited?.n),
  };
}

describe('sign-in lock-out under parallel attempts (real HTTP server)', () => {
  it.each([
    [40, 30],
    [200, 100],
  ])('%i parallel attempts, the right password at index %i: never signed in after the lock', async (total, rightAt) => {
    for (let round = 0; round < 2; round++) {
      const r = await burst(total, rightAt);
      expect(r.other).toEqual([]);
      expect(r.signedIn).toBe(0);
      expect(r.verifiedWrong).toBeLessThanOrEqual(ALLOWED_FAILURES);
      expect(r.verifiedWrong + r.locked).toBe(total);
      // every verified failure is counted and audited, nothing more
      expect(r.counter).toBe(r.verifiedWrong);
      expect(r.audited).toBe(r.verifiedWrong);
    }
  });
});

/** A user with TOTP on, signed in with the password: the session waits for the second factor. */
async function mfaSession() {
  const u = await seedUser(server.deps);
  const secret = newTotpSecret();
  await updateUser(server.deps.db, u.id, { totpSecret: sealTotpSecret(u.id, secret), totpEnabledAt: server.deps.clock.now() });
  const login = await postJson(
    `${server.url}/api/auth/login`,
    { loginId: u.loginId, password: u.password },
    { 'x-forwarded-for': '10.200.0.1' },
  );
  expect(login.body.stage).toBe('mfa');
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = await fetch(`${server.url}/api/auth/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const verify = (code: string, i: number) =>
    postJson(
      `${server.url}/api/auth/mfa/verify`,
      { code },
      { cookie, 'x-csrf-token': csrfToken, 'x-forwarded-for': `10.201.0.${i % 250}` },
    );
  return { u, rightCode: totpCode(secret, stepAt(server.deps.clock.now())), verify };
}

describe('second factor under parallel attempts (real HTTP server)', () => {
  it('40 parallel codes, the right one among them: no more than the allowed wrong codes are checked', async () => {
    const { u, rightCode, verify } = await mfaSession();
    const wrong = (i: number) => String((Number(rightCode) + 1 + i) % 1_000_000).padStart(6, '0');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => verify(i === 30 ? rightCode : wrong(i), i)));
    const wrongChecked = results.filter((r) => r.status === 401 && r.body.error.code === 'MFA_INVALID').length;
    const locked = results.filter((r) => r.status === 429 && r.body.error.code === 'LOCKED').length;
    const signedIn = results.filter((r) => r.status === 200).length;
    // once signed in, the waiting session is gone: the requests still coming with it are not checked
    const sessionGone = results.filter((r) => r.status === 401 && r.body.error.code !== 'MFA_INVALID').length;
    expect(results.filter((r) => ![200, 401, 429].includes(r.status)).map((r) => r.status)).toEqual([]);
    expect(wrongChecked).toBeLessThanOrEqual(ALLOWED_FAILURES);
    expect(signedIn).toBeLessThanOrEqual(1);
    expect(wrongChecked + locked + signedIn + sessionGone).toBe(40);
    const [audited] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'auth.sign_in_failed' and target_id = ${u.id}`,
    );
    expect(Number(audited?.n)).toBe(wrongChecked);
  });

  it('one code sent 20 times at once signs in once', async () => {
    const { rightCode, verify } = await mfaSession();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verify(rightCode, i)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => ![200, 401, 429].includes(r.status)).map((r) => r.status)).toEqual([]);
  });
});
