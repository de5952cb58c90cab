// `mamori audit verify`: walks every chain and reports the first broken link (altered, deleted or
// inserted rows, or a head that no longer matches).
import type { Db } from '../../db/client.ts';
import { eventHash, GENESIS_HASH } from './audit.hash.ts';
import { chainKeys, chainPage } from './audit.repo.ts';

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
}

export async function verifyAuditTrail(db: Db): Promise<VerifyResult> {
  const heads = await chainKeys(db);
  const broken: BrokenLink[] = [];
  let events = 0;
  for (const head of heads) {
    const result = await verifyChain(db, head);
    events += result.events;
    if (result.broken) broken.push(result.broken);
  }
  return { ok: broken.length === 0, chains: heads.length, events, broken };
}

async function verifyChain(
  db: Db,
  head: { chainKey: string; seq: number; hash: string },
): Promise<{ events: number; broken?: BrokenLink }> {
  const { chainKey } = head;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let events = 0;
  const fail = (seq: number, reason: string) => ({ events, broken: { chainKey, seq, reason } });
  for (;;) {
    const page = await chainPage(db, chainKey, prevSeq, 1000);
    for (const row of page) {
      events++;
      if (row.seq !== prevSeq + 1) return fail(prevSeq + 1, `イベント ${prevSeq + 1} から ${row.seq - 1} が削除されています`);
      if (row.prevHash !== prevHash) return fail(row.seq, '前のイベントのハッシュと一致しません (挿入または改ざん)');
      if (eventHash(prevHash, row) !== row.hash) return fail(row.seq, '内容がハッシュと一致しません (改ざん)');
      prevSeq = row.seq;
      prevHash = row.hash;
    }
    if (page.length < 1000) break;
  }
  if (head.seq < 0) return fail(prevSeq, 'チェーンの先頭情報が削除されています');
  if (head.seq !== prevSeq || head.hash !== prevHash) {
    return fail(prevSeq + 1, `最新のイベント (${head.seq} まで) が削除されています`);
  }
  return { events };
}
