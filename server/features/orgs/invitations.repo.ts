// SQL for invitations into an organisation. An invitation is open until accepted, declined or revoked;
// an open one past its expiry is expired. Answering is one conditional UPDATE, so of two parallel
// answers only one finds the invitation still open.
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { invitations, organizations, users } from '../../db/schema.ts';

type Q = Db | Tx;
export type InvitationRow = typeof invitations.$inferSelect;
export type NewInvitation = Omit<typeof invitations.$inferInsert, 'id'>;
export type InvitationEnd = 'accepted' | 'declined' | 'revoked';

const open = and(isNull(invitations.acceptedAt), isNull(invitations.declinedAt), isNull(invitations.revokedAt));
const inviterName = sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${invitations.invitedBy})`;

/** Opens an invitation, or renews the open one of the same login ID (new role, inviter and expiry). */
export async function upsertOpenInvitation(db: Q, values: NewInvitation): Promise<InvitationRow> {
  const [row] = await db
    .insert(invitations)
    .values(values)
    .onConflictDoUpdate({
      target: [invitations.organizationId, invitations.loginKey],
      targetWhere: open,
      set: { role: values.role, invitedBy: values.invitedBy, createdAt: values.createdAt, expiresAt: values.expiresAt },
    })
    .returning();
  if (!row) throw new Error('insert invitations returned nothing');
  return row;
}

export async function findInvitation(db: Q, organizationId: string, id: string, loginKey?: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.id, id),
        loginKey === undefined ? undefined : eq(invitations.loginKey, loginKey),
      ),
    );
  return row;
}

/** Ends an open invitation; an answer (accepted, declined) also needs it unexpired. Undefined when it was not. */
export async function endInvitation(db: Q, organizationId: string, id: string, end: InvitationEnd, now: Date) {
  const field = ({ accepted: 'acceptedAt', declined: 'declinedAt', revoked: 'revokedAt' } as const)[end];
  const [row] = await db
    .update(invitations)
    .set({ [field]: now })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.id, id),
        open,
        end === 'revoked' ? undefined : gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** The organisation's invitations not accepted or revoked, until 30 days after their expiry; newest first. */
export async function listOrgInvitations(db: Q, organizationId: string, now: Date) {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  return db
    .select({ invitation: invitations, invitedBy: inviterName })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, since),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/** Open, unexpired invitations of one login ID, across organisations (the invitee's own list). */
export async function listOpenInvitationsFor(db: Q, loginKey: string, now: Date) {
  return db
    .select({
      invitation: invitations,
      invitedBy: inviterName,
      org: {
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
        requireMfa: organizations.requireMfa,
      },
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(eq(invitations.loginKey, loginKey), open, gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}
