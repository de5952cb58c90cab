// SQL for evidence files and their content-addressed blobs (one blob per organisation and sha256).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { evidenceBlobs, evidenceFiles } from '../../db/schema.ts';

type Q = Db | Tx;
export type EvidenceRow = typeof evidenceFiles.$inferSelect;

/** Stores the bytes unless this organisation already has the same content; true when written. */
export async function putBlob(db: Q, organizationId: string, sha256: string, data: Uint8Array, now: Date): Promise<boolean> {
  const rows = await db
    .insert(evidenceBlobs)
    .values({ organizationId, sha256, size: data.byteLength, data, createdAt: now })
    .onConflictDoNothing()
    .returning({ sha256: evidenceBlobs.sha256 });
  return rows.length > 0;
}

export async function insertEvidence(db: Q, values: typeof evidenceFiles.$inferInsert): Promise<EvidenceRow> {
  const [row] = await db.insert(evidenceFiles).values(values).returning();
  if (!row) throw new Error('insert evidence_files returned nothing');
  return row;
}

export async function findEvidence(db: Q, organizationId: string, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.organizationId, organizationId), eq(evidenceFiles.id, id), isNull(evidenceFiles.deletedAt)));
  return row;
}

export async function listEvidence(db: Q, organizationId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.organizationId, organizationId), isNull(evidenceFiles.deletedAt)))
    .orderBy(desc(evidenceFiles.createdAt));
}

export async function readBlob(db: Q, organizationId: string, sha256: string): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ data: evidenceBlobs.data })
    .from(evidenceBlobs)
    .where(and(eq(evidenceBlobs.organizationId, organizationId), eq(evidenceBlobs.sha256, sha256)));
  return row?.data;
}

export async function markEvidenceDeleted(db: Q, organizationId: string, id: string, now: Date): Promise<void> {
  await db
    .update(evidenceFiles)
    .set({ deletedAt: now })
    .where(and(eq(evidenceFiles.organizationId, organizationId), eq(evidenceFiles.id, id)));
}
