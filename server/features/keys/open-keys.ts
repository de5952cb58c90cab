// Start-up of an installation's keys (server and CLI alike, after migrations): open the key file
// (created at first start, unless the database already depends on one that is missing), check that
// it is the one this database was keyed with, install it, and bring an older installation over:
// its audit chains are closed with a keyed event (once per key file) and plaintext TOTP secrets are
// encrypted. A wrong or missing key stops the start with a message naming the file.
import type { Db, Tx } from '../../db/client.ts';
import { type Actor, systemActor } from '../../lib/actor.ts';
import { type Clock, systemClock } from '../../lib/clock.ts';
import type { Config } from '../../lib/config.ts';
import { AppError } from '../../lib/errors.ts';
import { installKeyring, type Keyring, markAuditKeyed, openKeyring, secretsKey } from '../../lib/keys.ts';
import { sealedKeyId } from '../../lib/secret-box.ts';
import { closeUnkeyedChains } from '../audit/audit.keying.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { headKeyIds } from '../audit/audit.repo.ts';
import { resealTotpSecrets } from '../auth/totp-secret.ts';
import { listStoredTotpSecrets } from '../users/users.repo.ts';

export interface KeyedContent {
  auditKeyIds: string[];
  secretsKeyIds: string[];
}

/** The keys the database's content was made with. */
export async function keyedContent(db: Db): Promise<KeyedContent> {
  const secrets = new Set<string>();
  for (const row of await listStoredTotpSecrets(db)) {
    for (const stored of [row.totpSecret, row.totpPendingSecret]) {
      const id = stored === null ? undefined : sealedKeyId(stored);
      if (id) secrets.add(id);
    }
  }
  return { auditKeyIds: await headKeyIds(db), secretsKeyIds: [...secrets] };
}

const ORIGINAL = '元の鍵ファイルを置くか、MAMORI_KEY_FILE でその場所を指定してください。';

/** Refuses a keyring that cannot serve content made with `used` (this database, or a backup to restore). */
export function assertKeysServe(ring: Keyring, used: KeyedContent, what = 'このデータベース', remedy = ORIGINAL): void {
  const otherAudit = used.auditKeyIds.filter((id) => id !== ring.audit.id);
  if (otherAudit.length > 0) {
    const source = ring.audit.fromEnv ? 'MAMORI_AUDIT_KEY' : `鍵ファイル ${ring.file}`;
    throw new AppError(
      'KEYS_UNUSABLE',
      `${what}の監査ログは別の監査鍵 (ID ${otherAudit.join(', ')}) で記録されていて、使用中の鍵 (${source}、ID ${ring.audit.id}) では検証できません。` +
        (ring.audit.fromEnv ? 'MAMORI_AUDIT_KEY を元の値にしてください。' : remedy),
      { details: { auditKeyIds: otherAudit, keyFile: ring.file } },
    );
  }
  const missing = used.secretsKeyIds.filter((id) => !secretsKey(ring, id));
  if (missing.length > 0) {
    throw new AppError(
      'KEYS_UNUSABLE',
      `${what}の TOTP の秘密鍵は、鍵ファイル ${ring.file} にない鍵 (ID ${missing.join(', ')}) で暗号化されています。${remedy}`,
      { details: { secretsKeyIds: missing, keyFile: ring.file } },
    );
  }
}

export async function openInstallationKeys(config: Config, db: Db, clock: Clock = systemClock): Promise<Keyring> {
  const used = await keyedContent(db);
  // a missing key file is made anew only while nothing in the database depends on it
  const dependsOnFile = used.secretsKeyIds.length > 0 || (used.auditKeyIds.length > 0 && !config.auditKey);
  const { keyring: ring } = openKeyring(config, !dependsOnFile, clock.now());
  assertKeysServe(ring, used);
  installKeyring(ring);
  if (!ring.auditKeyedAt) {
    await db.transaction((tx) => closeUnkeyedChains(tx, clock.now()));
    markAuditKeyed(ring, clock.now());
  }
  await db.transaction((tx) => encryptPlaintextSecrets(tx, systemActor(), clock.now()));
  return ring;
}

/** TOTP secrets an older Mamori stored in plaintext, encrypted (audited when there were any). */
export async function encryptPlaintextSecrets(tx: Tx, actor: Actor, now: Date): Promise<number> {
  const users = await resealTotpSecrets(tx, { onlyPlaintext: true });
  if (users > 0) await recordAudit(tx, actor, { action: 'secrets.totp_encrypted', targetType: 'secrets', after: { users } }, now);
  return users;
}
