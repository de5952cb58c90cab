// Use case: mark an item of a 事業者確認用 as outside this vendor's contract (契約内容により確認不要,
// 立入検査の手引き R5 ②), or back within it. Marking it clears the answer columns (the audit trail keeps
// them); the year's readiness then asks that the institution's form or another vendor's form answer it.
import type { FormText } from '../../../domain/catalog/form-text.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { presentAnswer } from './assessments.present.ts';
import { type AssessmentRow, upsertAnswer } from './assessments.repo.ts';
import type { ItemScopeInput } from './assessments.schemas.ts';
import { itemForWrite, recordItemChange } from './item-change.ts';
import { currentAnswer, savedItem } from './save-answer.ts';

export async function setItemScope(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string, input: ItemScopeInput) {
  return setItemScopeOf(deps, caller, await itemForWrite(deps, caller, orgId, assessmentId, itemId), input);
}

/** The change itself, for an item whose writer was decided by the caller (a member, or the vendor of an invitation). */
export async function setItemScopeOf(
  deps: Deps,
  caller: Caller,
  { row, text, item }: { row: AssessmentRow; text: FormText; item: FormText['form']['items'][number] },
  input: ItemScopeInput,
  /** run first in the transaction (a vendor's form locked and found still open) */
  guard?: (tx: Tx) => Promise<void>,
) {
  const [orgId, assessmentId, itemId] = [row.organizationId, row.id, item.id];
  if (row.form !== 'vendor') {
    throw new AppError('VALIDATION', '契約範囲外にできるのは事業者確認用の項目だけです。', {
      fields: [{ field: 'outOfScope', message: '事業者確認用ではありません' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    await guard?.(tx);
    const now = deps.clock.now();
    const ref = { orgId, assessmentId, itemId };
    const current = await currentAnswer(tx, ref, input.version);
    const empty = { firstAnswer: null, firstDate: null, targetDate: null, secondAnswer: null, secondDate: null };
    const values = { ...empty, note: current?.note ?? '', outOfScope: input.outOfScope };
    await upsertAnswer(tx, {
      organizationId: orgId,
      assessmentId,
      itemId: item.id,
      ...values,
      version: input.version + 1,
      updatedBy: caller.user.id,
      updatedAt: now,
    });
    const action = input.outOfScope ? 'assessment.item_out_of_scope' : 'assessment.item_in_scope';
    const saved = await savedItem(tx, { ...row, updatedAt: now }, text, itemId);
    await recordItemChange(tx, caller, ref, action, { before: current ? presentAnswer(current) : null, after: values }, now);
    return saved;
  });
}
