// Use cases of 立入検査の記録. An office's 検査担当 and 管理者 start a record for an institution of its
// jurisdiction and a fiscal year (the latest submission sent to it is what was inspected), record per
// 手引き point 確認した, 指摘 with a note or 確認不要, the date, the inspectors and a summary — saved whole at the
// version read — and complete it. The institution's members see completed records about it, never a
// draft. Same routes for both sides, decided here by the organisation's kind; an inspector reading
// under a 閲覧許可 does not see the institution's side.
import { fiscalYear, todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import {
  findingsIn,
  INSPECTION_POINTS,
  isPointKey,
  isPointResult,
  type PointResult,
  pointsProvenance,
} from '../../../domain/inspection/points.ts';
import { isOversight } from '../../../domain/organization.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { institutionsOf } from '../jurisdiction/jurisdiction.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { presentSubmission } from '../submissions/submissions.present.ts';
import { findSubmission, latestSentTo } from '../submissions/submissions.repo.ts';
import { yearOf } from '../submissions/submissions.service.ts';
import {
  completedAbout,
  findInspection,
  type InspectionRow,
  insertInspection,
  inspectionsOfOffice,
  saveInspection,
} from './inspections.repo.ts';

type Field = { field: string; message: string };
const invalid = (fields: Field[]) => new AppError('VALIDATION', fields.map((f) => f.message).join('。'), { fields });

async function sideOf(deps: Deps, caller: Caller, orgId: string, action: 'org.read' | 'org.write') {
  const access = await authorizeOrg(deps.db, caller, orgId, action);
  if (access.grant) throw notFound('立入検査の記録');
  return { org: access.org, side: isOversight(access.org.kind) ? ('office' as const) : ('institution' as const) };
}

const presentSummary = (r: InspectionRow, names: { institution?: string; office?: string }) => ({
  id: r.id,
  fiscalYear: r.fiscalYear,
  fiscalYearLabel: fiscalYear(r.fiscalYear).label,
  institutionId: r.institutionOrgId,
  institutionName: names.institution ?? '',
  officeName: names.office ?? '',
  inspectedOn: r.inspectedOn,
  findings: findingsIn(r.results),
  recorded: Object.keys(r.results).length,
  points: INSPECTION_POINTS.length,
  completedAt: r.completedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

/** GET /orgs/:orgId/inspections: an office's records of a year; an institution's completed records about it. */
export async function listInspections(deps: Deps, caller: Caller, orgId: string, yearRaw?: string) {
  const { side } = await sideOf(deps, caller, orgId, 'org.read');
  if (side === 'institution')
    return {
      fiscalYear: null,
      inspections: (await completedAbout(deps.db, orgId)).map((r) => presentSummary(r.inspection, { office: r.officeName })),
    };
  const year = yearOf(yearRaw, deps.clock.now());
  const rows = await inspectionsOfOffice(deps.db, orgId, year);
  return { fiscalYear: year, inspections: rows.map((r) => presentSummary(r.inspection, { institution: r.institutionName })) };
}

async function recordOf(deps: Deps, orgId: string, id: string, side: 'office' | 'institution') {
  const found = isUuid(id) ? await findInspection(deps.db, orgId, id, side) : undefined;
  if (!found) throw notFound('立入検査の記録');
  return found;
}

async function present(deps: Deps, found: Awaited<ReturnType<typeof recordOf>>) {
  const r = found.inspection;
  // the submission the record names, as the institution's (it was the office's to see when recorded)
  const sent = r.submissionId ? await findSubmission(deps.db, r.institutionOrgId, r.submissionId, 'institution') : undefined;
  return {
    ...presentSummary(r, { institution: found.institutionName, office: found.officeName }),
    inspectors: r.inspectors,
    summary: r.summary,
    version: r.version,
    createdBy: r.createdByName,
    updatedBy: r.updatedByName,
    completedBy: r.completedByName,
    provenance: pointsProvenance(r.fiscalYear),
    submission: sent ? presentSubmission(sent) : null,
    results: INSPECTION_POINTS.map((p) => ({
      key: p.key,
      about: p.about,
      text: p.text,
      result: (r.results[p.key]?.result ?? null) as PointResult | null,
      note: r.results[p.key]?.note ?? '',
    })),
  };
}

export type InspectionView = Awaited<ReturnType<typeof present>>;

/** GET /orgs/:orgId/inspections/:inspectionId: to the office that keeps it, or (completed) to the institution. */
export async function getInspection(deps: Deps, caller: Caller, orgId: string, id: string): Promise<InspectionView> {
  const { side } = await sideOf(deps, caller, orgId, 'org.read');
  return present(deps, await recordOf(deps, orgId, id, side));
}

/** POST /orgs/:orgId/inspections { institutionId, fiscalYear }: the office starts the record of a year. */
export async function startInspection(deps: Deps, caller: Caller, orgId: string, raw: { institutionId?: string; fiscalYear?: unknown }) {
  const { side } = await sideOf(deps, caller, orgId, 'org.write');
  if (side !== 'office') throw notFound('立入検査の記録');
  const now = deps.clock.now();
  const year = yearOf(raw.fiscalYear, now);
  const institution = (await institutionsOf(deps.db, orgId)).find((i) => i.org.id === raw.institutionId)?.org;
  if (!institution) throw invalid([{ field: 'institutionId', message: '医療機関: 管轄の医療機関から選んでください' }]);
  const sent = (await latestSentTo(deps.db, orgId, year)).find((s) => s.organizationId === institution.id);
  return deps.db.transaction(async (tx) => {
    const row = await insertInspection(tx, {
      organizationId: orgId,
      institutionOrgId: institution.id,
      fiscalYear: year,
      submissionId: sent?.id ?? null,
      createdByName: caller.user.displayName,
      updatedAt: now,
      updatedByName: caller.user.displayName,
      createdAt: now,
    });
    if (!row)
      throw new AppError(
        'CONFLICT',
        `${institution.name} の${fiscalYear(year).label}の立入検査の記録はすでにあります。一覧から開いてください。`,
      );
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'inspection.started',
        targetType: 'inspection',
        targetId: row.id,
        after: { institution: institution.name, fiscalYear: year, submission: sent?.no ?? null },
      },
      now,
    );
    return { id: row.id };
  });
}

export interface InspectionInput {
  version?: number | undefined;
  inspectedOn?: string | undefined;
  inspectors?: string | undefined;
  summary?: string | undefined;
  results?: Record<string, { result?: string | null | undefined; note?: string | undefined }> | undefined;
}

function parseInput(raw: InspectionInput, today: string) {
  const fields: Field[] = [];
  let inspectedOn: string | null = null;
  if (raw.inspectedOn?.trim()) {
    const parsed = parseJapaneseDate(raw.inspectedOn);
    if (!parsed.ok) fields.push({ field: 'inspectedOn', message: `検査日: ${parsed.message}` });
    else if (parsed.iso > today) fields.push({ field: 'inspectedOn', message: '検査日: 未来の日付は入れられません' });
    else inspectedOn = parsed.iso;
  }
  const inspectors = (raw.inspectors ?? '').normalize('NFKC').trim();
  if (inspectors.length > 200) fields.push({ field: 'inspectors', message: '検査担当者: 200 文字以内で入力してください' });
  const summary = (raw.summary ?? '').trim();
  if (summary.length > 4000) fields.push({ field: 'summary', message: '総評: 4000 文字以内で入力してください' });
  const results: Record<string, { result: PointResult; note: string }> = {};
  for (const [key, value] of Object.entries(raw.results ?? {})) {
    if (!isPointKey(key)) {
      fields.push({ field: `results.${key}`, message: `確認事項「${key.slice(0, 40)}」はありません` });
      continue;
    }
    const note = (value.note ?? '').trim();
    const label = INSPECTION_POINTS.findIndex((p) => p.key === key) + 1;
    if (note.length > 2000) fields.push({ field: `results.${key}.note`, message: `確認事項 ${label}: 2000 文字以内で入力してください` });
    if (value.result === null || value.result === undefined || value.result === '') {
      // a note alone would be lost: say so rather than drop it
      if (note) fields.push({ field: `results.${key}.result`, message: `確認事項 ${label}: メモを残すには結果を選んでください` });
      continue;
    }
    if (!isPointResult(value.result)) {
      fields.push({ field: `results.${key}.result`, message: `確認事項 ${label}: 「確認した」「指摘」「確認不要」から選んでください` });
      continue;
    }
    if (value.result === 'finding' && !note)
      fields.push({ field: `results.${key}.note`, message: `確認事項 ${label}: 指摘の内容を入力してください` });
    results[key] = { result: value.result, note };
  }
  if (!Number.isInteger(raw.version)) fields.push({ field: 'version', message: '版: 読み込み直してください' });
  if (fields.length) throw invalid(fields);
  return { inspectedOn, inspectors, summary, results };
}

async function writable(deps: Deps, caller: Caller, orgId: string, id: string) {
  const { side } = await sideOf(deps, caller, orgId, 'org.write');
  if (side !== 'office') throw notFound('立入検査の記録');
  const found = await recordOf(deps, orgId, id, 'office');
  if (found.inspection.completedAt) throw new AppError('CONFLICT', 'この立入検査の記録は確定済みのため、変更できません。');
  return found;
}

const staleOrDone = () =>
  new AppError('CONFLICT', 'ほかの人が先にこの記録を保存したか、確定しました。読み込み直してから、もう一度保存してください。');

/** PUT /orgs/:orgId/inspections/:inspectionId: the whole draft at the version read (office 検査担当・管理者). */
export async function saveInspectionRecord(deps: Deps, caller: Caller, orgId: string, id: string, raw: InspectionInput) {
  const found = await writable(deps, caller, orgId, id);
  const now = deps.clock.now();
  const input = parseInput(raw, todayJst(now));
  // while a draft, what was inspected is the latest submission sent here (fixed when completed)
  const r = found.inspection;
  const sent = (await latestSentTo(deps.db, orgId, r.fiscalYear)).find((s) => s.organizationId === r.institutionOrgId);
  return deps.db.transaction(async (tx) => {
    const row = await saveInspection(tx, orgId, id, raw.version as number, {
      ...input,
      submissionId: sent?.id ?? r.submissionId,
      updatedAt: now,
      updatedByName: caller.user.displayName,
    });
    if (!row) throw staleOrDone();
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'inspection.saved', targetType: 'inspection', targetId: id, after: input },
      now,
    );
    return { id, version: row.version };
  });
}

/** POST /orgs/:orgId/inspections/:inspectionId/complete { version }: final, and shown to the institution. */
export async function completeInspection(deps: Deps, caller: Caller, orgId: string, id: string, raw: { version?: number | undefined }) {
  const found = await writable(deps, caller, orgId, id);
  const r = found.inspection;
  if (raw.version !== r.version) throw staleOrDone();
  // an office that no longer oversees the institution does not publish to it
  if (!(await institutionsOf(deps.db, orgId)).some((i) => i.org.id === r.institutionOrgId))
    throw new AppError('CONFLICT', `${found.institutionName} は管轄から外れたため、記録を確定できません。`);
  const missing = INSPECTION_POINTS.map((p, i) => (r.results[p.key] ? null : i + 1)).filter((n) => n !== null);
  const fields: Field[] = [];
  if (!r.inspectedOn) fields.push({ field: 'inspectedOn', message: '検査日: 入力して保存してから確定してください' });
  if (missing.length)
    fields.push({ field: 'results', message: `確認事項 ${missing.join('・')}: 結果を記録して保存してから確定してください` });
  if (fields.length) throw invalid(fields);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await saveInspection(tx, orgId, id, raw.version ?? -1, {
      completedAt: now,
      completedByName: caller.user.displayName,
      updatedAt: now,
      updatedByName: caller.user.displayName,
    });
    if (!row) throw staleOrDone();
    const about = {
      office: found.officeName,
      institution: found.institutionName,
      fiscalYear: r.fiscalYear,
      inspectedOn: r.inspectedOn,
      findings: findingsIn(r.results),
    };
    for (const organizationId of [orgId, r.institutionOrgId])
      await recordAudit(
        tx,
        caller.actor,
        { organizationId, action: 'inspection.completed', targetType: 'inspection', targetId: id, after: about },
        now,
      );
    return { id, version: row.version, completedAt: now.toISOString() };
  });
}
