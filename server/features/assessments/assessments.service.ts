// Use cases for assessments: start one for a fiscal year and form, list, read, change its settings.
// (Answers: save-answer.ts.) Reading needs membership; changing needs 担当者 or 管理者.

import { type FormText, formFor, pinnedText, resolveFormText, yearVersion } from '../../../domain/catalog/form-text.ts';
import type { FormKind } from '../../../domain/catalog/labels.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { linksOf } from './answer-evidence.repo.ts';
import { presentAssessment, presentSummary } from './assessments.present.ts';
import {
  type AssessmentRow,
  answersOf,
  findAssessment,
  insertAssessment,
  listAssessmentsOfOrg,
  updateAssessmentRow,
} from './assessments.repo.ts';
import type { AssessmentUpdate, NewAssessmentInput } from './assessments.schemas.ts';
import { carryForward } from './carry-forward.ts';

/** The version for a fiscal year: its own, or the latest published before it (until the next is added). */
export function versionForYear(catalog: CatalogVersion[], year: number): CatalogVersion {
  const version = yearVersion(catalog, year);
  if (!version) throw noVersion(year);
  return version;
}

const noVersion = (year: number) =>
  new AppError('VALIDATION', `${fiscalYear(year).label}に使えるチェックリストがありません。`, {
    fields: [{ field: 'fiscalYear', message: '対応する版がありません' }],
  });

export function versionOf(deps: Deps, id: string, revision: number): CatalogVersion {
  const version = deps.catalog.find((v) => v.id === id && v.revision === revision);
  if (!version) throw new AppError('INTERNAL', `catalog ${id} revision ${revision} is not loaded`);
  return version;
}

/** The text an assessment is answered on (its version, revision and form), as the catalog stands now. */
export function textOf(deps: Pick<Deps, 'catalog'>, row: AssessmentRow): FormText {
  const text = pinnedText(deps.catalog, row);
  if (!text)
    throw new AppError('INTERNAL', `catalog ${row.catalogVersion} revision ${row.catalogRevision} form ${row.catalogForm} is not loaded`);
  return text;
}

/** The text a new assessment of a year and form starts on; refused naming the field when there is none. */
export function textForNew(catalog: CatalogVersion[], year: number, form: FormKind): FormText {
  const yv = yearVersion(catalog, year);
  if (!yv) throw noVersion(year);
  const text = resolveFormText(catalog, year, form);
  if (!text) {
    throw new AppError('VALIDATION', `${yv.label}の${formFor(yv, form)?.label ?? form}は、どの版にも項目がないため回答を始められません。`, {
      fields: [{ field: 'form', message: '項目が未収録です' }],
    });
  }
  return text;
}

export async function assessmentOrNotFound(deps: Deps, orgId: string, id: string) {
  const row = isUuid(id) ? await findAssessment(deps.db, orgId, id) : undefined;
  if (!row) throw notFound('チェックリストの回答');
  return row;
}

export async function startAssessment(deps: Deps, caller: Caller, orgId: string, input: NewAssessmentInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return startAssessmentAs(deps, caller.actor, orgId, input);
}

/** 「回答を始める」 for an organisation already authorised (the API above, or `mamori assessment start`). */
export async function startAssessmentAs(deps: Deps, actor: Actor, orgId: string, input: NewAssessmentInput) {
  const { row: _row, ...started } = await deps.db.transaction((tx) => startAssessmentIn(tx, deps, actor, orgId, input));
  return started;
}

/**
 * The same inside a transaction the caller holds; `link`: a 事業者確認用 the vendor answers through an
 * invitation (its id and review status), written with the row.
 */
export async function startAssessmentIn(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: NewAssessmentInput,
  link: { invitationId: string; reviewStatus: 'answering' } | null = null,
) {
  const text = textForNew(deps.catalog, input.fiscalYear, input.form);
  const formLabel = formFor(text.yearVersion, text.formKind)?.label ?? text.form.label;
  if (input.form === 'vendor' && !input.vendorName) {
    throw new AppError('VALIDATION', '事業者確認用には事業者名を入力してください。', {
      fields: [{ field: 'vendorName', message: '事業者名を入力してください' }],
    });
  }
  const now = deps.clock.now();
  const row = await insertAssessment(tx, {
    organizationId: orgId,
    fiscalYear: input.fiscalYear,
    catalogVersion: text.version.id,
    catalogRevision: text.version.revision,
    catalogForm: text.form.form,
    form: text.formKind,
    vendorName: input.form === 'vendor' ? input.vendorName : null,
    systemName: input.form === 'vendor' ? input.systemName : null,
    hasVendorContract: input.hasVendorContract ?? true,
    ...(link ?? {}),
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  }).catch((err: { duplicate?: boolean }) => {
    if (err.duplicate)
      throw new AppError('CONFLICT', `${fiscalYear(input.fiscalYear).label}の${formLabel}は既にあります。一覧から開いてください。`);
    throw err;
  });
  await recordAudit(
    tx,
    actor,
    {
      organizationId: orgId,
      action: 'assessment.started',
      targetType: 'assessment',
      targetId: row.id,
      after: { ...presentSummary(row, text, []), carryFrom: input.carryFrom ?? null },
    },
    now,
  );
  const carried = input.carryFrom ? await carryForward(deps, tx, row, text, input.carryFrom, actor) : null;
  return { ...presentAssessment(row, text, await answersOf(tx, orgId, [row.id])), carryForward: carried, row };
}

export async function listAssessments(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const rows = await listAssessmentsOfOrg(deps.db, orgId);
  const answers = await answersOf(
    deps.db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSummary(r, textOf(deps, r), answers));
}

export async function getAssessment(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = await assessmentOrNotFound(deps, orgId, id);
  return presentAssessment(
    row,
    textOf(deps, row),
    await answersOf(deps.db, orgId, [row.id]),
    await linksOf(deps.db, orgId, [row.id]),
    deps.catalog,
  );
}

export async function updateAssessment(deps: Deps, caller: Caller, orgId: string, id: string, input: AssessmentUpdate) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const before = await assessmentOrNotFound(deps, orgId, id);
  const text = textOf(deps, before);
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
        before: presentSummary(before, text, []),
        after: presentSummary(row, text, []),
      },
      now,
    );
    return presentAssessment(row, text, await answersOf(tx, orgId, [id]), [], deps.catalog);
  });
}
