// Use case: browse the audit trail. An organisation's administrators see its events; a system
// administrator sees every event, other organisations' as metadata only (audit.policy.ts).
import type { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { Caller } from '../caller.ts';
import type { auditFilterSchema } from './audit.contract.ts';
import { type AuditDetail, type AuditView, authorizeOrgAudit, authorizeSystemAudit, isOpaqueTargetId } from './audit.policy.ts';
import { type AuditRow, listEvents } from './audit.repo.ts';

// Dates in the filter are JST calendar days (the UI speaks JST).
const jstStart = (d: string) => new Date(`${d}T00:00:00+09:00`);
const jstNextDay = (d: string) => new Date(jstStart(d).getTime() + 86_400_000);

export const presentEvent = (e: AuditRow, detail: AuditDetail = 'full') => {
  const full = detail === 'full';
  return {
    chain: e.chainKey,
    seq: e.seq,
    organizationId: e.organizationId,
    actor: e.actorLabel,
    actorUserId: e.actorUserId,
    action: e.action,
    targetType: e.targetType,
    targetId: full || isOpaqueTargetId(e.targetId) ? e.targetId : null,
    before: full ? e.before : null,
    after: full ? e.after : null,
    clientAddress: full ? e.clientAddress : null,
    occurredAt: e.occurredAt.toISOString(),
    detail,
  };
};

export async function listAudit(deps: Deps, caller: Caller, orgId: string | null, f: z.output<typeof auditFilterSchema>) {
  let view: AuditView;
  if (orgId) {
    const detail = await authorizeOrgAudit(deps.db, caller, orgId);
    view = () => detail;
  } else view = await authorizeSystemAudit(deps.db, caller.user);
  const { rows, total } = await listEvents(deps.db, {
    organizationId: orgId ?? undefined,
    action: f.action,
    actor: f.actor,
    from: f.from ? jstStart(f.from) : undefined,
    to: f.to ? jstNextDay(f.to) : undefined,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return { events: rows.map((e) => presentEvent(e, view(e.organizationId))), total, page: f.page, pageSize: f.pageSize };
}
