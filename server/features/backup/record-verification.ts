// A restore test of a backup (`mamori backup verify`) recorded in the installation it was made for:
// an audit event with the result (never the rows themselves), and the latest one for the backups' page.
import path from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { listEvents } from '../audit/audit.repo.ts';
import type { BackupVerification } from './verify-backup.ts';

export const VerificationRecordSchema = z.object({
  file: z.string().max(1000),
  ok: z.boolean(),
  backupCreatedAt: z.string().max(40).nullable(),
  sha256: z.string().max(64).nullable(),
  tables: z.number().int().min(0),
  rows: z.number().int().min(0),
  auditEvents: z.number().int().min(0).nullable(),
  problems: z.array(z.string().max(2000)).max(20),
  ms: z.number().min(0),
});
export type VerificationRecord = z.infer<typeof VerificationRecordSchema>;

/** What is kept of a verification: the file's name (not its folder), counts and the problems. */
export const recordOf = (r: BackupVerification): VerificationRecord => ({
  file: path.basename(r.file),
  ok: r.ok,
  backupCreatedAt: r.createdAt,
  sha256: r.sha256,
  tables: r.tables.length,
  rows: r.tables.reduce((n, t) => n + t.restored, 0),
  auditEvents: r.audit?.events ?? null,
  problems: r.problems.slice(0, 20),
  ms: r.ms,
});

export async function recordVerification(deps: Deps, actor: Actor, input: unknown): Promise<VerificationRecord> {
  const after = parseInput(VerificationRecordSchema, input);
  await deps.db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'system.backup_verified', targetType: 'backup', after }, deps.clock.now()),
  );
  return after;
}

export interface LastVerification extends VerificationRecord {
  at: string;
  by: string;
}

/** The latest restore test recorded, or null. */
export async function lastVerification(deps: Deps): Promise<LastVerification | null> {
  const { rows } = await listEvents(deps.db, { action: 'system.backup_verified', limit: 1, offset: 0 });
  const event = rows[0];
  const parsed = VerificationRecordSchema.safeParse(event?.after);
  if (!event || !parsed.success) return null;
  return { ...parsed.data, at: event.occurredAt.toISOString(), by: event.actorLabel };
}
