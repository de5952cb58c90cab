// Signed checkpoints of the audit trail: each chain's head (number and hash), the time and the count of
// events, signed with the installation's Ed25519 key, whose public key the file carries so anyone can
// check it. Kept outside by an administrator, a checkpoint makes a rewrite of the history before it
// visible even to someone who holds both the database and the key: the chain must still pass
// through the signed hash at the signed number.
import { createPublicKey, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { keyring } from '../../lib/keys.ts';
import { type ChainHead, eventAt } from './audit.repo.ts';
import type { BrokenLink } from './audit.verify.ts';

export const CHECKPOINT_FORMAT = 'mamori-audit-checkpoint' as const;

export const checkpointSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  /** null: every chain of the installation */
  organizationId: z.string().nullable(),
  chains: z.array(z.object({ chain: z.string(), seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) })),
  events: z.number().int().min(0),
  auditKeyId: z.string(),
  /** Ed25519 public key, DER (SPKI) in base64 */
  publicKey: z.string(),
  signature: z.string(),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

export interface CheckpointResult {
  ok: boolean;
  createdAt: string;
  chains: number;
  events: number;
  problems: BrokenLink[];
}

const signed = (cp: Omit<Checkpoint, 'signature'>) => Buffer.from(canonicalJson({ ...cp, signature: undefined }));

/** Signs the heads of every chain (organizationId null) or of one organisation's chain. */
export function signCheckpoint(heads: ChainHead[], now: Date, organizationId: string | null): Checkpoint {
  const ring = keyring();
  const body = {
    format: CHECKPOINT_FORMAT,
    version: 1 as const,
    createdAt: now.toISOString(),
    organizationId,
    chains: heads.map((h) => ({ chain: h.chainKey, seq: h.seq, hash: h.hash })),
    events: heads.reduce((n, h) => n + h.seq, 0),
    auditKeyId: ring.audit.id,
    publicKey: ring.signing.publicKey,
  };
  return { ...body, signature: sign(null, signed(body), ring.signing.privateKey).toString('base64') };
}

function signatureValid(cp: Checkpoint): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(cp.publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, signed(cp), key, Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Checks a checkpoint's signature and that every chain it names still passes through its head. */
export async function checkCheckpoint(db: Db, raw: unknown): Promise<CheckpointResult> {
  const parsed = checkpointSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', 'チェックポイントのファイルではないか、形式が正しくありません。');
  const cp = parsed.data;
  const problems: BrokenLink[] = [];
  const file = (reason: string) => problems.push({ chainKey: '(チェックポイント)', seq: 0, reason });
  if (!signatureValid(cp)) file('署名が正しくありません: ファイルが書き換えられています');
  if (cp.publicKey !== keyring().signing.publicKey) {
    file('このインストールの署名鍵で作られたチェックポイントではありません (鍵ファイルが替わったか、別のインストールのものです)');
  }
  const when = new Date(cp.createdAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
  for (const c of cp.chains) {
    if (c.seq === 0) continue;
    const row = await eventAt(db, c.chain, c.seq);
    if (!row)
      problems.push({
        chainKey: c.chain,
        seq: c.seq,
        reason: `チェックポイント (${when}) の時点のイベントがありません (削除されています)`,
      });
    else if (row.hash !== c.hash) {
      problems.push({ chainKey: c.chain, seq: c.seq, reason: `チェックポイント (${when}) より前の履歴が書き換えられています` });
    }
  }
  return { ok: problems.length === 0, createdAt: cp.createdAt, chains: cp.chains.length, events: cp.events, problems };
}
