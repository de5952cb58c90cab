// SQL the suggestions need beyond the ledgers: the end-of-life data of the products the ledger names.
import { inArray } from 'drizzle-orm';
import type { EolProduct } from '../../../domain/findings/feeds.ts';
import type { Db, Tx } from '../../db/client.ts';
import { feedEol } from '../../db/schema.ts';

export async function eolProductsNamed(db: Db | Tx, products: string[]): Promise<EolProduct[]> {
  if (products.length === 0) return [];
  const rows = await db.select().from(feedEol).where(inArray(feedEol.product, products));
  return rows.map((r) => r.entry);
}
