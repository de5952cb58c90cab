// SQL for the loaded feeds (KEV, endoflife.date, NVD ranges): replace one whole, read them back.
import { eq, sql } from 'drizzle-orm';
import type { EolProduct, KevEntry, NvdRecord } from '../../../domain/findings/feeds.ts';
import type { Db, Tx } from '../../db/client.ts';
import { feedEol, feedKev, feedNvd, feedVersions, siteAliases } from '../../db/schema.ts';

type Q = Db | Tx;
export type FeedKind = 'kev' | 'eol' | 'nvd';
export type FeedVersionRow = typeof feedVersions.$inferSelect;

const BATCH = 500;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function replaceKev(tx: Tx, entries: KevEntry[]) {
  await tx.delete(feedKev);
  await inBatches(entries, (b) =>
    tx
      .insert(feedKev)
      .values(b.map((e) => ({ cveId: e.cveId, entry: e })))
      .onConflictDoNothing(),
  );
}

export async function replaceEol(tx: Tx, products: EolProduct[]) {
  await tx.delete(feedEol);
  await inBatches(products, (b) =>
    tx
      .insert(feedEol)
      .values(b.map((p) => ({ product: p.product, entry: p })))
      .onConflictDoNothing(),
  );
}

export async function replaceNvd(tx: Tx, records: NvdRecord[]) {
  await tx.delete(feedNvd);
  await inBatches(records, (b) =>
    tx
      .insert(feedNvd)
      .values(b.map((r) => ({ cveId: r.cveId, ranges: r.ranges })))
      .onConflictDoNothing(),
  );
}

export async function saveFeedVersion(tx: Tx, row: FeedVersionRow) {
  const { kind, ...rest } = row;
  await tx.insert(feedVersions).values(row).onConflictDoUpdate({ target: feedVersions.kind, set: rest });
}

export const feedVersionsAll = (db: Q) => db.select().from(feedVersions);

export const aliasesAll = (db: Q) => db.select().from(siteAliases).orderBy(siteAliases.alias);

export async function saveAlias(tx: Tx, row: typeof siteAliases.$inferInsert) {
  const { alias, ...rest } = row;
  await tx.insert(siteAliases).values(row).onConflictDoUpdate({ target: siteAliases.alias, set: rest });
}

export async function deleteAlias(tx: Tx, alias: string) {
  const [row] = await tx.delete(siteAliases).where(eq(siteAliases.alias, alias)).returning();
  return row;
}

export async function loadedFeeds(db: Q): Promise<{ kev: KevEntry[]; eol: EolProduct[]; nvd: NvdRecord[] }> {
  const [kev, eol, nvd] = [await db.select().from(feedKev), await db.select().from(feedEol), await db.select().from(feedNvd)];
  return {
    kev: kev.map((r) => r.entry),
    eol: eol.map((r) => r.entry),
    nvd: nvd.map((r) => ({ cveId: r.cveId, ranges: r.ranges })),
  };
}

/** A cheap stamp of what is loaded, for caching the matcher's indexes per process. */
export async function feedsStamp(db: Q): Promise<string> {
  const [row] = await db
    .select({ s: sql<string>`coalesce(string_agg(kind || version || sha256 || loaded_at::text, '|' order by kind), '')` })
    .from(feedVersions);
  return row?.s ?? '';
}
