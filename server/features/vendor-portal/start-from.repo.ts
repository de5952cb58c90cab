// SQL of the answers a person at a vendor may start a form from: the forms of their own invitations
// (any institution, not revoked), an institution's earlier years' forms that a vendor answered through
// an invitation, and how many answers of each were written by people at vendors.
import { and, count, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { assessmentAnswers, assessments, organizations, users, vendorInvitations } from '../../db/schema.ts';

type Q = Db | Tx;

const sourceColumns = {
  id: assessments.id,
  organizationId: assessments.organizationId,
  fiscalYear: assessments.fiscalYear,
  vendorName: assessments.vendorName,
  systemName: assessments.systemName,
  institution: organizations.name,
};
export type SourceRow = {
  id: string;
  organizationId: string;
  fiscalYear: number;
  vendorName: string | null;
  systemName: string | null;
  institution: string;
};

/** The vendor forms of this person's invitations that are not revoked, but the one given. */
export function formsOfMyInvitations(db: Q, userId: string, except: string): Promise<SourceRow[]> {
  return db
    .select(sourceColumns)
    .from(vendorInvitations)
    .innerJoin(
      assessments,
      and(eq(assessments.organizationId, vendorInvitations.organizationId), eq(assessments.invitationId, vendorInvitations.id)),
    )
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .where(and(eq(vendorInvitations.userId, userId), isNull(vendorInvitations.revokedAt), ne(assessments.id, except)));
}

/** The institution's vendor forms of years before `fiscalYear` answered through an invitation it has not revoked. */
export function earlierInvitedForms(db: Q, organizationId: string, fiscalYear: number): Promise<SourceRow[]> {
  return db
    .select(sourceColumns)
    .from(assessments)
    .innerJoin(
      vendorInvitations,
      and(eq(vendorInvitations.organizationId, assessments.organizationId), eq(vendorInvitations.id, assessments.invitationId)),
    )
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .where(
      and(
        eq(assessments.organizationId, organizationId),
        eq(assessments.form, 'vendor'),
        lt(assessments.fiscalYear, fiscalYear),
        isNull(vendorInvitations.revokedAt),
      ),
    );
}

/** Per form, how many of its answers a person at a vendor wrote last. */
export async function vendorAnswerCounts(db: Q, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: assessmentAnswers.assessmentId, n: count() })
    .from(assessmentAnswers)
    .innerJoin(users, and(eq(users.id, assessmentAnswers.updatedBy), eq(users.kind, 'vendor')))
    .where(inArray(assessmentAnswers.assessmentId, ids))
    .groupBy(assessmentAnswers.assessmentId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** The ids of these users who are people at vendors. */
export async function vendorUsers(db: Q, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.kind, 'vendor')));
  return new Set(rows.map((r) => r.id));
}
