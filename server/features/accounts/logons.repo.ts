// SQL of the logon events read from files: one read stored with its summary, a system's reads newest
// first (without their summaries, which may be large), one read whole, and the latest read of each
// system (for the findings).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { LogonSummary } from '../../../domain/logons/summary.ts';
import type { Db, Tx } from '../../db/client.ts';
import { logonImports } from '../../db/schema.ts';

type Q = Db | Tx;
export type LogonImportRow = Omit<typeof logonImports.$inferSelect, 'summary'> & { summary: LogonSummary };
export type LogonImportHead = Omit<LogonImportRow, 'summary'>;

const head = {
  organizationId: logonImports.organizationId,
  id: logonImports.id,
  systemId: logonImports.systemId,
  fileName: logonImports.fileName,
  fileBytes: logonImports.fileBytes,
  sha256: logonImports.sha256,
  format: logonImports.format,
  encoding: logonImports.encoding,
  events: logonImports.events,
  periodFrom: logonImports.periodFrom,
  periodTo: logonImports.periodTo,
  readStats: logonImports.readStats,
  importedBy: logonImports.importedBy,
  createdAt: logonImports.createdAt,
};

export async function insertLogonImport(db: Q, values: typeof logonImports.$inferInsert) {
  const [row] = await db.insert(logonImports).values(values).returning(head);
  return row as LogonImportHead;
}

/** A system's reads, newest first, without their summaries. */
export async function logonImportsOf(db: Q, organizationId: string, systemId: string): Promise<LogonImportHead[]> {
  return db
    .select(head)
    .from(logonImports)
    .where(and(eq(logonImports.organizationId, organizationId), eq(logonImports.systemId, systemId)))
    .orderBy(desc(logonImports.createdAt), desc(logonImports.id));
}

export async function findLogonImport(db: Q, organizationId: string, id: string): Promise<LogonImportRow | undefined> {
  const [row] = await db
    .select()
    .from(logonImports)
    .where(and(eq(logonImports.organizationId, organizationId), eq(logonImports.id, id)));
  return row as unknown as LogonImportRow | undefined;
}

/** The latest read of each system of the organisation, whole. */
export async function latestLogonImports(db: Q, organizationId: string): Promise<LogonImportRow[]> {
  const rows = await db
    .selectDistinctOn([logonImports.systemId])
    .from(logonImports)
    .where(eq(logonImports.organizationId, organizationId))
    .orderBy(logonImports.systemId, desc(logonImports.createdAt), desc(logonImports.id));
  return rows as unknown as LogonImportRow[];
}

/** How many reads each system has (the system list shows it). */
export async function logonImportCounts(db: Q, organizationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ systemId: logonImports.systemId, n: sql<number>`count(*)::int` })
    .from(logonImports)
    .where(eq(logonImports.organizationId, organizationId))
    .groupBy(logonImports.systemId);
  return new Map(rows.map((r) => [r.systemId, r.n]));
}

export async function deleteLogonImport(db: Q, organizationId: string, id: string) {
  const [row] = await db
    .delete(logonImports)
    .where(and(eq(logonImports.organizationId, organizationId), eq(logonImports.id, id)))
    .returning(head);
  return row;
}
