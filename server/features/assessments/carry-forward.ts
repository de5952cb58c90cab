// Carrying an earlier year's answers into a new assessment (inside its creating transaction).
import { type CarryReport, planCarryForward } from '../../../domain/assessment/carry-forward.ts';
import { itemLabel } from '../../../domain/assessment/rules.ts';
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { formOf, presentAnswer } from './assessments.present.ts';
import { type AssessmentRow, answersOf, findAssessment, upsertAnswer } from './assessments.repo.ts';
import { versionOf } from './assessments.service.ts';

export async function carryForward(
  deps: Deps,
  tx: Tx,
  target: AssessmentRow,
  targetVersion: CatalogVersion,
  sourceId: string,
  caller: Caller,
): Promise<CarryReport> {
  const source = isUuid(sourceId) ? await findAssessment(tx, target.organizationId, sourceId) : undefined;
  if (!source)
    throw new AppError('VALIDATION', '引き継ぐ回答が見つかりません。', { fields: [{ field: 'carryFrom', message: '見つかりません' }] });
  if (source.form !== target.form || source.fiscalYear >= target.fiscalYear) {
    throw new AppError('VALIDATION', '引き継げるのは、同じ様式の前の年度の回答だけです。', {
      fields: [{ field: 'carryFrom', message: '様式または年度が合いません' }],
    });
  }
  const sourceVersion = versionOf(deps, source.catalogVersion, source.catalogRevision);
  const answers = new Map<string, AnswerValues>(
    (await answersOf(tx, source.organizationId, [source.id])).map((a) => [a.itemId, presentAnswer(a)]),
  );
  const plan = planCarryForward(formOf(sourceVersion, source.form).items, formOf(targetVersion, target.form).items, answers);
  for (const { itemId, values } of plan.carried) {
    await upsertAnswer(tx, {
      organizationId: target.organizationId,
      assessmentId: target.id,
      itemId,
      ...values,
      version: 1,
      updatedBy: caller.user.id,
      updatedAt: target.createdAt,
    });
    // each carried answer enters the item's history (and the state of the form at a past date)
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: target.organizationId,
        action: 'assessment.answer_carried',
        targetType: 'assessment',
        targetId: `${target.id}#${itemId}`,
        before: null,
        after: { ...values, from: source.id },
      },
      target.createdAt,
    );
  }
  const labels = (ids: string[], version: CatalogVersion) => {
    const items = formOf(version, target.form).items;
    return ids.map((id) => {
      const item = items.find((i) => i.id === id);
      return item ? itemLabel(item, version.numbering) : id;
    });
  };
  return {
    from: `${fiscalYear(source.fiscalYear).label} ${formOf(sourceVersion, source.form).label} (${sourceVersion.label})`,
    carried: plan.carried.length,
    newItems: labels(plan.newItems, targetVersion),
    changedItems: labels(plan.changedItems, targetVersion),
    droppedItems: labels(plan.droppedItems, sourceVersion),
  };
}
