// What the end-of-life data (endoflife.date, loaded by a system administrator) says of each device's
// OS or firmware: its end of support, true (ended), false (no end announced) or null (not matched).
// The patch items read it so that a blank 保守期限 is not taken as "still supported".
import { cycleOf, eolHitOf } from '../../../domain/findings/eol-rules.ts';
import { withAliases } from '../../../domain/findings/match.ts';
import type { Db, Tx } from '../../db/client.ts';
import { aliasesAll } from '../feeds/feeds.repo.ts';
import { eolProductsNamed } from './suggestions.repo.ts';

export async function supportFromData(db: Db | Tx, devices: { id: string; os: string }[]): Promise<Map<string, string | boolean | null>> {
  const aliases = (await aliasesAll(db)).map((a) => [a.alias, a.canonical] as const);
  const hits = new Map(devices.map((d) => [d.id, d.os ? eolHitOf(withAliases(d.os, aliases)) : null]));
  const named = [...new Set([...hits.values()].filter((h) => h?.cycle).map((h) => h?.product ?? ''))];
  const products = new Map((await eolProductsNamed(db, named)).map((p) => [p.product, p]));
  const out = new Map<string, string | boolean | null>();
  for (const [id, hit] of hits) {
    const product = hit?.cycle ? products.get(hit.product) : undefined;
    const cycle = product && hit?.cycle ? cycleOf(product, hit.cycle) : null;
    out.set(id, cycle ? cycle.eol : null);
  }
  return out;
}
