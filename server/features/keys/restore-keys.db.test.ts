// A backup keeps ciphertext and HMACs but never the key file: a restore needs the original keys and
// refuses, before writing anything, when this installation lacks them, naming where the file goes. A
// backup of an older Mamori (unkeyed chains, plaintext secrets) is keyed as it is restored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { installKeyring, type Keyring, keyring, openKeyring } from '../../lib/keys.ts';
import { freshDatabase } from '../../test/engines.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { seedOrg } from '../../test/seed.ts';
import { writeUnkeyedChain } from '../audit/audit.test-helpers.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';
import { nonEmptyTables } from '../backup/backup.repo.ts';
import { restoreBackup } from '../backup/restore-backup.ts';
import { writeBackup } from '../backup/write-backup.ts';

let deps: TestDeps;
let ours: Keyring;
let dir: string;
const opened: Database[] = [];
const BASE32_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const on = async (database?: Database): Promise<Deps> => {
  const d = database ?? (await freshDatabase());
  opened.push(d);
  return { ...deps, db: d.db, database: d };
};

beforeAll(async () => {
  deps = await testDeps();
  ours = keyring();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-restore-keys-'));
});
afterAll(async () => {
  for (const d of opened) await d.close();
  await deps.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restoring a backup and its keys', () => {
  it('refuses, with nothing written, on an installation without the keys the backup was made with', async () => {
    await seedOrg(deps);
    const file = path.join(dir, 'keyed.mamori-backup');
    await writeBackup(deps, file);
    const target = await on();
    const elsewhere = openKeyring({ keyFile: path.join(dir, 'new-machine.key'), auditKey: undefined }, true).keyring;
    installKeyring(elsewhere);
    try {
      await expect(restoreBackup(target, file)).rejects.toMatchObject({
        code: 'KEYS_UNUSABLE',
        message: expect.stringMatching(new RegExp(`別の監査鍵 \\(ID ${ours.audit.id}\\).*元の環境の鍵ファイルを ${elsewhere.file}`)),
      });
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      installKeyring(ours);
    }
    await restoreBackup(target, file);
    expect((await verifyAuditTrail(target.db)).ok).toBe(true);
  });

  it('keys the unkeyed chains and plaintext secrets of an older backup as it restores it', async () => {
    const old = await on();
    const chain = '00000000-0000-4000-8000-00000000c001';
    await writeUnkeyedChain(old.db, chain, 1);
    await old.db.execute(sql`insert into users (login_id, display_name, password_hash, totp_secret, totp_enabled_at)
      values ('old-user', '旧利用者', 'x', ${BASE32_SECRET}, now())`);
    const file = path.join(dir, 'old.mamori-backup');
    await writeBackup(old, file);

    const target = await on();
    await restoreBackup(target, file);
    expect((await verifyAuditTrail(target.db)).ok).toBe(true);
    const r = (await target.db.execute(sql`select totp_secret as s from users`)) as unknown as { rows: { s: string }[] };
    expect(r.rows[0]?.s).toMatch(/^enc1:/);
    const keyed = (await target.db.execute(sql`select action from audit_events where chain_key = ${chain} order by seq`)) as unknown as {
      rows: { action: string }[];
    };
    expect(keyed.rows.map((x) => x.action)).toEqual(['org.updated', 'audit.keyed']);
  });
});
