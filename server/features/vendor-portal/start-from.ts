// Starting a 事業者確認用 from answers given before: the same institution's earlier year answered by the
// vendor through an invitation, or another institution's form of the same system that this person
// answers through their own invitation. Only answers written by people at vendors are copied — never
// the institution's own — and only onto items not yet answered; from an earlier year the dates are
// left to be checked again (as when an institution carries its own answers forward), from the same
// year they are kept; a note written for another institution is not copied. Each copied answer enters the item's history in the institution's trail.
import { planCarryForward } from '../../../domain/assessment/carry-forward.ts';
import { itemLabel } from '../../../domain/assessment/rules.ts';
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import { systemKey, vendorKey } from '../../../domain/assessment/vendor-forms.ts';
import { pinnedText } from '../../../domain/catalog/form-text.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { presentAnswer } from '../assessments/assessments.present.ts';
import { type AssessmentRow, answersOf, findAssessment, updateAssessmentRow, upsertAnswer } from '../assessments/assessments.repo.ts';
import { textOf } from '../assessments/assessments.service.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { vendorFormOf } from './forms.repo.ts';
import { closed, myForm, OPEN } from './forms.service.ts';
import { earlierInvitedForms, formsOfMyInvitations, type SourceRow, vendorAnswerCounts, vendorUsers } from './start-from.repo.ts';

type Source = SourceRow & { answers: number; kind: 'earlierYear' | 'otherInstitution' };

/** Forms of the same system this person may start from, with vendors' answers in them: the institution's own earlier years first. */
async function sourcesOf(deps: Deps, userId: string, target: AssessmentRow): Promise<Source[]> {
  const system = systemKey(target.systemName ?? '');
  const sameSystem = (r: SourceRow) => systemKey(r.systemName ?? '') === system;
  const sameVendor = (r: SourceRow) => vendorKey(r.vendorName ?? '') === vendorKey(target.vendorName ?? '');
  const earlier = (r: SourceRow) => r.organizationId === target.organizationId && r.fiscalYear < target.fiscalYear;
  const mine = (await formsOfMyInvitations(deps.db, userId, target.id)).filter(
    (r) => sameSystem(r) && (r.organizationId !== target.organizationId || earlier(r)),
  );
  const before = (await earlierInvitedForms(deps.db, target.organizationId, target.fiscalYear)).filter(
    (r) => sameSystem(r) && sameVendor(r),
  );
  const byId = new Map([...before, ...mine].map((r) => [r.id, r]));
  const counts = await vendorAnswerCounts(deps.db, [...byId.keys()]);
  return [...byId.values()]
    .map(
      (r) =>
        ({
          ...r,
          answers: counts.get(r.id) ?? 0,
          kind: r.organizationId === target.organizationId ? 'earlierYear' : 'otherInstitution',
        }) as Source,
    )
    .filter((r) => r.answers > 0)
    .sort((a, b) =>
      a.kind === b.kind
        ? b.fiscalYear - a.fiscalYear || a.institution.localeCompare(b.institution, 'ja')
        : a.kind === 'earlierYear'
          ? -1
          : 1,
    );
}

const presentSource = (s: Source) => ({
  id: s.id,
  kind: s.kind,
  institution: s.institution,
  fiscalYear: s.fiscalYear,
  fiscalYearLabel: fiscalYear(s.fiscalYear).label,
  systemName: s.systemName,
  /** answers written by people at vendors (what would be copied at most) */
  answers: s.answers,
});

/** What the person may start one of their forms from. */
export async function sourcesForMyForm(deps: Deps, caller: Caller, assessmentId: string) {
  const target = await myForm(deps, caller, assessmentId);
  return (await sourcesOf(deps, caller.user.id, target)).map(presentSource);
}

/** Copies the vendors' answers of a source onto the items of the person's open form that have none. */
export async function startMyFormFrom(deps: Deps, caller: Caller, assessmentId: string, input: { sourceId: string }) {
  const first = await myForm(deps, caller, assessmentId);
  const source = isUuid(input.sourceId) ? (await sourcesOf(deps, caller.user.id, first)).find((s) => s.id === input.sourceId) : undefined;
  if (!source) throw notFound('引き継ぐ回答');
  return deps.db.transaction(async (tx) => {
    const target = await vendorFormOf(tx, caller.user.id, assessmentId, true);
    if (!target) throw notFound('事業者確認用');
    if (!target.reviewStatus || !OPEN.includes(target.reviewStatus)) throw closed();
    const sourceRow = await findAssessment(tx, source.organizationId, source.id);
    if (!sourceRow) throw notFound('引き継ぐ回答');
    const sourceText = pinnedText(deps.catalog, sourceRow);
    if (!sourceText) throw new AppError('CONFLICT', '引き継ぐ回答の様式の版がこのサーバーにありません。システム管理者に連絡してください。');
    const targetText = textOf(deps, target);
    const all = await answersOf(tx, source.organizationId, [source.id]);
    const byVendors = await vendorUsers(tx, [...new Set(all.flatMap((a) => (a.updatedBy ? [a.updatedBy] : [])))]);
    const answers = new Map<string, AnswerValues>(
      all.filter((a) => a.updatedBy && byVendors.has(a.updatedBy)).map((a) => [a.itemId, presentAnswer(a)]),
    );
    if (answers.size === 0) throw new AppError('CONFLICT', 'この様式には引き継げる事業者の回答がありません。');
    const existing = new Map((await answersOf(tx, target.organizationId, [target.id])).map((a) => [a.itemId, a]));
    const answered = (id: string) => Boolean(existing.get(id)?.firstAnswer || existing.get(id)?.outOfScope);
    const plan = planCarryForward(sourceText.form.items, targetText.form.items, answers);
    const sameYear = source.fiscalYear === target.fiscalYear;
    const sameOrg = source.organizationId === target.organizationId;
    const now = deps.clock.now();
    const copied: string[] = [];
    const skipped: string[] = [];
    for (const { itemId, values } of plan.carried) {
      if (answered(itemId)) {
        skipped.push(itemId);
        continue;
      }
      const from = answers.get(itemId);
      const dated = sameYear && from && !values.outOfScope ? { ...values, firstDate: from.firstDate, targetDate: from.targetDate } : values;
      // a note written for another institution stays there
      const kept = sameOrg ? dated : { ...dated, note: '' };
      await upsertAnswer(tx, {
        organizationId: target.organizationId,
        assessmentId: target.id,
        itemId,
        ...kept,
        version: (existing.get(itemId)?.version ?? 0) + 1,
        updatedBy: caller.user.id,
        updatedAt: now,
      });
      await recordAudit(
        tx,
        caller.actor,
        {
          organizationId: target.organizationId,
          action: 'assessment.answer_carried',
          targetType: 'assessment',
          targetId: `${target.id}#${itemId}`,
          before: null,
          // another institution's form is named by its year only: its id is not this institution's business
          after: { ...kept, from: sameOrg ? source.id : null, fromYear: source.fiscalYear },
        },
        now,
      );
      copied.push(itemId);
    }
    if (copied.length) await updateAssessmentRow(tx, target.organizationId, target.id, { updatedAt: now });
    const labels = (ids: string[]) =>
      ids.map((id) => {
        const item = targetText.form.items.find((i) => i.id === id);
        return item ? itemLabel(item, targetText.version.numbering) : id;
      });
    return {
      from: `${source.institution} ${fiscalYear(source.fiscalYear).label}`,
      copied: copied.length,
      datesKept: sameYear,
      /** items answered already: left as they are */
      skipped: labels(skipped),
      /** items new or changed in this year's text: to be answered afresh */
      newItems: labels([...plan.newItems, ...plan.changedItems]),
    };
  });
}
