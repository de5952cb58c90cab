// SQL of the forms a vendor answers through an invitation: the institution's 事業者確認用 of that year,
// vendor and system, linked to the invitation; and, for the person at the vendor, a form only through
// an invitation of theirs that is not revoked.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReviewStatus } from '../../../domain/vendors/invitation.ts';
import type { Db, Tx } from '../../db/client.ts';
import { assessments, vendorInvitations } from '../../db/schema.ts';

type Q = Db | Tx;

export async function findVendorForm(db: Q, organizationId: string, fiscalYear: number, vendorName: string, systemName: string | null) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organizationId, organizationId),
        eq(assessments.fiscalYear, fiscalYear),
        eq(assessments.form, 'vendor'),
        eq(assessments.vendorName, vendorName),
        sql`coalesce(${assessments.systemName}, '') = ${systemName ?? ''}`,
      ),
    )
    .for('update');
  return row;
}

/** Links an existing form to the invitation; a form never reviewed starts as being answered. */
export async function linkForm(db: Q, organizationId: string, id: string, invitationId: string, now: Date) {
  await db
    .update(assessments)
    .set({ invitationId, reviewStatus: sql`coalesce(${assessments.reviewStatus}, 'answering')`, updatedAt: now })
    .where(and(eq(assessments.organizationId, organizationId), eq(assessments.id, id)));
}

/** The forms of an invitation of this person (not revoked), oldest first. */
export async function formsOfInvitation(db: Q, userId: string, invitationId: string) {
  return db
    .select({ form: assessments })
    .from(assessments)
    .innerJoin(
      vendorInvitations,
      and(eq(vendorInvitations.organizationId, assessments.organizationId), eq(vendorInvitations.id, assessments.invitationId)),
    )
    .where(and(eq(vendorInvitations.id, invitationId), eq(vendorInvitations.userId, userId), isNull(vendorInvitations.revokedAt)))
    .orderBy(asc(assessments.systemName));
}

/** One form, when it is this person's through an invitation not revoked (locked for a change when asked). */
export async function vendorFormOf(db: Q, userId: string, assessmentId: string, forUpdate = false) {
  const q = db
    .select({ form: assessments })
    .from(assessments)
    .innerJoin(
      vendorInvitations,
      and(eq(vendorInvitations.organizationId, assessments.organizationId), eq(vendorInvitations.id, assessments.invitationId)),
    )
    .where(and(eq(assessments.id, assessmentId), eq(vendorInvitations.userId, userId), isNull(vendorInvitations.revokedAt)));
  const [row] = forUpdate ? await q.for('update', { of: assessments }) : await q;
  return row?.form;
}

/** Moves a form's review on, only from the statuses given (two decisions at once: one wins, the other finds nothing). */
export async function moveReview(
  db: Q,
  organizationId: string,
  id: string,
  from: ReviewStatus[],
  values: Partial<typeof assessments.$inferInsert>,
) {
  const [row] = await db
    .update(assessments)
    .set(values)
    .where(and(eq(assessments.organizationId, organizationId), eq(assessments.id, id), inArray(assessments.reviewStatus, from)))
    .returning();
  return row;
}

/** The invitation when it is this person's and not revoked. */
export async function myInvitationRow(db: Q, userId: string, invitationId: string) {
  const [row] = await db
    .select()
    .from(vendorInvitations)
    .where(and(eq(vendorInvitations.id, invitationId), eq(vendorInvitations.userId, userId), isNull(vendorInvitations.revokedAt)));
  return row;
}

/** Whether the invitation is this person's and not revoked. */
export async function isMyInvitation(db: Q, userId: string, invitationId: string): Promise<boolean> {
  return (await myInvitationRow(db, userId, invitationId)) !== undefined;
}
