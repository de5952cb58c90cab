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
  /** the version in use */
  currentVersion: text,
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
  /** when the MDS/SDS was last asked for (西暦 or 和暦) */
  disclosureRequestedOn: z.string().nullable().optional(),
  status: text,
  note: text,
});

export const systemUpdateSchema = systemInputSchema.extend({ version: z.number().int() });

export const disclosureInputSchema = z.object({
  /** mds, sds */
  kind: text,
  /** "Ver.5.0" ("5.0" is read as Ver.5.0) */
  jahisVersion: text,
  /** 西暦 or 和暦 */
  issuedOn: z.string().nullable().optional(),
  productVersion: text,
  /** a file of the organisation's evidence store */
  evidenceId: z.string().nullable().optional(),
  /** annex item number → はい / いいえ / 対象外 (or yes / no / na) */
  answers: z.record(z.string(), z.string()).optional(),
  note: text,
});

export const disclosureUpdateSchema = disclosureInputSchema.extend({ version: z.number().int() });
