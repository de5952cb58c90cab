// The key file (issue 11 items 5 and 11): made at first start with mode 0600 and read again after;
// a missing or different key stops the start with a message naming the file; MAMORI_AUDIT_KEY gives
// several servers the same audit and signing keys; an older installation is brought over once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { loadConfig } from '../../lib/config.ts';
import { keyring, openKeyring } from '../../lib/keys.ts';
import { freshDatabase } from '../../test/engines.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { seedOrg } from '../../test/seed.ts';
import { writeUnkeyedChain } from '../audit/audit.test-helpers.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';
import { openInstallationKeys } from './open-keys.ts';

let deps: TestDeps;
let dir: string;
const config = (file: string, env: Record<string, string> = {}) => loadConfig({ data: dir }, { MAMORI_KEY_FILE: file, ...env });
const BASE32_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

beforeAll(async () => {
  deps = await testDeps();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-keys-'));
});
afterAll(async () => {
  await deps.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the key file', () => {
  const file = () => path.join(dir, 'mamori.key');

  it('is created at first start, readable by its owner only, and read again at the next', async () => {
    const first = await openInstallationKeys(config(file()), deps.db);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(first.file).toBe(file());
    await seedOrg(deps); // keyed content now depends on the file
    const again = await openInstallationKeys(config(file()), deps.db);
    expect(again.audit.id).toBe(first.audit.id);
    expect(again.signing.publicKey).toBe(first.signing.publicKey);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });

  it('refuses to start without it once the database depends on it, naming the file', async () => {
    const moved = path.join(dir, 'moved.key');
    fs.renameSync(file(), moved);
    try {
      await expect(openInstallationKeys(config(file()), deps.db)).rejects.toMatchObject({
        code: 'KEYS_UNUSABLE',
        message: expect.stringContaining(`鍵ファイル ${file()} がありません`),
      });
      expect(fs.existsSync(file())).toBe(false); // no new key made behind the administrator's back
    } finally {
      fs.renameSync(moved, file());
    }
  });

  it('refuses another key file, and a MAMORI_AUDIT_KEY that is not the one the trail was made with', async () => {
    const other = path.join(dir, 'other.key');
    openKeyring({ keyFile: other, auditKey: undefined }, true);
    await expect(openInstallationKeys(config(other), deps.db)).rejects.toMatchObject({
      code: 'KEYS_UNUSABLE',
      message: expect.stringMatching(new RegExp(`別の監査鍵 \\(ID ${keyring().audit.id}\\).*${other.replace(/[.]/g, '\\.')}`)),
    });
    await expect(openInstallationKeys(config(file(), { MAMORI_AUDIT_KEY: 'x'.repeat(40) }), deps.db)).rejects.toMatchObject({
      message: expect.stringMatching(/MAMORI_AUDIT_KEY を元の値に/),
    });
    await expect(openInstallationKeys(config(file(), { MAMORI_AUDIT_KEY: 'short' }), deps.db)).rejects.toMatchObject({
      message: expect.stringMatching(/MAMORI_AUDIT_KEY は 32 文字以上/),
    });
    await openInstallationKeys(config(file()), deps.db); // the right one again
  });

  it('gives servers with their own key files the same audit and signing keys through MAMORI_AUDIT_KEY', () => {
    const env = { keyFile: '', auditKey: 'shared secret of the installation, 32+ characters' };
    const a = openKeyring({ ...env, keyFile: path.join(dir, 'a.key') }, true).keyring;
    const b = openKeyring({ ...env, keyFile: path.join(dir, 'b.key') }, true).keyring;
    expect(a.audit).toMatchObject({ id: b.audit.id, fromEnv: true });
    expect(a.audit.key.equals(b.audit.key)).toBe(true);
    expect(a.signing.publicKey).toBe(b.signing.publicKey);
  });
});

describe('an installation of an older Mamori, at its first start with keys', () => {
  let old: Database;
  const oldOrg = '00000000-0000-4000-8000-00000000b001';
  const file = () => path.join(dir, 'old.key');

  beforeAll(async () => {
    old = await freshDatabase();
    await writeUnkeyedChain(old.db, oldOrg, 3);
    await old.db.execute(sql`insert into users (login_id, display_name, password_hash, totp_secret, totp_enabled_at)
      values ('old-user', '旧利用者', 'x', ${BASE32_SECRET}, now())`);
  });
  afterAll(() => old.close());

  it('closes each unkeyed chain with a keyed row and encrypts plaintext TOTP secrets, audited', async () => {
    await openInstallationKeys(config(file()), old.db);
    const stored = (await old.db.execute(sql`select totp_secret as s from users where login_id = 'old-user'`)) as unknown as {
      rows: { s: string }[];
    };
    expect(stored.rows[0]?.s).toMatch(/^enc1:/);
    expect(stored.rows[0]?.s).not.toContain(BASE32_SECRET);
    const actions = (await old.db.execute(sql`select action from audit_events where key_id is not null order by action`)) as unknown as {
      rows: { action: string }[];
    };
    expect(actions.rows.map((r) => r.action)).toEqual(['audit.keyed', 'secrets.totp_encrypted']);
    expect((await verifyAuditTrail(old.db)).ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).auditKeyedAt).toEqual(expect.any(String));
  });

  it('never again: unkeyed rows written into the database later are not blessed by a restart', async () => {
    const forged = '00000000-0000-4000-8000-00000000b002';
    await writeUnkeyedChain(old.db, forged, 2);
    await openInstallationKeys(config(file()), old.db);
    const result = await verifyAuditTrail(old.db);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([expect.objectContaining({ chainKey: forged, reason: expect.stringMatching(/誰でも計算できる/) })]);
  });
});
