// Use cases for the 連絡体制図: read it, add/change/remove/reorder entries, add the starter entries,
// record that it was confirmed. Reading needs membership; changing needs 担当者 or 管理者. Audited.

import type { z } from 'zod';
import type { AuditAction } from '../../../domain/audit/actions.ts';
import { CONTACT_STARTERS } from '../../../domain/contacts/chart.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { presentChart, toEntry } from './contacts.present.ts';
import {
  deleteEntry,
  findChart,
  findEntry,
  holdEntries,
  insertEntry,
  listEntries,
  nextPosition,
  setPaperChart,
  touchChart,
  updateEntry,
  upsertChart,
} from './contacts.repo.ts';
import type { confirmSchema, contactEntrySchema, paperChartSchema, reorderSchema, startersSchema } from './contacts.schemas.ts';

type ContactEntryInput = z.output<typeof contactEntrySchema>;

/** The chart as stored (no permission check: callers have checked), with its advice as of `now`. */
export async function loadChart(db: Db | Tx, orgId: string, now: Date) {
  const chart = await findChart(db, orgId);
  const scan = chart?.paperEvidenceId ? await findEvidence(db, orgId, chart.paperEvidenceId) : undefined;
  const paperFile = scan && !scan.deletedAt ? { id: scan.id, fileName: scan.fileName } : null;
  return presentChart(chart, await listEntries(db, orgId), todayJst(now), paperFile);
}

export async function getChart(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return loadChart(deps.db, orgId, deps.clock.now());
}

async function change<T>(deps: Deps, caller: Caller, orgId: string, work: (tx: Tx, now: Date) => Promise<T>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await work(tx, now);
    await touchChart(tx, orgId, now);
    return loadChart(tx, orgId, now);
  });
}

async function entryOrNotFound(db: Db | Tx, orgId: string, id: string) {
  const row = isUuid(id) ? await findEntry(db, orgId, id) : undefined;
  if (!row) throw notFound('連絡先');
  return row;
}

const audit = (
  caller: Caller,
  tx: Tx,
  orgId: string,
  now: Date,
  action: AuditAction,
  targetId: string | null,
  before: object | null,
  after: object | null,
) => recordAudit(tx, caller.actor, { organizationId: orgId, action, targetType: 'contact', targetId, before, after }, now);

export const addEntry = (deps: Deps, caller: Caller, orgId: string, input: ContactEntryInput) =>
  change(deps, caller, orgId, async (tx, now) => {
    const position = await nextPosition(tx, orgId, input.side);
    const row = await insertEntry(tx, { organizationId: orgId, ...input, position, createdAt: now, updatedAt: now });
    await audit(caller, tx, orgId, now, 'contact.created', row.id, null, toEntry(row));
  });

export const changeEntry = (deps: Deps, caller: Caller, orgId: string, id: string, input: ContactEntryInput) =>
  change(deps, caller, orgId, async (tx, now) => {
    const before = await entryOrNotFound(tx, orgId, id);
    const position = input.side === before.side ? before.position : await nextPosition(tx, orgId, input.side);
    const row = await updateEntry(tx, orgId, id, { ...input, position, updatedAt: now });
    await audit(caller, tx, orgId, now, 'contact.updated', id, toEntry(before), toEntry(row));
  });

export const removeEntry = (deps: Deps, caller: Caller, orgId: string, id: string) =>
  change(deps, caller, orgId, async (tx, now) => {
    const before = await entryOrNotFound(tx, orgId, id);
    await deleteEntry(tx, orgId, id);
    await audit(caller, tx, orgId, now, 'contact.deleted', id, toEntry(before), null);
  });

/** Sets the call order of one side; the ids must be exactly that side's entries. */
export const reorderEntries = (deps: Deps, caller: Caller, orgId: string, input: z.output<typeof reorderSchema>) =>
  change(deps, caller, orgId, async (tx, now) => {
    // all locked first, in one order: a reorder never waits crosswise on another writer of the chart
    await holdEntries(tx, orgId, 'update');
    const current = (await listEntries(tx, orgId)).filter((e) => e.side === input.side);
    const known = new Set(current.map((e) => e.id));
    if (input.ids.length !== known.size || new Set(input.ids).size !== known.size || !input.ids.every((id) => known.has(id))) {
      throw new AppError('CONFLICT', '連絡先の一覧が変わっています。画面を読み込み直してから並べ替えてください。');
    }
    for (const [i, id] of input.ids.entries()) await updateEntry(tx, orgId, id, { position: i + 1 });
    await audit(caller, tx, orgId, now, 'contact.reordered', input.side, { ids: current.map((e) => e.id) }, { ids: input.ids });
  });

/** Adds the starter entries not added yet (all, or the given keys). */
export const addStarters = (deps: Deps, caller: Caller, orgId: string, input: z.output<typeof startersSchema>) =>
  change(deps, caller, orgId, async (tx, now) => {
    const existing = new Set((await listEntries(tx, orgId)).map((e) => e.starterKey));
    const wanted = CONTACT_STARTERS.filter((s) => !existing.has(s.key) && (!input.keys || input.keys.includes(s.key)));
    for (const s of wanted) {
      const { key, source: _source, inferred: _inferred, ...values } = s;
      const position = await nextPosition(tx, orgId, s.side);
      await insertEntry(tx, { organizationId: orgId, ...values, starterKey: key, position, createdAt: now, updatedAt: now });
    }
    await audit(caller, tx, orgId, now, 'contact.starters_added', null, null, { keys: wanted.map((s) => s.key) });
  });

/** Records that the chart was checked and is current (date typed in 西暦 or 和暦; not in the future). */
export const confirmChart = (deps: Deps, caller: Caller, orgId: string, input: z.output<typeof confirmSchema>) =>
  change(deps, caller, orgId, async (tx, now) => {
    const parsed = parseJapaneseDate(input.confirmedOn);
    const field = (message: string) =>
      new AppError('VALIDATION', `最終確認日: ${message}`, { fields: [{ field: 'confirmedOn', message }] });
    if (!parsed.ok) throw field(parsed.message);
    if (parsed.iso > todayJst(now)) throw field('未来の日付は指定できません');
    const before = await findChart(tx, orgId);
    await upsertChart(tx, { organizationId: orgId, confirmedOn: parsed.iso, confirmedBy: caller.user.id, updatedAt: now });
    await audit(
      caller,
      tx,
      orgId,
      now,
      'contact.confirmed',
      null,
      { confirmedOn: before?.confirmedOn ?? null },
      { confirmedOn: parsed.iso },
    );
  });

/**
 * Records that the institution keeps its 連絡体制図 on paper (3(1) asks that it exists and is shown),
 * with the date it was last confirmed and, optionally, a scan from the evidence store; null clears it.
 */
export const recordPaperChart = (deps: Deps, caller: Caller, orgId: string, input: z.output<typeof paperChartSchema>) =>
  change(deps, caller, orgId, async (tx, now) => {
    let confirmedOn: string | null = null;
    if (input.confirmedOn) {
      const parsed = parseJapaneseDate(input.confirmedOn);
      const field = (message: string) =>
        new AppError('VALIDATION', `紙の連絡体制図の最終確認日: ${message}`, { fields: [{ field: 'confirmedOn', message }] });
      if (!parsed.ok) throw field(parsed.message);
      if (parsed.iso > todayJst(now)) throw field('未来の日付は指定できません');
      confirmedOn = parsed.iso;
    }
    const scan = input.evidenceId && confirmedOn ? await findEvidence(tx, orgId, input.evidenceId) : undefined;
    if (input.evidenceId && confirmedOn && (!scan || scan.deletedAt))
      throw new AppError('VALIDATION', '証跡ファイルが見つかりません。', { fields: [{ field: 'evidenceId', message: '見つかりません' }] });
    const before = await findChart(tx, orgId);
    await setPaperChart(tx, orgId, { paperConfirmedOn: confirmedOn, paperEvidenceId: confirmedOn ? (scan?.id ?? null) : null }, now);
    await audit(
      caller,
      tx,
      orgId,
      now,
      'contact.paper_recorded',
      null,
      { paperConfirmedOn: before?.paperConfirmedOn ?? null, paperEvidenceId: before?.paperEvidenceId ?? null },
      { paperConfirmedOn: confirmedOn, paperEvidenceId: confirmedOn ? (scan?.id ?? null) : null, fileName: scan?.fileName ?? null },
    );
  });
