// SQL for backup and restore. Table and column names only ever come from BACKUP_TABLES / TABLE_KEYS or
// from the target's own catalogue, never from the file unchecked.
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { BACKUP_TABLES, type BackupTable, pageSize, TABLE_KEYS } from './backup.format.ts';

type Q = Db | Tx;

const rowsOf = async <T>(db: Q, query: SQL): Promise<T[]> => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const idList = (names: readonly string[]): SQL =>
  sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );

/** Column names of a table, in table order (pg_catalog: information_schema costs ~1 s on a fresh PGlite). */
export async function tableColumns(db: Q, table: BackupTable): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select attname::text as name from pg_attribute
        where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`,
  );
  return rows.map((r) => r.name);
}

/**
 * Yields a table's rows as row_to_json text, one page at a time, ordered by primary key. Uses a cursor,
 * so it must run inside a transaction (the backup's snapshot).
 */
export async function* tableRows(tx: Tx, table: BackupTable): AsyncGenerator<string> {
  const cursor = sql.identifier(`backup_${table}`);
  await tx.execute(
    sql`declare ${cursor} no scroll cursor for
        select row_to_json(t)::text as j from ${sql.identifier(table)} t order by ${idList(TABLE_KEYS[table])}`,
  );
  const fetch = sql`fetch forward ${sql.raw(String(pageSize(table)))} from ${cursor}`;
  for (;;) {
    const page = await rowsOf<{ j: string }>(tx, fetch);
    for (const row of page) yield row.j;
    if (page.length < pageSize(table)) break;
  }
  await tx.execute(sql`close ${cursor}`);
}

/** Inserts rows given as JSON objects (row_to_json text); PostgreSQL converts every value back to its type. */
export async function insertRows(tx: Tx, table: BackupTable, columns: readonly string[], rowJsons: readonly string[]): Promise<void> {
  const cols = idList(columns);
  const t = sql.identifier(table);
  await tx.execute(
    sql`insert into ${t} (${cols}) select ${cols} from json_populate_recordset(null::${t}, ${`[${rowJsons.join(',')}]`}::json)`,
  );
}

/** The backed-up tables that already hold rows (a restore needs an empty database). */
export async function nonEmptyTables(db: Q, tables: readonly BackupTable[] = BACKUP_TABLES): Promise<BackupTable[]> {
  if (tables.length === 0) return [];
  const checks = tables.map((t) => sql`select ${t}::text as name where exists (select 1 from ${sql.identifier(t)})`);
  const rows = await rowsOf<{ name: BackupTable }>(db, sql.join(checks, sql` union all `));
  return rows.map((r) => r.name);
}

/** The backed-up tables this database has (one of an older version lacks the later ones), in backup order. */
export async function existingTables(db: Q): Promise<BackupTable[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select relname::text as name from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')`,
  );
  const here = new Set(rows.map((r) => r.name));
  return BACKUP_TABLES.filter((t) => here.has(t));
}

/** The number of rows of each table. */
export async function rowCounts(db: Q, tables: readonly BackupTable[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  const counts = tables.map((t) => sql`select ${t}::text as name, count(*)::int as n from ${sql.identifier(t)}`);
  const rows = await rowsOf<{ name: string; n: number }>(db, sql.join(counts, sql` union all `));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}
