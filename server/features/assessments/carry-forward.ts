// Carrying an earlier year's answers into a new assessment (inside its creating transaction).
import { type CarryReport, planCarryForward } from '../../../domain/assessment/carry-forward.ts';
import { itemLabel } from '../../../domain/assessment/rules.ts';
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import { type FormText, formFor } from '../../../domain/catalog/form-text.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { presentAnswer } from './assessments.present.ts';
import { type AssessmentRow, answersOf, findAssessment, upsertAnswer } from './assessments.repo.ts';
import { textOf } from './assessments.service.ts';

/** 医療機関確認用 and 薬局確認用 are one family: a pharmacy's R7 薬局確認用 carries into R8's 医療機関・薬局確認用. */
const sameFormFamily = (a: string, b: string) => a === b || (a !== 'vendor' && b !== 'vendor');

export async function carryForward(
  deps: Deps,
  tx: Tx,
  target: AssessmentRow,
  targetText: FormText,
  sourceId: string,
  actor: Actor,
): Promise<CarryReport> {
  const source = isUuid(sourceId) ? await findAssessment(tx, target.organizationId, sourceId) : undefined;
  if (!source)
    throw new AppError('VALIDATION', '引き継ぐ回答が見つかりません。', { fields: [{ field: 'carryFrom', message: '見つかりません' }] });
  if (!sameFormFamily(source.form, target.form) || source.fiscalYear >= target.fiscalYear) {
    throw new AppError('VALIDATION', '引き継げるのは、同じ様式の前の年度の回答だけです。', {
      fields: [{ field: 'carryFrom', message: '様式または年度が合いません' }],
    });
  }
  const sourceText = textOf(deps, source);
  const answers = new Map<string, AnswerValues>(
    (await answersOf(tx, source.organizationId, [source.id])).map((a) => [a.itemId, presentAnswer(a)]),
  );
  const plan = planCarryForward(sourceText.form.items, targetText.form.items, answers);
  for (const { itemId, values } of plan.carried) {
    await upsertAnswer(tx, {
      organizationId: target.organizationId,
      assessmentId: target.id,
      itemId,
      ...values,
      version: 1,
      updatedBy: actor.userId,
      updatedAt: target.createdAt,
    });
    // each carried answer enters the item's history (and the state of the form at a past date)
    await recordAudit(
      tx,
      actor,
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
  const labels = (ids: string[], text: FormText) =>
    ids.map((id) => {
      const item = text.form.items.find((i) => i.id === id);
      return item ? itemLabel(item, text.version.numbering) : id;
    });
  const sourceLabel = formFor(sourceText.yearVersion, sourceText.formKind)?.label ?? sourceText.form.label;
  return {
    from: `${fiscalYear(source.fiscalYear).label} ${sourceLabel} (${sourceText.version.label})`,
    carried: plan.carried.length,
    newItems: labels(plan.newItems, targetText),
    changedItems: labels(plan.changedItems, targetText),
    droppedItems: labels(plan.droppedItems, sourceText),
  };
}
