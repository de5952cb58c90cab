// Values encrypted at rest with the keyring's secrets key (AES-256-GCM): "enc1:<key id>:<iv|ciphertext|tag>".
// The associated data binds a value to its place (e.g. the user it belongs to), so a ciphertext copied
// into another row does not open. A value without the prefix is a plaintext of an older Mamori.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from './errors.ts';
import { type Keyring, secretsKey } from './keys.ts';

const PREFIX = 'enc1';

export const isSealed = (stored: string): boolean => stored.startsWith(`${PREFIX}:`);

/** The key id a sealed value was encrypted with (undefined for a plaintext). */
export const sealedKeyId = (stored: string): string | undefined => (isSealed(stored) ? stored.split(':')[1] : undefined);

export function seal(ring: Keyring, plaintext: string, context: string): string {
  const id = ring.secrets.current;
  const key = secretsKey(ring, id);
  if (!key) throw new Error(`secrets key ${id} missing`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${PREFIX}:${id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** Decrypts a sealed value; a plaintext of an older Mamori is returned as it is. */
export function open(ring: Keyring, stored: string, context: string): string {
  if (!isSealed(stored)) return stored;
  const [, id = '', data = ''] = stored.split(':');
  const key = secretsKey(ring, id);
  if (!key) {
    throw new AppError(
      'KEYS_UNUSABLE',
      `暗号化された値の鍵 (ID ${id}) が鍵ファイル ${ring.file ?? '(メモリ)'} にありません。元の鍵ファイルを戻してください。`,
    );
  }
  const raw = Buffer.from(data, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('KEYS_UNUSABLE', '暗号化された値を復号できません (鍵が違うか、値が書き換えられています)。');
  }
}
