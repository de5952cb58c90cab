// Use case: browse the audit trail. An organisation's administrators see its events; a system
// administrator sees every event, including sign-ins and system-level changes.
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { type AuditRow, listEvents } from './audit.repo.ts';

const filterSchema = z.object({
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

// Dates in the filter are JST calendar days (the UI speaks JST).
const jstStart = (d: string) => new Date(`${d}T00:00:00+09:00`);
const jstNextDay = (d: string) => new Date(jstStart(d).getTime() + 86_400_000);

export const presentEvent = (e: AuditRow) => ({
  chain: e.chainKey,
  seq: e.seq,
  organizationId: e.organizationId,
  actor: e.actorLabel,
  actorUserId: e.actorUserId,
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId,
  before: e.before,
  after: e.after,
  clientAddress: e.clientAddress,
  occurredAt: e.occurredAt.toISOString(),
});

export async function listAudit(deps: Deps, caller: Caller, orgId: string | null, raw: Record<string, string>) {
  if (orgId) await authorizeOrg(deps.db, caller.user, orgId, 'org.manage');
  else requireSystemAdmin(caller.user);
  const f = parseInput(filterSchema, raw);
  const { rows, total } = await listEvents(deps.db, {
    organizationId: orgId ?? undefined,
    action: f.action,
    actor: f.actor,
    from: f.from ? jstStart(f.from) : undefined,
    to: f.to ? jstNextDay(f.to) : undefined,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return { events: rows.map(presentEvent), total, page: f.page, pageSize: f.pageSize };
}
