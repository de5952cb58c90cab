// A ledger row's changes as its page shows them, newest first: when, who, which kind of change, and
// the values before and after (the 外部接続点 and the 事業者台帳 share it; the answer sheet and the
// 機器台帳 have histories of their own, with imports and item labels).
import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { eventsOfTarget } from './audit.repo.ts';

export const RowHistoryEntrySchema = z
  .object({ at: z.string(), actor: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() })
  .openapi('RowHistoryEntry');

export async function rowHistory(db: Db, orgId: string, targetType: string, id: string) {
  return (await eventsOfTarget(db, orgId, targetType, { id })).reverse().map((e) => ({
    at: e.occurredAt.toISOString(),
    actor: e.actorLabel,
    action: e.action,
    before: e.before,
    after: e.after,
  }));
}
