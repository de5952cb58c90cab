// Use cases for assessments: start one for a fiscal year and form, list, read, change its settings.
// (Answers: save-answer.ts.) Reading needs membership; changing needs 担当者 or 管理者.

import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { linksOf } from './answer-evidence.repo.ts';
import { presentAssessment, presentSummary } from './assessments.present.ts';
import { answersOf, findAssessment, insertAssessment, listAssessmentsOfOrg, updateAssessmentRow } from './assessments.repo.ts';
import { assessmentUpdateSchema, newAssessmentSchema } from './assessments.schemas.ts';
import { carryForward } from './carry-forward.ts';

/** The version for a fiscal year: its own, or the latest published before it (until the next is added). */
export function versionForYear(catalog: CatalogVersion[], year: number): CatalogVersion {
  const candidates = catalog.filter((v) => v.released && v.fiscalYear <= year);
  const own = candidates.filter((v) => v.fiscalYear === year);
  const version = (own.length ? own : candidates).at(-1);
  if (!version)
    throw new AppError('VALIDATION', `${fiscalYear(year).label}に使えるチェックリストがありません。`, {
      fields: [{ field: 'fiscalYear', message: '対応する版がありません' }],
    });
  return version;
}

export function versionOf(deps: Deps, id: string, revision: number): CatalogVersion {
  const version = deps.catalog.find((v) => v.id === id && v.revision === revision);
  if (!version) throw new AppError('INTERNAL', `catalog ${id} revision ${revision} is not loaded`);
  return version;
}

export async function assessmentOrNotFound(deps: Deps, orgId: string, id: string) {
  const row = isUuid(id) ? await findAssessment(deps.db, orgId, id) : undefined;
  if (!row) throw notFound('チェックリストの回答');
  return row;
}

export async function startAssessment(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.write');
  const input = parseInput(newAssessmentSchema, raw);
  const version = versionForYear(deps.catalog, input.fiscalYear);
  const form = version.forms.find((f) => f.form === input.form);
  if (!form || form.items.length === 0) {
    throw new AppError(
      'VALIDATION',
      `${version.label}の${form?.label ?? input.form}は、項目を公開資料で確認できていないため回答を始められません。`,
      { fields: [{ field: 'form', message: '項目が未収録です' }] },
    );
  }
  if (input.form === 'vendor' && !input.vendorName) {
    throw new AppError('VALIDATION', '事業者確認用には事業者名を入力してください。', {
      fields: [{ field: 'vendorName', message: '事業者名を入力してください' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertAssessment(tx, {
      organizationId: orgId,
      fiscalYear: input.fiscalYear,
      catalogVersion: version.id,
      catalogRevision: version.revision,
      form: input.form,
      vendorName: input.form === 'vendor' ? input.vendorName : null,
      systemName: input.form === 'vendor' ? input.systemName : null,
      hasVendorContract: input.hasVendorContract ?? true,
      createdBy: caller.user.id,
      createdAt: now,
      updatedAt: now,
    }).catch((err: { duplicate?: boolean }) => {
      if (err.duplicate)
        throw new AppError('CONFLICT', `${fiscalYear(input.fiscalYear).label}の${form.label}は既にあります。一覧から開いてください。`);
      throw err;
    });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'assessment.started',
        targetType: 'assessment',
        targetId: row.id,
        after: { ...presentSummary(row, version, []), carryFrom: input.carryFrom ?? null },
      },
      now,
    );
    const carried = input.carryFrom ? await carryForward(deps, tx, row, version, input.carryFrom, caller) : null;
    return { ...presentAssessment(row, version, await answersOf(tx, orgId, [row.id])), carryForward: carried };
  });
}

export async function listAssessments(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.read');
  const rows = await listAssessmentsOfOrg(deps.db, orgId);
  const answers = await answersOf(
    deps.db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSummary(r, versionOf(deps, r.catalogVersion, r.catalogRevision), answers));
}

export async function getAssessment(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.read');
  const row = await assessmentOrNotFound(deps, orgId, id);
  const version = versionOf(deps, row.catalogVersion, row.catalogRevision);
  return presentAssessment(row, version, await answersOf(deps.db, orgId, [row.id]), await linksOf(deps.db, orgId, [row.id]));
}

export async function updateAssessment(deps: Deps, caller: Caller, orgId: string, id: string, raw: unknown) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.write');
  const input = parseInput(assessmentUpdateSchema, raw);
  const before = await assessmentOrNotFound(deps, orgId, id);
  const version = versionOf(deps, before.catalogVersion, before.catalogRevision);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const changes = before.form === 'vendor' ? input : { hasVendorContract: input.hasVendorContract };
    const row = await updateAssessmentRow(tx, orgId, id, { ...changes, updatedAt: now });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'assessment.updated',
        targetType: 'assessment',
        targetId: id,
        before: presentSummary(before, version, []),
        after: presentSummary(row, version, []),
      },
      now,
    );
    return presentAssessment(row, version, await answersOf(tx, orgId, [id]));
  });
}
