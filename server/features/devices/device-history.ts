// A ledger row's history from the audit trail: its own events (created, changed, retired) and the
// imports that created or changed it (one event per import, listing the rows it touched).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';
import { eventsOfTarget } from '../audit/audit.repo.ts';

const LABELS: Record<string, string> = {
  'device.created': '登録',
  'device.updated': '変更',
  'device.retired': '廃棄にした',
  'device.bulk_updated': '一括変更',
  'devices.imported': '取り込み',
};

/** An audit event's values (an object of fields), or null. */
const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export async function deviceHistory(db: Db, orgId: string, id: string) {
  const own = await eventsOfTarget(db, orgId, 'device', { id });
  const imports = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, orgId),
        eq(auditEvents.action, 'devices.imported'),
        sql`(jsonb_exists(${auditEvents.after}->'createdIds', ${id}) or jsonb_exists(${auditEvents.after}->'updatedIds', ${id}))`,
      ),
    )
    .orderBy(asc(auditEvents.seq));
  return [...own, ...imports]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => {
      const after = (e.after ?? {}) as Record<string, unknown>;
      const before = (e.before ?? {}) as Record<string, unknown>;
      const imported = e.action === 'devices.imported';
      return {
        at: e.occurredAt.toISOString(),
        actor: e.actorLabel,
        action: e.action,
        label: imported ? `取り込み (${String(after.fileName ?? '')})` : (LABELS[e.action] ?? e.action),
        before: asRecord(imported ? (before.updated as Record<string, unknown> | undefined)?.[id] : e.before),
        after: imported ? null : asRecord(e.after),
      };
    });
}
