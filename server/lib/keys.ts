// Keys kept outside the database, and never in a backup: the audit chain's HMAC key, the Ed25519 key
// that signs audit checkpoints, and the keys that encrypt TOTP secrets at rest (by key id, so that a
// rotation keeps older backups readable). One JSON file, mode 0600: <data>/mamori.key or
// MAMORI_KEY_FILE, created at first start. MAMORI_AUDIT_KEY, when set, gives the audit and signing
// keys instead (several app servers on one PostgreSQL agree through it or through one shared file).
// The process that opens an installation installs its keyring once (installKeyring).
import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors.ts';

interface SecretsKey {
  id: string;
  key: string; // base64, 32 bytes (AES-256-GCM)
  createdAt: string;
}

interface KeyFile {
  format: 'mamori-keys';
  version: 1;
  createdAt: string;
  audit: string; // base64, 32 bytes (HMAC-SHA256)
  signing: string; // base64, the 32-byte Ed25519 seed
  secrets: SecretsKey[]; // the last one encrypts; older ones still decrypt
  /** when unkeyed audit rows of an older Mamori were closed by keyed ones: done once, never again */
  auditKeyedAt?: string;
}

export interface Keyring {
  /** the key file, or null for an in-memory keyring (tests) */
  file: string | null;
  audit: { id: string; key: Buffer; fromEnv: boolean };
  signing: { privateKey: KeyObject; publicKey: string };
  secrets: { current: string; keys: Map<string, Buffer> };
  auditKeyedAt: string | undefined;
}

export interface KeySource {
  keyFile: string;
  auditKey: string | undefined;
}

const unusable = (message: string) => new AppError('KEYS_UNUSABLE', message);
const b64 = (n: number) => randomBytes(n).toString('base64');
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A short public fingerprint of the audit key (rows record it; it reveals nothing of the key). */
const auditKeyId = (key: Buffer): string => createHash('sha256').update('mamori audit key id\n').update(key).digest('hex').slice(0, 16);

function signingKeys(seed: Buffer) {
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return { privateKey, publicKey };
}

function fromEnv(secret: string) {
  if (secret.length < 32) throw unusable('MAMORI_AUDIT_KEY は 32 文字以上のランダムな文字列にしてください (例: openssl rand -base64 32)。');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'mamori', info, 32));
  return { audit: derive('audit-hmac'), seed: derive('checkpoint-ed25519') };
}

function keyringOf(data: KeyFile, file: string | null, envKey: string | undefined): Keyring {
  const env = envKey === undefined ? undefined : fromEnv(envKey);
  const audit = env?.audit ?? Buffer.from(data.audit, 'base64');
  const current = data.secrets.at(-1);
  if (audit.length !== 32 || !current) throw unusable(`鍵ファイル ${file} の内容が不完全です。`);
  return {
    file,
    audit: { id: auditKeyId(audit), key: audit, fromEnv: env !== undefined },
    signing: signingKeys(env?.seed ?? Buffer.from(data.signing, 'base64')),
    secrets: { current: current.id, keys: new Map(data.secrets.map((s) => [s.id, Buffer.from(s.key, 'base64')])) },
    auditKeyedAt: data.auditKeyedAt,
  };
}

const newSecretsKey = (now: Date): SecretsKey => ({ id: randomBytes(4).toString('hex'), key: b64(32), createdAt: now.toISOString() });

const newKeyFile = (now: Date): KeyFile => ({
  format: 'mamori-keys',
  version: 1,
  createdAt: now.toISOString(),
  audit: b64(32),
  signing: b64(32),
  secrets: [newSecretsKey(now)],
});

function readKeyFile(file: string): KeyFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unusable(`鍵ファイル ${file} を読めません: ${(err as Error).message}`);
  }
  try {
    const data = JSON.parse(text) as KeyFile;
    if (data.format === 'mamori-keys' && data.version === 1 && Array.isArray(data.secrets)) return data;
  } catch {
    // reported below
  }
  throw unusable(`鍵ファイル ${file} は Mamori の鍵ファイルではないか、壊れています。`);
}

/** Replaces the file through a temporary name, so a crash never leaves half a key file. */
function writeKeyFile(file: string, data: KeyFile): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  fs.renameSync(temp, file);
}

/**
 * Reads the key file; when it does not exist and `create` allows, makes it (0600, exclusively: of
 * two processes starting together one creates it and the other reads it).
 */
export function openKeyring(source: KeySource, create: boolean, now = new Date()): { keyring: Keyring; created: boolean } {
  const existing = readKeyFile(source.keyFile);
  if (existing) return { keyring: keyringOf(existing, source.keyFile, source.auditKey), created: false };
  if (!create) throw missingKeyFile(source.keyFile);
  fs.mkdirSync(path.dirname(source.keyFile), { recursive: true, mode: 0o700 });
  const data = newKeyFile(now);
  try {
    fs.writeFileSync(source.keyFile, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return openKeyring(source, false, now);
  }
  return { keyring: keyringOf(data, source.keyFile, source.auditKey), created: true };
}

export const missingKeyFile = (file: string) =>
  unusable(
    `鍵ファイル ${file} がありません。このデータベースは鍵で保護されています (監査ログ、TOTP の秘密鍵)。` +
      '元の鍵ファイルをこの場所に戻すか、MAMORI_KEY_FILE でその場所を指定してください。',
  );

/** A keyring that lives only in memory (tests). */
export const memoryKeyring = (auditKey?: string): Keyring => keyringOf(newKeyFile(new Date()), null, auditKey);

/** Changes the key file (read again first: another process may have changed it) and the keyring with it. */
function updateKeyFile(ring: Keyring, change: (data: KeyFile) => void): void {
  if (ring.file === null) return;
  const data = readKeyFile(ring.file);
  if (!data) throw missingKeyFile(ring.file);
  change(data);
  writeKeyFile(ring.file, data);
  for (const s of data.secrets) ring.secrets.keys.set(s.id, Buffer.from(s.key, 'base64'));
}

/** Adds a new secrets key that encrypts from now on; older keys stay to decrypt older backups. */
export function addSecretsKey(ring: Keyring, now: Date): string {
  const key = newSecretsKey(now);
  updateKeyFile(ring, (data) => data.secrets.push(key));
  ring.secrets.keys.set(key.id, Buffer.from(key.key, 'base64'));
  ring.secrets.current = key.id;
  return key.id;
}

export function markAuditKeyed(ring: Keyring, now: Date): void {
  updateKeyFile(ring, (data) => {
    data.auditKeyedAt ??= now.toISOString();
  });
  ring.auditKeyedAt ??= now.toISOString();
}

/** The secrets key of an id, reading the file again once when it is unknown (rotated by another process). */
export function secretsKey(ring: Keyring, id: string): Buffer | undefined {
  const known = ring.secrets.keys.get(id);
  if (known || ring.file === null) return known;
  const data = readKeyFile(ring.file);
  for (const s of data?.secrets ?? []) ring.secrets.keys.set(s.id, Buffer.from(s.key, 'base64'));
  return ring.secrets.keys.get(id);
}

let installed: Keyring | undefined;

/** Set by whoever opens the installation (server start, CLI, test harness). */
export function installKeyring(ring: Keyring): void {
  installed = ring;
}

export function keyring(): Keyring {
  if (!installed) throw new Error('keys not loaded: open the installation (openInstallationKeys) first');
  return installed;
}
