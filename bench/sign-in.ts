// Sign-in: whether an unknown login ID can be told from a known one by the time a wrong password takes
// (interleaved pairs on new connections, each from its own forwarded address so that throttling stays
// out of the way, each ID tried 4 times so that no lock-out starts), and the lock-out race (40 and 200
// truly parallel attempts, the right password in the middle). Against `mamori serve` on PGlite and
// PostgreSQL. The noise floor is measured in the same run: known IDs against other known IDs.
import fs from 'node:fs';
import { call, Session } from './lib/http-client.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { BENCH_PASSWORD, seedWithCli } from './lib/session.ts';
import { median, percentile } from './lib/stats.ts';

const IDS = Number(process.env.BENCH_SIGNIN_IDS ?? 30);
const TRIES = 4; // per ID: the 5th failure would start a lock

export interface SignInTiming {
  n: number;
  p25: number;
  p50: number;
  p75: number;
}
export interface RaceResult {
  parallel: number;
  rightAt: number;
  signedIn: number;
  verifiedFailures: number;
  locked: number;
  other: number;
}
export interface SignInEngine {
  engine: 'pglite' | 'postgres';
  known: SignInTiming;
  unknown: SignInTiming;
  /** median of unknown minus median of known, ms */
  difference: number;
  /** the same difference between two halves of the known IDs: what noise alone gives */
  noise: number;
  races: RaceResult[];
}
export interface SignInBench {
  engines: SignInEngine[];
  skipped: string[];
}

const timing = (ms: number[]): SignInTiming => ({ n: ms.length, p25: percentile(ms, 25), p50: median(ms), p75: percentile(ms, 75) });
let address = 0;
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

function attempt(base: string, loginId: string, password: string) {
  return call<{ error?: { code: string } }>(base, 'POST', '/api/auth/login', {
    headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': nextAddress() },
    body: JSON.stringify({ loginId, password }),
  });
}

async function createUsers(admin: Session, ids: string[]): Promise<void> {
  for (const loginId of ids) {
    const r = await admin.call('POST', '/api/users', { loginId, displayName: 'ベンチ', password: BENCH_PASSWORD });
    if (r.status !== 201) throw new Error(`creating ${loginId}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

async function timeWrongPasswords(base: string) {
  const known: number[] = [];
  const unknown: number[] = [];
  for (let w = 0; w < 10; w++) await attempt(base, `warm-up-${w}`, 'wrong-password-x1'); // not counted
  for (let round = 0; round < TRIES; round++) {
    for (let i = 0; i < IDS; i++) {
      const pair = [
        { into: known, id: `known-${i}` },
        { into: unknown, id: `nobody-${i}` },
      ];
      if ((i + round) % 2) pair.reverse(); // neither kind always goes first
      for (const p of pair) {
        const r = await attempt(base, p.id, `wrong-password-${round}x`);
        if (r.status !== 401) throw new Error(`${p.id}: expected 401, got ${r.status} ${JSON.stringify(r.body)}`);
        p.into.push(r.ms);
      }
    }
  }
  const halves = [known.filter((_, i) => i % 2 === 0), known.filter((_, i) => i % 2 === 1)];
  return {
    known: timing(known),
    unknown: timing(unknown),
    difference: median(unknown) - median(known),
    noise: median(halves[1] ?? []) - median(halves[0] ?? []),
  };
}

async function race(base: string, loginId: string, parallel: number, rightAt: number): Promise<RaceResult> {
  const replies = await Promise.all(
    Array.from({ length: parallel }, (_, i) => attempt(base, loginId, i === rightAt ? BENCH_PASSWORD : `wrong-password-${i}x`)),
  );
  const count = (f: (r: (typeof replies)[number]) => boolean) => replies.filter(f).length;
  return {
    parallel,
    rightAt,
    signedIn: count((r) => r.status === 200),
    verifiedFailures: count((r) => r.status === 401),
    locked: count((r) => r.status === 429 && r.body.error?.code === 'LOCKED'),
    other: count((r) => ![200, 401, 429].includes(r.status)),
  };
}

async function measure(engine: SignInEngine['engine'], env: NodeJS.ProcessEnv, log: (l: string) => void): Promise<SignInEngine> {
  const dir = tempDataDir(`signin-${engine}`);
  const serverEnv = { ...env, MAMORI_TRUST_PROXY: '1' };
  try {
    await seedWithCli(dir, env);
    const server = await startMamori(dir, serverEnv);
    try {
      const { session: admin } = await Session.open(server.url, 'bench');
      await createUsers(admin, [...Array.from({ length: IDS }, (_, i) => `known-${i}`), 'race-40', 'race-200']);
      const times = await timeWrongPasswords(server.url);
      log(`  ${engine}: wrong password, median known ${times.known.p50.toFixed(1)} ms, unknown ${times.unknown.p50.toFixed(1)} ms`);
      const races = [await race(server.url, 'race-40', 40, 30), await race(server.url, 'race-200', 200, 100)];
      for (const r of races) log(`  ${engine}: ${r.parallel} parallel: ${r.signedIn} signed in, ${r.verifiedFailures} failures checked`);
      return { engine, ...times, races };
    } finally {
      await stopMamori(server, dir);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSignIn(log: (line: string) => void): Promise<SignInBench> {
  log(`sign-in: ${IDS} known and ${IDS} unknown IDs × ${TRIES} wrong passwords, interleaved; races of 40 and 200`);
  const result: SignInBench = { engines: [await measure('pglite', {}, log)], skipped: [] };
  const unavailable = postgresUnavailable();
  if (unavailable) result.skipped.push(`PostgreSQL skipped: ${unavailable}`);
  else {
    const pg = await startPostgres();
    try {
      result.engines.push(await measure('postgres', { DATABASE_URL: pg.url }, log));
    } finally {
      await pg.stop();
    }
  }
  return result;
}
