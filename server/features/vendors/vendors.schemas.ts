// Input of the 事業者 ledger API. The shapes only: the rules (names, dates in 和暦, choices, ids) are
// domain/vendors/vendor.ts's checkVendor / checkSystem, which name each field in Japanese.
import { z } from 'zod';

const text = z.string().optional();

export const vendorInputSchema = z.object({
  /** 法人名 as written */
  name: text,
  /** active, ended */
  status: text,
  /** the vendor's entry in the 連絡体制図 (its 24-hour contact) */
  contactEntryId: z.string().nullable().optional(),
  note: text,
});

export const vendorUpdateSchema = vendorInputSchema.extend({ version: z.number().int() });

const ids = z.union([z.array(z.string()), z.string()]).optional();

export const systemInputSchema = z.object({
  name: text,
  /** emr, billing, pacs, lab, department, network, cloud, other */
  kind: text,
  /** 西暦 or 和暦 */
  contractFrom: z.string().nullable().optional(),
  contractTo: z.string().nullable().optional(),
  /** true / false, or あり / なし; null: not recorded */
  maintenanceContract: z.union([z.boolean(), z.string()]).nullable().optional(),
  /** yes, no, unknown */
  remoteMaintenance: text,
  remoteConfirmedBy: text,
  remoteConfirmedOn: z.string().nullable().optional(),
  remoteDocumentedAs: text,
  /** vendor, institution, unknown */
  securityUpdates: text,
  securityUpdatesClause: text,
  /** ids of the organisation's ledger devices and 外部接続点 */
  deviceIds: ids,
  connectionIds: ids,
  status: text,
  note: text,
});

export const systemUpdateSchema = systemInputSchema.extend({ version: z.number().int() });
