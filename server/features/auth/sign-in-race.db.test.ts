// Issue 11 item 1: many truly parallel sign-ins against a real HTTP server. A password is verified
// only after an attempt slot was reserved atomically in the database, so no more than the allowed
// failures are ever verified and the right password arriving after the lock is refused.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type PlainResponse, postJson, serveTestDeps } from '../../test/listen.ts';
import { seedUser } from '../../test/seed.ts';

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
