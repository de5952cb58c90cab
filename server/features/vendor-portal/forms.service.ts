// The 事業者確認用 a vendor answers through an invitation. When the link is used, the institution's form
// of that year, vendor and system is opened for it (one per system when the institution counts forms so,
// else one), or an existing one linked. The person at the vendor reads and answers only the forms of
// their own invitations (not revoked), while being answered or returned, and submits; the institution
// then accepts, or returns it with a comment per item. Every step audited in the institution's trail.
import { type ReviewStatus, reviewStatusLabels } from '../../../domain/vendors/invitation.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { linksOf } from '../assessments/answer-evidence.repo.ts';
import { presentAssessment } from '../assessments/assessments.present.ts';
import { type AssessmentRow, answersOf, findAssessment } from '../assessments/assessments.repo.ts';
import type { AnswerInput, ItemScopeInput } from '../assessments/assessments.schemas.ts';
import { startAssessmentIn, textOf } from '../assessments/assessments.service.ts';
import { setItemScopeOf } from '../assessments/item-scope.ts';
import { saveAnswerTo } from '../assessments/save-answer.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { getFormHelp } from '../catalog/catalog.service.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { formsPerOf } from '../vendors/vendor-settings.repo.ts';
import { findVendor, listSystems } from '../vendors/vendors.repo.ts';
import { findVendorForm, formsOfInvitation, isMyInvitation, linkForm, moveReview, vendorFormOf } from './forms.repo.ts';
import type { InvitationRow } from './invitations.repo.ts';

/** Opens the invitation's forms (in the transaction that used the link). */
export async function openInvitationForms(tx: Tx, deps: Deps, actor: Actor, i: InvitationRow): Promise<void> {
  const vendor = await findVendor(tx, i.organizationId, i.vendorId);
  if (!vendor) return;
  const all = await listSystems(tx, i.organizationId, i.vendorId);
  const systems = i.systemIds.length ? all.filter((s) => i.systemIds.includes(s.id)) : all.filter((s) => s.status === 'active');
  const perSystem = (await formsPerOf(tx, i.organizationId)) === 'system';
  const names: (string | null)[] =
    perSystem && systems.length ? systems.map((s) => s.name) : [systems.length === 1 ? (systems[0]?.name ?? null) : null];
  const now = deps.clock.now();
  for (const systemName of names) {
    const existing = await findVendorForm(tx, i.organizationId, i.fiscalYear, vendor.name, systemName);
    if (existing) await linkForm(tx, i.organizationId, existing.id, i.id, now);
    else {
      const input = { fiscalYear: i.fiscalYear, form: 'vendor' as const, vendorName: vendor.name, systemName, hasVendorContract: true };
      await startAssessmentIn(tx, deps, actor, i.organizationId, input, { invitationId: i.id, reviewStatus: 'answering' });
    }
  }
}

const presentVendorForm = (
  deps: Deps,
  row: AssessmentRow,
  answers: Awaited<ReturnType<typeof answersOf>>,
  links: Awaited<ReturnType<typeof linksOf>>,
) => ({
  ...presentAssessment(row, textOf(deps, row), answers, links),
  review: reviewOf(row),
});

/** Login IDs of the institution's members are not the vendor's business: only the person's own is named. */
export const ownLoginOnly = (caller: Caller, login: string | null) => (login === caller.user.loginId ? login : null);

function asVendorSees<F extends ReturnType<typeof presentVendorForm>>(caller: Caller, form: F): F {
  return {
    ...form,
    items: form.items.map((item) => ({
      ...item,
      answer: item.answer ? { ...item.answer, updatedBy: ownLoginOnly(caller, item.answer.updatedBy) } : null,
      evidence: item.evidence.map((e) => ({ ...e, attachedBy: ownLoginOnly(caller, e.attachedBy) })),
    })),
  };
}

/** One form as the person at the vendor (or the institution reviewing it) sees it. */
async function presentOne(deps: Deps, row: AssessmentRow) {
  const ids = [row.id];
  const [answers, links] = [await answersOf(deps.db, row.organizationId, ids), await linksOf(deps.db, row.organizationId, ids)];
  return presentVendorForm(deps, row, answers, links);
}

const reviewOf = (row: AssessmentRow) => ({
  status: row.reviewStatus,
  label: row.reviewStatus ? reviewStatusLabels[row.reviewStatus].ja : null,
  comments: row.reviewComments,
  submittedAt: row.submittedAt?.toISOString() ?? null,
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
});

/** The forms of one of the person's invitations. */
export async function formsOfMyInvitation(deps: Deps, caller: Caller, invitationId: string) {
  if (!isUuid(invitationId) || !(await isMyInvitation(deps.db, caller.user.id, invitationId))) throw notFound('招待');
  const rows = (await formsOfInvitation(deps.db, caller.user.id, invitationId)).map((r) => r.form);
  const orgId = rows[0]?.organizationId;
  if (!orgId) return [];
  const ids = rows.map((r) => r.id);
  const [answers, links] = [await answersOf(deps.db, orgId, ids), await linksOf(deps.db, orgId, ids)];
  return rows.map((r) => asVendorSees(caller, presentVendorForm(deps, r, answers, links)));
}

export async function myForm(deps: Deps, caller: Caller, assessmentId: string): Promise<AssessmentRow> {
  const row = isUuid(assessmentId) ? await vendorFormOf(deps.db, caller.user.id, assessmentId) : undefined;
  if (!row) throw notFound('事業者確認用');
  return row;
}

export async function getMyForm(deps: Deps, caller: Caller, assessmentId: string) {
  const row = await myForm(deps, caller, assessmentId);
  return asVendorSees(caller, await presentOne(deps, row));
}

/** Mamori's help on the items of one of the person's forms (of the text it is answered on). */
export async function helpOfMyForm(deps: Deps, caller: Caller, assessmentId: string) {
  const text = textOf(deps, await myForm(deps, caller, assessmentId));
  return getFormHelp(deps, text.version.id, text.form.form, text.version.revision);
}

export const OPEN: ReviewStatus[] = ['answering', 'returned'];
export const closed = () =>
  new AppError('CONFLICT', '提出済みまたは受理済みのため変更できません。医療機関から差し戻されると、もう一度回答できます。');

/** One item of a form of the person's that is being answered or was returned. */
export async function myOpenItem(deps: Deps, caller: Caller, assessmentId: string, itemId: string) {
  const row = await myForm(deps, caller, assessmentId);
  if (!row.reviewStatus || !OPEN.includes(row.reviewStatus)) throw closed();
  const text = textOf(deps, row);
  const item = text.form.items.find((i) => i.id === itemId);
  if (!item) throw notFound(`項目 ${itemId}`);
  return { row, text, item };
}

/**
 * First in every vendor change's transaction: the form locked and found still the person's and open
 * (a submit, an acceptance or a revocation meanwhile refuses the change; the form row is always
 * locked before the answers and the audit chain, so changes of one form wait instead of deadlocking).
 */
export const stillOpen = (caller: Caller, assessmentId: string) => async (tx: Tx) => {
  const form = await vendorFormOf(tx, caller.user.id, assessmentId, true);
  if (!form) throw notFound('事業者確認用');
  if (!form.reviewStatus || !OPEN.includes(form.reviewStatus)) throw closed();
};

/** A vendor's answer to one item. */
export async function saveMyAnswer(deps: Deps, caller: Caller, assessmentId: string, itemId: string, input: AnswerInput) {
  return saveAnswerTo(deps, caller, await myOpenItem(deps, caller, assessmentId, itemId), input, stillOpen(caller, assessmentId));
}

/** A vendor marks an item outside its contract (契約範囲外), or back within it. */
export async function setMyItemScope(deps: Deps, caller: Caller, assessmentId: string, itemId: string, input: ItemScopeInput) {
  return setItemScopeOf(deps, caller, await myOpenItem(deps, caller, assessmentId, itemId), input, stillOpen(caller, assessmentId));
}

/** The vendor hands the form to the institution for review. */
export async function submitMyForm(deps: Deps, caller: Caller, assessmentId: string) {
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const current = isUuid(assessmentId) ? await vendorFormOf(tx, caller.user.id, assessmentId, true) : undefined;
    if (!current) throw notFound('事業者確認用');
    if (!current.reviewStatus || !OPEN.includes(current.reviewStatus)) throw closed();
    const updated = await moveReview(tx, current.organizationId, current.id, OPEN, {
      reviewStatus: 'submitted',
      submittedAt: now,
      updatedAt: now,
    });
    if (!updated) throw closed();
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: current.organizationId, action: 'vendor.form_submitted', targetType: 'assessment', targetId: current.id },
      now,
    );
    return updated;
  });
  return asVendorSees(caller, await presentOne(deps, row));
}

/** The institution accepts a submitted form, or returns it with a comment per item. */
export async function reviewVendorForm(
  deps: Deps,
  caller: Caller,
  orgId: string,
  assessmentId: string,
  input: { decision?: string | undefined; comments?: Record<string, string> | undefined },
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(assessmentId)) throw notFound('事業者確認用');
  if (input.decision !== 'accept' && input.decision !== 'return') {
    throw new AppError('VALIDATION', '判断は accept (受理) か return (差し戻し) です。', {
      fields: [{ field: 'decision', message: '受理か差し戻しを選んでください' }],
    });
  }
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const current = await findForReview(tx, orgId, assessmentId);
    if (current.reviewStatus !== 'submitted') {
      throw new AppError('CONFLICT', '事業者から提出された事業者確認用だけを受理・差し戻しできます。');
    }
    const items = new Set(textOf(deps, current).form.items.map((i) => i.id));
    const comments = Object.fromEntries(
      Object.entries(input.comments ?? {})
        .map(([k, v]) => [k, v.normalize('NFKC').trim().slice(0, 2000)] as const)
        .filter(([k, v]) => items.has(k) && v),
    );
    if (input.decision === 'return' && Object.keys(comments).length === 0) {
      throw new AppError('VALIDATION', '差し戻す項目にコメントを書いてください。', {
        fields: [{ field: 'comments', message: 'コメントがありません' }],
      });
    }
    const status: ReviewStatus = input.decision === 'accept' ? 'accepted' : 'returned';
    const updated = await moveReview(tx, orgId, assessmentId, ['submitted'], {
      reviewStatus: status,
      reviewComments: input.decision === 'accept' ? {} : comments,
      reviewedAt: now,
      reviewedBy: caller.actor.label,
      updatedAt: now,
    });
    if (!updated) throw new AppError('CONFLICT', 'ほかの人が先にこの事業者確認用を受理または差し戻しました。読み込み直してください。');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: input.decision === 'accept' ? 'vendor.form_accepted' : 'vendor.form_returned',
        targetType: 'assessment',
        targetId: assessmentId,
        after: { comments },
      },
      now,
    );
    return updated;
  });
  return presentOne(deps, row);
}

async function findForReview(tx: Tx, orgId: string, id: string): Promise<AssessmentRow> {
  const row = await findAssessment(tx, orgId, id);
  if (!row?.invitationId) throw notFound('事業者確認用');
  return row;
}
