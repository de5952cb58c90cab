// TOTP secrets at rest (issue 11 item 11): the column holds no base32 secret, sign-in with TOTP works
// before and after `mamori secrets rotate`, a plaintext of an older Mamori still works and is
// encrypted at the next start, and a backup file holds ciphertext only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { keyring, openKeyring } from '../../lib/keys.ts';
import { open } from '../../lib/secret-box.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedUser } from '../../test/seed.ts';
import { stepAt, totpCode } from '../auth/totp.ts';
import { writeBackup } from '../backup/write-backup.ts';
import { operations } from '../local/operations.ts';
import { openInstallationKeys } from './open-keys.ts';

let deps: TestDeps;
let dir: string;
let keyFile: string;
const secrets: Record<string, string> = {};
const cli = { userId: null, label: 'cli:tester', clientAddress: null };

const stored = async (loginId: string): Promise<string> => {
  const r = (await deps.db.execute(sql`select totp_secret as s from users where login_id = ${loginId}`)) as unknown as {
    rows: { s: string }[];
  };
  return r.rows[0]?.s ?? '';
};

async function enrol(loginId: string) {
  await seedUser(deps, { loginId });
  const client = new TestClient(testApp(deps));
  await client.signIn(loginId, PASSWORD);
  const secret: string = (await client.post('/api/auth/mfa/enrol')).body.secret;
  expect((await client.post('/api/auth/mfa/confirm', { code: totpCode(secret, stepAt(deps.clock.now())) })).status).toBe(200);
  secrets[loginId] = secret;
}

/** Password, then the TOTP code of the next step: the answer of /api/auth/mfa/verify. */
async function signInWithTotp(loginId: string): Promise<number> {
  deps.clock.advance(30_000);
  const client = new TestClient(testApp(deps));
  const login = await client.post('/api/auth/login', { loginId, password: PASSWORD });
  expect(login.body.stage).toBe('mfa');
  await client.refresh();
  return (await client.post('/api/auth/mfa/verify', { code: totpCode(secrets[loginId] ?? '', stepAt(deps.clock.now())) })).status;
}

beforeAll(async () => {
  deps = await testDeps();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-secrets-'));
  keyFile = path.join(dir, 'mamori.key');
  await openInstallationKeys(loadConfig({ data: dir }, {}), deps.db);
  await enrol('alice');
  await enrol('bob');
});
afterAll(async () => {
  await deps.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('TOTP secrets at rest', () => {
  it('are encrypted in the database, bound to their user, and sign-in with TOTP works', async () => {
    for (const login of ['alice', 'bob']) {
      const value = await stored(login);
      expect(value).toMatch(/^enc1:[0-9a-f]{8}:/);
      expect(value).not.toContain(secrets[login]);
      expect(value).not.toMatch(/[A-Z2-7]{32}/);
    }
    expect(await signInWithTotp('alice')).toBe(200);
    // a ciphertext copied into another user's row does not open there
    const alice = await deps.db.query.users.findFirst({ where: (u, { eq }) => eq(u.loginId, 'alice') });
    expect(() => open(keyring(), alice?.totpSecret ?? '', 'mamori totp secret\nsomeone-else')).toThrow(/復号できません/);
  });

  it('are all encrypted again by `mamori secrets rotate` in one audited step, and sign-in still works', async () => {
    const before = { alice: await stored('alice'), bob: await stored('bob') };
    const oldId = keyring().secrets.current;
    const elsewhere = openKeyring({ keyFile, auditKey: undefined }, false).keyring; // another server, loaded before
    const result = (await operations['secrets.rotate']?.(deps, cli, {})) as { keyId: string; previousKeyId: string; users: number };
    expect(result).toMatchObject({ previousKeyId: oldId, users: 2 });
    expect(result.keyId).not.toBe(oldId);
    for (const login of ['alice', 'bob'] as const) {
      expect(await stored(login)).toMatch(new RegExp(`^enc1:${result.keyId}:`));
      expect(await stored(login)).not.toBe(before[login]);
    }
    const file = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
    expect(file.secrets.map((s: { id: string }) => s.id)).toEqual([oldId, result.keyId]); // the old key stays for older backups
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const audit = await deps.db.query.auditEvents.findFirst({ where: (e, { eq }) => eq(e.action, 'secrets.rotated') });
    expect(audit?.after).toMatchObject({ keyId: result.keyId, previousKeyId: oldId, users: 2 });
    expect(audit?.actorLabel).toMatch(/^cli:/);
    expect(await signInWithTotp('alice')).toBe(200);
    expect(await signInWithTotp('bob')).toBe(200);
    // a server that loaded the file before the rotation reads the new key from it when it meets its id
    const alice = await deps.db.query.users.findFirst({ where: (u, { eq }) => eq(u.loginId, 'alice') });
    expect(open(elsewhere, alice?.totpSecret ?? '', `mamori totp secret\n${alice?.id}`)).toBe(secrets.alice);
  });

  it('reads a plaintext secret of an older Mamori and encrypts it at the next start', async () => {
    await enrol('carol');
    await deps.db.execute(sql`update users set totp_secret = ${secrets.carol} where login_id = 'carol'`);
    expect(await signInWithTotp('carol')).toBe(200);
    await openInstallationKeys(loadConfig({ data: dir }, {}), deps.db);
    expect(await stored('carol')).toMatch(/^enc1:/);
    expect(await signInWithTotp('carol')).toBe(200);
  });

  it('stay encrypted in a backup file', async () => {
    const file = path.join(dir, 'backup.mamori-backup');
    await writeBackup(deps, file);
    const text = gunzipSync(fs.readFileSync(file)).toString('utf8');
    expect(text).toContain('"totp_secret":"enc1:');
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  });
});
