// Use case: save one item's answer. Dates may be typed in 和暦; the 手引き rules are applied; two
// people editing the same item are told instead of silently overwriting each other (version check).
import { checkAnswer } from '../../../domain/assessment/rules.ts';
import type { FormText } from '../../../domain/catalog/form-text.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { forSystemOf, forVendorOf, suggestionAtAnswer } from '../suggestions/suggestions.service.ts';
import { presentAnswer, presentAssessment } from './assessments.present.ts';
import { type AssessmentRow, answersOf, findAnswerForUpdate, upsertAnswer } from './assessments.repo.ts';
import type { AnswerInput } from './assessments.schemas.ts';
import { type ItemRef, itemForWrite, recordItemChange } from './item-change.ts';

export async function saveAnswer(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string, input: AnswerInput) {
  return saveAnswerTo(deps, caller, await itemForWrite(deps, caller, orgId, assessmentId, itemId), input);
}

/** The save itself, for an item whose writer was decided by the caller (a member, or the vendor of an invitation). */
export async function saveAnswerTo(
  deps: Deps,
  caller: Caller,
  { row, text, item }: { row: AssessmentRow; text: FormText; item: FormText['form']['items'][number] },
  input: AnswerInput,
  /** run first in the transaction (a vendor's form locked and found still open) */
  guard?: (tx: Tx) => Promise<void>,
) {
  const [orgId, assessmentId, itemId] = [row.organizationId, row.id, item.id];
  const checked = checkAnswer(item, input, row.fiscalYear);
  if (!checked.ok) {
    throw new AppError('VALIDATION', checked.fields.map((f) => f.message).join(' / '), { fields: checked.fields });
  }
  const ref = { orgId, assessmentId, itemId };
  return deps.db.transaction(async (tx) => {
    await guard?.(tx);
    const now = deps.clock.now();
    const current = await currentAnswer(tx, ref, input.version);
    if (current?.outOfScope) {
      throw new AppError('VALIDATION', 'この項目は契約範囲外にしてあります。範囲内に戻してから回答してください。', {
        fields: [{ field: 'firstAnswer', message: '契約範囲外の項目です' }],
      });
    }
    const nextVersion = input.version + 1;
    // what the ledgers say now is kept with the answer: the person decided knowing it
    const suggestion = checked.values.firstAnswer
      ? await suggestionAtAnswer(tx, orgId, item, now, { forVendor: forVendorOf(row), forSystem: forSystemOf(row) }, row.fiscalYear)
      : null;
    await upsertAnswer(tx, {
      organizationId: orgId,
      assessmentId,
      itemId,
      ...checked.values,
      suggestion,
      version: nextVersion,
      updatedBy: caller.user.id,
      updatedAt: now,
    });
    // read before the audit: from the assessment row and chain head locks on, the organisation's
    // saves wait for each other, so that part is kept to its two statements and the commit
    const saved = await savedItem(tx, { ...row, updatedAt: now }, text, itemId);
    await recordItemChange(
      tx,
      caller,
      ref,
      'assessment.answer_saved',
      { before: current ? presentAnswer(current) : null, after: { ...checked.values, suggestion } },
      now,
    );
    return saved;
  });
}

/** The item's stored answer, locked; a CONFLICT when someone saved it since the caller read it. */
export async function currentAnswer(tx: Tx, ref: ItemRef, expectedVersion: number) {
  const current = await findAnswerForUpdate(tx, ref.orgId, ref.assessmentId, ref.itemId);
  if ((current?.version ?? 0) !== expectedVersion) {
    const who = current?.updatedByLogin ?? '別の利用者';
    throw new AppError('CONFLICT', `ほかの人 (${who}) が先にこの項目を保存しました。内容を確認してから、もう一度保存してください。`, {
      details: { current: current ? presentAnswer(current) : null, updatedBy: who },
    });
  }
  return current;
}

/** What a change to one item answers with: its saved answer, and the form's progress and gaps. */
export async function savedItem(tx: Tx, row: AssessmentRow, text: FormText, itemId: string) {
  const full = presentAssessment(row, text, await answersOf(tx, row.organizationId, [row.id]));
  const saved = full.items.find((i) => i.id === itemId);
  // the item was checked before the change and has just been written
  if (!saved?.answer) throw new AppError('INTERNAL', `answer of item ${itemId} not found after saving`);
  return {
    answer: saved.answer,
    exempt: saved.exempt,
    exemptReason: saved.exemptReason,
    progress: full.progress,
    gaps: full.gaps,
  };
}
