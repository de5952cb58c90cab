// Input of the 外部接続点 API. The shapes only: the rules (names, sources, dates, status words) are
// domain/connections/connection.ts's checkConnection, which names each field in Japanese.
import { z } from 'zod';

const text = z.string().optional();

export const connectionInputSchema = z.object({
  name: text,
  /** vpn, rdp, closed … (CONNECTION_KINDS) */
  kind: text,
  deviceId: z.string().nullable().optional(),
  vendorName: text,
  purpose: text,
  carrier: text,
  /** restricted, none, unknown */
  sourceRestriction: text,
  /** a list, or one text with one source per line (or comma) */
  allowedSources: z.union([z.array(z.string()), z.string()]).optional(),
  timeWindow: text,
  geoRestriction: text,
  /** true / false, 'yes' / 'no'; null or anything else: not checked */
  mfa: z.union([z.boolean(), z.string()]).nullable().optional(),
  firmware: text,
  confirmedBy: text,
  /** 西暦 or 和暦 */
  confirmedOn: z.string().nullable().optional(),
  /** the ledger's status words (稼働, 停止中 … or active, stopped …) */
  status: text,
  note: text,
});

/** A change names the version it was made on. */
export const connectionUpdateSchema = connectionInputSchema.extend({
  version: z.number().int(),
});
