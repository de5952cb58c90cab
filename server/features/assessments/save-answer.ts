// Use case: save one item's answer. Dates may be typed in 和暦; the 手引き rules are applied; two
// people editing the same item are told instead of silently overwriting each other (version check).
import { checkAnswer } from '../../../domain/assessment/rules.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { formOf, presentAnswer, presentAssessment } from './assessments.present.ts';
import { answersOf, findAnswerForUpdate, upsertAnswer } from './assessments.repo.ts';
import { answerInputSchema } from './assessments.schemas.ts';
import { assessmentOrNotFound, versionOf } from './assessments.service.ts';
import { recordItemChange } from './item-change.ts';

export async function saveAnswer(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.write');
  const row = await assessmentOrNotFound(deps, orgId, assessmentId);
  const version = versionOf(deps, row.catalogVersion, row.catalogRevision);
  const item = formOf(version, row.form).items.find((i) => i.id === itemId);
  if (!item) throw notFound(`項目 ${itemId}`);
  const input = parseInput(answerInputSchema, raw);
  const checked = checkAnswer(item, input, row.fiscalYear);
  if (!checked.ok) {
    throw new AppError('VALIDATION', checked.fields.map((f) => f.message).join(' / '), { fields: checked.fields });
  }
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findAnswerForUpdate(tx, orgId, assessmentId, itemId);
    if ((current?.version ?? 0) !== input.version) {
      const who = current?.updatedByLogin ?? '別の利用者';
      throw new AppError('CONFLICT', `ほかの人 (${who}) が先にこの項目を保存しました。内容を確認してから、もう一度保存してください。`, {
        details: { current: current ? presentAnswer(current) : null, updatedBy: who },
      });
    }
    const nextVersion = input.version + 1;
    await upsertAnswer(tx, {
      organizationId: orgId,
      assessmentId,
      itemId,
      ...checked.values,
      version: nextVersion,
      updatedBy: caller.user.id,
      updatedAt: now,
    });
    await recordItemChange(
      tx,
      caller,
      { orgId, assessmentId, itemId },
      'assessment.answer_saved',
      { before: current ? presentAnswer(current) : null, after: checked.values },
      now,
    );
    const full = presentAssessment({ ...row, updatedAt: now }, version, await answersOf(tx, orgId, [assessmentId]));
    const saved = full.items.find((i) => i.id === itemId)?.answer;
    return { answer: saved, progress: full.progress, gaps: full.gaps };
  });
}
