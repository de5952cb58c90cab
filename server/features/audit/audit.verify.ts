// `mamori audit verify`: walks every chain and reports the first broken link (altered, deleted or
// inserted rows, a head that no longer matches). Rows since keying must carry the HMAC of the
// installation's audit key; unkeyed rows of an older Mamori are accepted only before the first keyed
// row, whose HMAC covers their last hash. With a checkpoint, the chains must still pass through the
// heads it signed (audit.checkpoint.ts).
import type { Db } from '../../db/client.ts';
import { keyring } from '../../lib/keys.ts';
import { type CheckpointResult, checkCheckpoint } from './audit.checkpoint.ts';
import { eventHash, GENESIS_HASH, keyedEventHash } from './audit.hash.ts';
import { type ChainHead, chainHead, chainKeys, chainPage } from './audit.repo.ts';

export interface BrokenLink {
  chainKey: string;
  seq: number;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  chains: number;
  events: number;
  broken: BrokenLink[];
  /** the audit key's id the trail was checked with */
  keyId: string;
  checkpoint?: CheckpointResult;
}

export async function verifyAuditTrail(db: Db, opts: { checkpoint?: unknown } = {}): Promise<VerifyResult> {
  const checkpoint = opts.checkpoint === undefined ? undefined : await checkCheckpoint(db, opts.checkpoint);
  const result = await verifyChains(db, await chainKeys(db));
  return { ...result, ok: result.ok && (checkpoint?.ok ?? true), ...(checkpoint ? { checkpoint } : {}) };
}

export async function verifyChains(db: Db, heads: ChainHead[]): Promise<VerifyResult> {
  const broken: BrokenLink[] = [];
  let events = 0;
  for (const head of heads) {
    const result = await verifyChain(db, head);
    events += result.events;
    if (result.broken) broken.push(result.broken);
  }
  return { ok: broken.length === 0, chains: heads.length, events, broken, keyId: keyring().audit.id };
}

const wrongKey = (rowKey: string, ours: string) =>
  `別の監査鍵 (ID ${rowKey}) で記録されています。使用中の鍵は ID ${ours} です: 鍵ファイルまたは MAMORI_AUDIT_KEY が元のものではありません`;

async function verifyChain(db: Db, head: ChainHead): Promise<{ events: number; broken?: BrokenLink }> {
  const { chainKey } = head;
  const { id: keyId, key } = keyring().audit;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let keyed = false;
  let events = 0;
  const fail = (seq: number, reason: string) => ({ events, broken: { chainKey, seq, reason } });
  for (;;) {
    const page = await chainPage(db, chainKey, prevSeq, 1000);
    for (const row of page) {
      events++;
      if (row.seq !== prevSeq + 1) return fail(prevSeq + 1, `イベント ${prevSeq + 1} から ${row.seq - 1} が削除されています`);
      if (row.prevHash !== prevHash) return fail(row.seq, '前のイベントのハッシュと一致しません (挿入または改ざん)');
      if (row.keyId === null) {
        if (keyed) return fail(row.seq, '鍵付きのイベントの後に鍵のないイベントがあります (誰でも計算できるハッシュで作り直されています)');
        if (eventHash(prevHash, row) !== row.hash) return fail(row.seq, '内容がハッシュと一致しません (改ざん)');
      } else {
        if (row.keyId !== keyId) return fail(row.seq, wrongKey(row.keyId, keyId));
        if (keyedEventHash(key, keyId, prevHash, row) !== row.hash) return fail(row.seq, '内容がハッシュと一致しません (改ざん)');
        keyed = true;
      }
      prevSeq = row.seq;
      prevHash = row.hash;
    }
    if (page.length < 1000) break;
  }
  if (head.seq < 0) return fail(prevSeq, 'チェーンの先頭情報が削除されています');
  // events appended while this walk ran moved the head on: compare with the head as it is now
  const now = prevSeq > head.seq ? ((await chainHead(db, chainKey)) ?? head) : head;
  if (now.seq !== prevSeq || now.hash !== prevHash) {
    return fail(prevSeq + 1, `最新のイベント (${now.seq} まで) が削除されています`);
  }
  if (events > 0 && !keyed) {
    return fail(prevSeq, '鍵付きのイベントがなく、誰でも計算できるハッシュだけのチェーンです (鍵付けの後に作り直された疑い)');
  }
  return { events };
}
