// SQL of the vendor invitations: per organisation for the institution, per token hash for the link,
// per user for the vendor's own list. The use of a link is one conditional update (once, and only
// while it is valid), so that two uses at once cannot both succeed.
import { and, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { assessments, organizations, vendorInvitations, vendorSystems, vendors } from '../../db/schema.ts';

type Q = Db | Tx;
export type InvitationRow = typeof vendorInvitations.$inferSelect;

export async function insertInvitation(db: Q, values: typeof vendorInvitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(vendorInvitations).values(values).returning();
  if (!row) throw new Error('insert vendor_invitations returned nothing');
  return row;
}

export async function invitationsOfVendor(db: Q, organizationId: string, vendorId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(vendorInvitations)
    .where(and(eq(vendorInvitations.organizationId, organizationId), eq(vendorInvitations.vendorId, vendorId)))
    .orderBy(desc(vendorInvitations.createdAt));
}

export async function findInvitation(db: Q, organizationId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(vendorInvitations)
    .where(and(eq(vendorInvitations.organizationId, organizationId), eq(vendorInvitations.id, id)));
  return row;
}

/** Revokes an invitation not revoked yet; undefined when it was (or is not the organisation's). */
export async function revokeInvitation(db: Q, organizationId: string, id: string, now: Date): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(vendorInvitations)
    .set({ revokedAt: now })
    .where(and(eq(vendorInvitations.organizationId, organizationId), eq(vendorInvitations.id, id), isNull(vendorInvitations.revokedAt)))
    .returning();
  return row;
}

/**
 * Claims the right to remind: the invitation not revoked and not reminded since `since`; undefined
 * otherwise (two reminders at once: one wins).
 */
export async function claimReminder(db: Q, organizationId: string, id: string, since: Date, now: Date) {
  const [row] = await db
    .update(vendorInvitations)
    .set({ remindedAt: now, reminders: sql`${vendorInvitations.reminders} + 1` })
    .where(
      and(
        eq(vendorInvitations.organizationId, organizationId),
        eq(vendorInvitations.id, id),
        isNull(vendorInvitations.revokedAt),
        or(isNull(vendorInvitations.remindedAt), lt(vendorInvitations.remindedAt, since)),
      ),
    )
    .returning();
  return row;
}

/** Gives the claim back after the mail could not be sent: only if no other reminder claimed it since. */
export async function releaseReminder(db: Q, organizationId: string, claimed: InvitationRow, before: Date | null) {
  await db
    .update(vendorInvitations)
    .set({ remindedAt: before, reminders: sql`${vendorInvitations.reminders} - 1` })
    .where(
      and(
        eq(vendorInvitations.organizationId, organizationId),
        eq(vendorInvitations.id, claimed.id),
        eq(vendorInvitations.remindedAt, claimed.remindedAt as Date),
      ),
    );
}

/** The invitation when it is this person's and not revoked, held (FOR SHARE) until the transaction ends: a revocation waits. */
export async function holdMyInvitation(db: Q, userId: string, invitationId: string) {
  const [row] = await db
    .select({ id: vendorInvitations.id })
    .from(vendorInvitations)
    .where(and(eq(vendorInvitations.id, invitationId), eq(vendorInvitations.userId, userId), isNull(vendorInvitations.revokedAt)))
    .for('share');
  return row !== undefined;
}

/** The forms of an invitation still to be answered or fixed by the vendor (answering, returned). */
export async function openFormsOf(db: Q, organizationId: string, invitationId: string) {
  return db
    .select({ id: assessments.id, systemName: assessments.systemName, status: assessments.reviewStatus })
    .from(assessments)
    .where(
      and(
        eq(assessments.organizationId, organizationId),
        eq(assessments.invitationId, invitationId),
        inArray(assessments.reviewStatus, ['answering', 'returned']),
      ),
    );
}

/** An organisation's invitations that may be due a reminder: with an address, not revoked. */
export async function remindableOf(db: Q, organizationId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(vendorInvitations)
    .where(and(eq(vendorInvitations.organizationId, organizationId), isNull(vendorInvitations.revokedAt), ne(vendorInvitations.email, '')));
}

const usable = (tokenHash: string, now: Date) =>
  and(
    eq(vendorInvitations.tokenHash, tokenHash),
    isNull(vendorInvitations.revokedAt),
    isNull(vendorInvitations.acceptedAt),
    gt(vendorInvitations.expiresAt, now),
  );

/** The invitation behind a link that can still be used, with its institution's and vendor's names. */
export async function usableByToken(db: Q, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: vendorInvitations, orgName: organizations.name, requireMfa: organizations.requireMfa, vendorName: vendors.name })
    .from(vendorInvitations)
    .innerJoin(organizations, eq(organizations.id, vendorInvitations.organizationId))
    .innerJoin(vendors, and(eq(vendors.organizationId, vendorInvitations.organizationId), eq(vendors.id, vendorInvitations.vendorId)))
    .where(usable(tokenHash, now));
  return row;
}

/** Uses the link for a user: once, and only while it is valid (else undefined). */
export async function claimInvitation(db: Q, tokenHash: string, userId: string, now: Date): Promise<InvitationRow | undefined> {
  const [row] = await db.update(vendorInvitations).set({ acceptedAt: now, userId }).where(usable(tokenHash, now)).returning();
  return row;
}

/** A vendor person's invitations across institutions, with the institutions' and vendors' names. */
export async function invitationsOfUser(db: Q, userId: string) {
  return db
    .select({ invitation: vendorInvitations, orgName: organizations.name, orgSlug: organizations.slug, vendorName: vendors.name })
    .from(vendorInvitations)
    .innerJoin(organizations, eq(organizations.id, vendorInvitations.organizationId))
    .innerJoin(vendors, and(eq(vendors.organizationId, vendorInvitations.organizationId), eq(vendors.id, vendorInvitations.vendorId)))
    .where(eq(vendorInvitations.userId, userId))
    .orderBy(desc(vendorInvitations.fiscalYear), organizations.name);
}

/** The systems of these vendors (ids unique across organisations), for the invitations that name them. */
export async function systemsOfVendors(db: Q, vendorIds: string[]) {
  if (!vendorIds.length) return [];
  return db
    .select({ id: vendorSystems.id, vendorId: vendorSystems.vendorId, name: vendorSystems.name, status: vendorSystems.status })
    .from(vendorSystems)
    .where(inArray(vendorSystems.vendorId, vendorIds))
    .orderBy(vendorSystems.kind, vendorSystems.name);
}

export async function orgNameOf(db: Q, organizationId: string): Promise<string> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.name ?? '';
}
