// SQL of the logon events read from files: one read stored with its summary, a system's reads newest
// first (without their summaries, which may be large), one read whole, and the latest read of each
// system (for the findings).
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { LogonSummary } from '../../../domain/logons/summary.ts';
import type { Db, Tx } from '../../db/client.ts';
import { logonImports } from '../../db/schema.ts';

type Q = Db | Tx;
export type LogonImportHead = Omit<typeof logonImports.$inferSelect, 'summaryGz'>;
export type LogonImportRow = LogonImportHead & { summary: LogonSummary };

const pack = promisify(gzip);
const unpack = promisify(gunzip);
/** the summary as stored: JSON, gzip-compressed (off the event loop) */
export const packSummary = async (summary: LogonSummary) => new Uint8Array(await pack(JSON.stringify(summary)));
const unpacked = async (row: typeof logonImports.$inferSelect): Promise<LogonImportRow> => {
  const { summaryGz, ...head } = row;
  return { ...head, summary: JSON.parse((await unpack(summaryGz)).toString('utf8')) as LogonSummary };
};

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
  evidenceId: logonImports.evidenceId,
  importedBy: logonImports.importedBy,
  createdAt: logonImports.createdAt,
};

/** `summaryGz`: packSummary(summary), made before the transaction (it takes a while for thousands of accounts) */
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

/** Every read of the organisation, without summaries (what a look at a log names as its evidence). */
export async function logonImportHeads(db: Q, organizationId: string): Promise<LogonImportHead[]> {
  return db.select(head).from(logonImports).where(eq(logonImports.organizationId, organizationId));
}

export async function findLogonImport(db: Q, organizationId: string, id: string): Promise<LogonImportRow | undefined> {
  const [row] = await db
    .select()
    .from(logonImports)
    .where(and(eq(logonImports.organizationId, organizationId), eq(logonImports.id, id)));
  return row ? unpacked(row) : undefined;
}

/** The latest read of each system of the organisation, whole. */
export async function latestLogonImports(db: Q, organizationId: string): Promise<LogonImportRow[]> {
  const rows = await db
    .selectDistinctOn([logonImports.systemId])
    .from(logonImports)
    .where(eq(logonImports.organizationId, organizationId))
    .orderBy(logonImports.systemId, desc(logonImports.createdAt), desc(logonImports.id));
  return Promise.all(rows.map(unpacked));
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
