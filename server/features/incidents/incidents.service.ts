// Use cases of incident mode: start an incident (numbered per organisation), read one with its
// first-response steps, timeline and what the ledgers say to cut off and whom to call; mark a step
// done (the first record stands); add a timeline entry (append-only: a correction is a new entry);
// name the affected systems, devices and connection points from the ledgers; close it. Members read;
// 担当者・管理者 write; every write audited. Times are kept in UTC and shown in JST.
import { z } from 'zod';
import {
  AFFECTED_TYPES,
  type Affected,
  entryTime,
  FIRST_STEPS,
  type FirstStep,
  jstMinute,
  stepLabels,
} from '../../../domain/incidents/incident.ts';
import type { Db, Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { planLabel } from '../backup-ledger/backup-facts.ts';
import { backupLedgerOf } from '../backup-ledger/backup-ledger.service.ts';
import type { Caller } from '../caller.ts';
import { presentConnection } from '../connections/connections.present.ts';
import { listConnections } from '../connections/connections.repo.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { findDevice } from '../devices/devices.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { deviceLabel } from '../suggestions/maintenance.present.ts';
import {
  appendEntry,
  entriesOf,
  findIncident,
  findIncidentByNo,
  type IncidentEntryRow,
  type IncidentRow,
  type IncidentStepRow,
  incidentsOf,
  insertIncident,
  insertStep,
  stepsOf,
  updateIncident,
} from './incidents.repo.ts';

const NAME = 'インシデント';

/** Who wrote it, as a report to the ministry or the police names a person: 「情報 太郎 (joho)」; the CLI's operator by its label. */
export const authorOf = (caller: Caller) =>
  caller.user.displayName && caller.user.displayName !== caller.user.loginId
    ? `${caller.user.displayName} (${caller.user.loginId})`
    : caller.actor.label;

export const startSchema = z.object({
  title: z.string().trim().min(1, '何が起きたかを一言で入力してください (例: 電子カルテが暗号化された)').max(200),
});
export const entrySchema = z.object({
  text: z.string().trim().min(1, '記録する内容を入力してください').max(4000),
  kind: z.enum(['note', 'decision', 'correction']).default('note'),
  /** when it happened: 10:15 (today, JST), 2026-12-07 10:15, or empty for now */
  at: z.string().max(40).default(''),
});
export const stepSchema = z.object({ note: z.string().max(1000).default('') });
export const affectedSchema = z.object({
  affected: z.array(z.object({ type: z.enum(AFFECTED_TYPES), id: z.string().max(100) })).max(500),
  version: z.number().int(),
});

export const presentIncident = (r: IncidentRow) => ({
  id: r.id,
  no: r.no,
  title: r.title,
  status: r.status,
  startedAt: r.startedAt.toISOString(),
  startedBy: r.startedBy,
  closedAt: r.closedAt?.toISOString() ?? null,
  closedBy: r.closedBy,
  affected: r.affected,
  version: r.version,
});
export const presentEntry = (e: IncidentEntryRow) => ({
  seq: e.seq,
  at: e.at.toISOString(),
  kind: e.kind,
  text: e.text,
  author: e.author,
  createdAt: e.createdAt.toISOString(),
});
const presentSteps = (rows: IncidentStepRow[]) => {
  const done = new Map(rows.map((r) => [r.step, r]));
  return FIRST_STEPS.map((step) => {
    const r = done.get(step);
    return { step, doneAt: r?.doneAt.toISOString() ?? null, doneBy: r?.doneBy ?? null, note: r?.note ?? '' };
  });
};

/** An incident named by its id, or (the CLI) by its number. */
async function incidentOr404(db: Db | Tx, orgId: string, ref: string, forUpdate = false): Promise<IncidentRow> {
  const row = isUuid(ref)
    ? await findIncident(db, orgId, ref, forUpdate)
    : /^\d{1,9}$/.test(ref)
      ? await findIncidentByNo(db, orgId, Number(ref))
      : undefined;
  if (!row) throw notFound(NAME);
  return forUpdate && !isUuid(ref) ? ((await findIncident(db, orgId, row.id, true)) as IncidentRow) : row;
}

const openOr409 = (row: IncidentRow) => {
  if (row.status === 'closed')
    throw new AppError('CONFLICT', `インシデント ${row.no} は終了しています。記録を足すには、新しいインシデントとして始めてください。`);
};

export async function listIncidents(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return (await incidentsOf(deps.db, orgId)).map(presentIncident);
}

/** What the ledgers say for the first response: where to cut, whom to call in order. */
async function fromLedgers(db: Db | Tx, orgId: string, now: Date) {
  const [points, plans, chart] = await Promise.all([listConnections(db, orgId), backupLedgerOf(db, orgId, now), loadChart(db, orgId, now)]);
  const call = (side: 'internal' | 'external') =>
    chart[side].map((e) => ({
      side,
      category: e.category,
      organizationName: e.organizationName,
      personName: e.personName,
      phone: e.phone || e.url,
    }));
  return {
    connections: points
      .map((r) => presentConnection(r.point, r.deviceLabel))
      .filter((p) => p.status !== 'retired')
      .map((p) => ({ id: p.id, name: p.name, kind: p.kind, vendorName: p.vendorName, deviceLabel: p.deviceLabel })),
    backups: plans
      .filter((p) => p.status !== 'retired')
      .map((p) => ({ id: p.id, label: planLabel(p), isolation: p.isolation, restoreOrder: p.restoreOrder, vendorName: p.vendorName })),
    contacts: [...call('internal'), ...call('external')],
  };
}

export async function incidentOf(db: Db | Tx, orgId: string, ref: string, now: Date) {
  const row = await incidentOr404(db, orgId, ref);
  const [steps, entries, ledgers] = await Promise.all([
    stepsOf(db, orgId, row.id),
    entriesOf(db, orgId, row.id),
    fromLedgers(db, orgId, now),
  ]);
  return { incident: presentIncident(row), steps: presentSteps(steps), entries: entries.map(presentEntry), ledgers };
}

export async function getIncident(deps: Deps, caller: Caller, orgId: string, ref: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return incidentOf(deps.db, orgId, ref, deps.clock.now());
}

export async function startIncidentAs(deps: Deps, actor: Actor, orgId: string, raw: unknown, author = actor.label) {
  const { title } = parseInput(startSchema, raw);
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const row = await insertIncident(tx, { organizationId: orgId, title, startedAt: now, startedBy: author, createdAt: now });
        await appendEntry(tx, {
          organizationId: orgId,
          incidentId: row.id,
          at: now,
          kind: 'note',
          text: `インシデント対応を開始しました: ${title}`,
          author,
          createdAt: now,
        });
        await recordAudit(
          tx,
          actor,
          { organizationId: orgId, action: 'incident.started', targetType: 'incident', targetId: row.id, after: { no: row.no, title } },
          now,
        );
        return presentIncident(row);
      });
    } catch (err) {
      // two started at once took the same number: the later one takes the next
      if (attempt < 5 && isUniqueViolation(err, 'incidents_no_key')) continue;
      throw err;
    }
  }
}

export async function startIncident(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return startIncidentAs(deps, caller.actor, orgId, raw, authorOf(caller));
}

export async function addEntryAs(deps: Deps, actor: Actor, orgId: string, ref: string, raw: unknown, author = actor.label) {
  const input = parseInput(entrySchema, raw);
  return deps.db.transaction(async (tx) => {
    // the incident's row lock orders the entries: numbers never collide, whoever writes at once
    const row = await incidentOr404(tx, orgId, ref, true);
    openOr409(row);
    const now = deps.clock.now();
    const when = entryTime(input.at, now, row.startedAt);
    if (!when.ok) throw new AppError('VALIDATION', `時刻: ${when.message}`, { fields: [{ field: 'at', message: when.message }] });
    const entry = await appendEntry(tx, {
      organizationId: orgId,
      incidentId: row.id,
      at: when.at,
      kind: input.kind,
      text: input.text,
      author,
      createdAt: now,
    });
    await recordAudit(
      tx,
      actor,
      { organizationId: orgId, action: 'incident.entry_added', targetType: 'incident', targetId: row.id, after: presentEntry(entry) },
      now,
    );
    return presentEntry(entry);
  });
}

export async function addEntry(deps: Deps, caller: Caller, orgId: string, ref: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return addEntryAs(deps, caller.actor, orgId, ref, raw, authorOf(caller));
}

export async function markStep(deps: Deps, caller: Caller, orgId: string, ref: string, stepRaw: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!(FIRST_STEPS as readonly string[]).includes(stepRaw)) throw notFound('初動の手順');
  const step = stepRaw as FirstStep;
  const { note } = parseInput(stepSchema, raw);
  return deps.db.transaction(async (tx) => {
    const row = await incidentOr404(tx, orgId, ref, true);
    openOr409(row);
    const now = deps.clock.now();
    const done = await insertStep(tx, { organizationId: orgId, incidentId: row.id, step, doneAt: now, doneBy: authorOf(caller), note });
    if (!done) throw new AppError('CONFLICT', `「${stepLabels[step].ja}」はすでに済んでいます。補足は経過の記録に書いてください。`);
    await appendEntry(tx, {
      organizationId: orgId,
      incidentId: row.id,
      at: now,
      kind: 'step',
      text: `${stepLabels[step].ja}: 済${note ? ` (${note})` : ''}`,
      author: authorOf(caller),
      createdAt: now,
    });
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'incident.step_done', targetType: 'incident', targetId: row.id, after: { step, note } },
      now,
    );
    return presentSteps(await stepsOf(tx, orgId, row.id));
  });
}

/** The affected rows, each checked to be one of this organisation's, with the label the ledger gives it. */
async function labelled(db: Db | Tx, orgId: string, list: { type: Affected['type']; id: string }[], now: Date): Promise<Affected[]> {
  const plans = list.some((a) => a.type === 'backup') ? await backupLedgerOf(db, orgId, now) : [];
  const points = list.some((a) => a.type === 'connection') ? await listConnections(db, orgId) : [];
  const out: Affected[] = [];
  for (const [i, a] of list.entries()) {
    let label: string | undefined;
    if (a.type === 'device') {
      const d = isUuid(a.id) ? await findDevice(db, orgId, a.id) : undefined;
      label = d ? deviceLabel(d) : undefined;
    } else if (a.type === 'connection') label = points.find((p) => p.point.id === a.id)?.point.name;
    else {
      const p = plans.find((x) => x.id === a.id);
      label = p ? planLabel(p) : undefined;
    }
    if (!label)
      throw new AppError('VALIDATION', `影響を受けたもの ${i + 1} 件目が、この組織の台帳にありません。`, {
        fields: [{ field: `affected.${i}`, message: '台帳にありません' }],
      });
    if (!out.some((x) => x.type === a.type && x.id === a.id)) out.push({ type: a.type, id: a.id, label });
  }
  return out;
}

export async function setAffected(deps: Deps, caller: Caller, orgId: string, ref: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const input = parseInput(affectedSchema, raw);
  return deps.db.transaction(async (tx) => {
    const row = await incidentOr404(tx, orgId, ref, true);
    openOr409(row);
    if (row.version !== input.version)
      throw new AppError('CONFLICT', 'ほかの人が先に影響を受けたものを変更しました。読み込み直してください。');
    const now = deps.clock.now();
    const affected = await labelled(tx, orgId, input.affected, now);
    const next = await updateIncident(tx, orgId, row.id, { affected });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'incident.affected_set',
        targetType: 'incident',
        targetId: row.id,
        before: row.affected,
        after: affected,
      },
      now,
    );
    return presentIncident(next);
  });
}

export async function closeIncident(deps: Deps, caller: Caller, orgId: string, ref: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return deps.db.transaction(async (tx) => {
    const row = await incidentOr404(tx, orgId, ref, true);
    openOr409(row);
    const now = deps.clock.now();
    await appendEntry(tx, {
      organizationId: orgId,
      incidentId: row.id,
      at: now,
      kind: 'note',
      text: 'インシデント対応を終了しました。',
      author: authorOf(caller),
      createdAt: now,
    });
    const next = await updateIncident(tx, orgId, row.id, { status: 'closed', closedAt: now, closedBy: authorOf(caller) });
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'incident.closed', targetType: 'incident', targetId: row.id, after: { closedAt: jstMinute(now) } },
      now,
    );
    return presentIncident(next);
  });
}
