// Use cases of 教育・訓練の記録: a fiscal year's record (sessions with attendees, drills, who was trained
// and who of the 利用者台帳 was not), recording and changing a session (only the version read), adding
// and removing its attendees, recording and changing a phishing drill, and the 利用者台帳's people to
// pick from. Members read; 担当者・管理者 write; every change audited. Nothing is deleted but an attendee.
import { nameKey } from '../../../domain/accounts/names.ts';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import { completionOf } from '../../../domain/training/completion.ts';
import { type AttendeeInput, checkAttendees, checkDrill, checkSession, type SessionValues } from '../../../domain/training/training.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, listEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type FileNames, presentAttendee, presentDrill, presentSession, presentStaff, valuesOfSession } from './training.present.ts';
import {
  type AttendeeRow,
  attendeesOf,
  deleteAttendee,
  drillsBetween,
  findDrill,
  findSession,
  insertAttendees,
  insertDrill,
  insertSession,
  searchStaff,
  sessionsBetween,
  staffByIds,
  staffOf,
  updateDrill,
  updateSession,
} from './training.repo.ts';

const SESSION = '研修の記録';
const DRILL = '標的型メール訓練の記録';

const invalid = (problems: { field: string; message: string }[]) =>
  new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });

async function fileNames(db: Db | Tx, orgId: string): Promise<FileNames> {
  return new Map((await listEvidence(db, orgId)).map((f) => [f.id, { id: f.id, fileName: f.fileName }]));
}

/** ?fiscalYear=2025 (西暦 of April); none is the current fiscal year in Japan. */
export function trainingYearParam(raw: string | undefined, now: Date): number {
  if (raw === undefined || raw === '') return fiscalYearOf(todayJst(now));
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw invalid([{ field: 'fiscalYear', message: '年度: 2000 以降の西暦年 (例: 2025 = 令和7年度) で指定してください' }]);
  }
  return year;
}

/** A fiscal year's record as the page and the print show it. */
export async function trainingYearOf(db: Db | Tx, orgId: string, year: number) {
  const fy = fiscalYear(year);
  const [sessionRows, drillRows, staff, files] = await Promise.all([
    sessionsBetween(db, orgId, fy.start, fy.end),
    drillsBetween(db, orgId, fy.start, fy.end),
    staffOf(db, orgId),
    fileNames(db, orgId),
  ]);
  const attendees = await attendeesOf(
    db,
    orgId,
    sessionRows.map((s) => s.id),
  );
  const sessions = sessionRows.map((s) => presentSession(s, attendees, files));
  const drills = drillRows.map(presentDrill);
  return { fiscalYear: fy, sessions, drills, completion: completionOf(year, sessions, drills, staff) };
}
export type TrainingYear = Awaited<ReturnType<typeof trainingYearOf>>;

export async function getTrainingYear(deps: Deps, caller: Caller, orgId: string, yearRaw: string | undefined) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return trainingYearOf(deps.db, orgId, trainingYearParam(yearRaw, deps.clock.now()));
}

/** People of the 利用者台帳 to pick as attendees (active person accounts with a name), at most 50. */
export async function searchTrainingPeople(deps: Deps, caller: Caller, orgId: string, q: string | undefined) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const query = (q ?? '').normalize('NFKC').trim().slice(0, 100);
  return { people: (await searchStaff(deps.db, orgId, query, 50)).map(presentStaff) };
}

/** The session's values from a request, its material checked to be a file of this organisation's store. */
async function sessionValuesFrom(db: Db | Tx, orgId: string, raw: Record<string, unknown>, today: string): Promise<SessionValues> {
  const checked = checkSession(raw, today);
  if (!checked.ok) throw invalid(checked.problems);
  const id = checked.values.materialEvidenceId;
  if (id && !(await findEvidence(db, orgId, id))) {
    throw new AppError('VALIDATION', '資料の証跡ファイルが組織の証跡にありません。', {
      fields: [{ field: 'materialEvidenceId', message: '資料 (証跡): 組織の証跡ファイルから選んでください' }],
    });
  }
  return checked.values;
}

function attendeesFrom(raw: unknown): AttendeeInput[] {
  const checked = checkAttendees(raw);
  if (!checked.ok) throw invalid(checked.problems);
  return checked.values;
}

/**
 * The rows for new attendees of a session: a person picked from the 利用者台帳 keeps the account's name
 * (and its 部署 unless one was given); an account not of this organisation (or not an active person)
 * is refused; a person already on the session (by folded name) or twice in the request is refused.
 */
async function attendeeRows(tx: Tx, orgId: string, sessionId: string, wanted: AttendeeInput[], existing: AttendeeRow[], now: Date) {
  const ids = wanted.flatMap((a) => (a.accountId ? [a.accountId] : []));
  const staff = new Map((await staffByIds(tx, orgId, ids)).map((s) => [s.accountId, s]));
  const missing = ids.filter((id) => !staff.has(id));
  if (missing.length) {
    throw invalid([
      { field: 'attendees', message: '受講者: 利用者台帳にない (または無効な) アカウントが含まれています。台帳から選び直してください' },
    ]);
  }
  const taken = new Set(existing.map((a) => a.nameKey));
  return wanted.map((a) => {
    const s = a.accountId ? staff.get(a.accountId) : undefined;
    const name = s ? s.name : (a.name ?? '');
    const key = nameKey(name);
    if (!key) throw invalid([{ field: 'attendees', message: '受講者: 名前を入力してください' }]);
    if (taken.has(key)) throw invalid([{ field: 'attendees', message: `受講者: ${name} さんは既にこの研修の受講者にいます` }]);
    taken.add(key);
    return {
      organizationId: orgId,
      sessionId,
      accountId: s?.accountId ?? null,
      name,
      nameKey: key,
      department: a.department || s?.department || '',
      createdAt: now,
    };
  });
}

export async function createTrainingSession(deps: Deps, caller: Caller, orgId: string, raw: Record<string, unknown>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  const values = await sessionValuesFrom(deps.db, orgId, raw, todayJst(now));
  const wanted = attendeesFrom(raw.attendees);
  return deps.db.transaction(async (tx) => {
    const row = await insertSession(tx, orgId, values, caller.user.id, now);
    const added = await insertAttendees(tx, await attendeeRows(tx, orgId, row.id, wanted, [], now));
    const shown = presentSession(row, added, await fileNames(tx, orgId));
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'training_session.created',
        targetType: 'training_session',
        targetId: row.id,
        after: { ...values, attendees: shown.attendees.map(({ name, department }) => ({ name, department })) },
      },
      now,
    );
    return shown;
  });
}

export async function updateTrainingSession(
  deps: Deps,
  caller: Caller,
  orgId: string,
  id: string,
  raw: Record<string, unknown> & { version?: number },
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound(SESSION);
  const now = deps.clock.now();
  const values = await sessionValuesFrom(deps.db, orgId, raw, todayJst(now));
  if (typeof raw.version !== 'number') throw invalid([{ field: 'version', message: '版番号: 読み込んだ版を指定してください' }]);
  const version = raw.version;
  return deps.db.transaction(async (tx) => {
    const current = await findSession(tx, orgId, id, true);
    if (!current) throw notFound(SESSION);
    const row = await updateSession(tx, orgId, id, version, values, caller.user.id, now);
    if (!row) {
      throw new AppError('CONFLICT', 'ほかの人が先にこの研修の記録を変更しました。読み込み直してから、もう一度変更してください。');
    }
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'training_session.updated',
        targetType: 'training_session',
        targetId: id,
        before: valuesOfSession(current),
        after: values,
      },
      now,
    );
    return presentSession(row, await attendeesOf(tx, orgId, [id]), await fileNames(tx, orgId));
  });
}

export async function addTrainingAttendees(deps: Deps, caller: Caller, orgId: string, id: string, raw: Record<string, unknown>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound(SESSION);
  const wanted = attendeesFrom(raw.attendees);
  if (wanted.length === 0) throw invalid([{ field: 'attendees', message: '受講者: 追加する人を選ぶか、名前を入力してください' }]);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // locked: two people adding the same person at once are told, not stored twice
    const session = await findSession(tx, orgId, id, true);
    if (!session) throw notFound(SESSION);
    const existing = await attendeesOf(tx, orgId, [id]);
    const added = await insertAttendees(tx, await attendeeRows(tx, orgId, id, wanted, existing, now));
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'training_session.attendees_added',
        targetType: 'training_session',
        targetId: id,
        after: { attendees: added.map((a) => ({ ...presentAttendee(a) })) },
      },
      now,
    );
    return presentSession(session, [...existing, ...added], await fileNames(tx, orgId));
  });
}

export async function removeTrainingAttendee(deps: Deps, caller: Caller, orgId: string, id: string, attendeeId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id) || !isUuid(attendeeId)) throw notFound(SESSION);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const session = await findSession(tx, orgId, id, true);
    if (!session) throw notFound(SESSION);
    const removed = await deleteAttendee(tx, orgId, id, attendeeId);
    if (!removed) throw notFound('受講者');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'training_session.attendee_removed',
        targetType: 'training_session',
        targetId: id,
        before: presentAttendee(removed),
      },
      now,
    );
    return presentSession(session, await attendeesOf(tx, orgId, [id]), await fileNames(tx, orgId));
  });
}

function drillValuesFrom(raw: Record<string, unknown>, now: Date) {
  const checked = checkDrill(raw, todayJst(now));
  if (!checked.ok) throw invalid(checked.problems);
  return checked.values;
}

export async function recordPhishingDrill(deps: Deps, caller: Caller, orgId: string, raw: Record<string, unknown>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  const values = drillValuesFrom(raw, now);
  return deps.db.transaction(async (tx) => {
    const row = await insertDrill(tx, orgId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'phishing_drill.recorded', targetType: 'phishing_drill', targetId: row.id, after: values },
      now,
    );
    return presentDrill(row);
  });
}

export async function updatePhishingDrill(
  deps: Deps,
  caller: Caller,
  orgId: string,
  id: string,
  raw: Record<string, unknown> & { version?: number },
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound(DRILL);
  const now = deps.clock.now();
  const values = drillValuesFrom(raw, now);
  if (typeof raw.version !== 'number') throw invalid([{ field: 'version', message: '版番号: 読み込んだ版を指定してください' }]);
  const version = raw.version;
  return deps.db.transaction(async (tx) => {
    const current = await findDrill(tx, orgId, id);
    if (!current) throw notFound(DRILL);
    const row = await updateDrill(tx, orgId, id, version, values, caller.user.id, now);
    if (!row) throw new AppError('CONFLICT', 'ほかの人が先にこの訓練の記録を変更しました。読み込み直してから、もう一度変更してください。');
    const { id: _id, version: _v, updatedAt: _u, clickRate: _c, reportRate: _r, ...before } = presentDrill(current);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'phishing_drill.updated', targetType: 'phishing_drill', targetId: id, before, after: values },
      now,
    );
    return presentDrill(row);
  });
}
