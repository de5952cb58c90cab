// Query and input of the device ledger API (the row itself is read by domain/devices/device.ts).
import { z } from 'zod';
import { DEVICE_CLASSES, DEVICE_SORTS, DEVICE_STATUSES } from '../../../domain/devices/device.ts';
import { readStatus } from '../../../domain/devices/status.ts';

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(values)));

export const deviceQuerySchema = z.object({
  q: z.string().max(200).optional().default(''),
  class: list(DEVICE_CLASSES),
  status: list(DEVICE_STATUSES),
  retired: z.enum(['0', '1']).optional().default('0'),
  vendor: z.string().max(200).optional().default(''),
  sort: z.enum(DEVICE_SORTS).optional().default('assetNo'),
  dir: z.enum(['asc', 'desc']).optional().default('asc'),
  limit: z.coerce.number().int().min(1).max(500).optional().default(50),
  offset: z.coerce.number().int().min(0).optional().default(0),
});

export const bulkChangeSchema = z.object({
  ids: z.array(z.uuid()).min(1, '機器を選んでください').max(5000),
  changes: z
    .object({
      // the ledger's words as well as its codes (停止 → stopped), as the row's own 状態 is read
      status: z.preprocess((v) => (typeof v === 'string' ? (readStatus(v) ?? v) : v), z.enum(DEVICE_STATUSES)).optional(),
      location: z.string().max(200).optional(),
      vendorName: z.string().max(200).optional(),
    })
    .refine((c) => Object.keys(c).length > 0, { message: '変更する項目を選んでください' }),
});

/** The list's query as it arrives (every value a string); its rules are deviceQuerySchema's. */
export const deviceListQuerySchema = z.object({
  /** words searched in every column (NFKC, case-insensitive) */
  q: z.string().optional(),
  /** device classes, comma-separated (server, pc, network, medical, other) */
  class: z.string().optional(),
  /** statuses, comma-separated */
  status: z.string().optional(),
  /** 1: include retired rows */
  retired: z.string().optional(),
  vendor: z.string().optional(),
  sort: z.string().optional(),
  /** asc or desc */
  dir: z.string().optional(),
  /** 1–500 (50) */
  limit: z.string().optional(),
  offset: z.string().optional(),
});

const text = z.string().optional();
const date = z.string().nullable().optional();
/** true / false, or the ledger's words (はい, 有, ○ …); null: not known */
const yesNo = z.union([z.boolean(), z.string()]).nullable().optional();

/**
 * A row as a form sends it: the shapes only. The rules (dates in 西暦 or 和暦, IP addresses, the
 * ledger's words for classes, statuses and yes/no) are domain/devices/device.ts's checkDevice, which
 * names each column in Japanese.
 */
export const deviceInputSchema = z.object({
  assetNo: z.string().nullable().optional(),
  maker: text,
  os: text,
  software: z.union([z.array(z.object({ name: z.string().optional(), version: z.string().optional() })), z.string()]).optional(),
  ipAddress: text,
  hostname: text,
  location: text,
  userName: text,
  registeredOn: date,
  status: text,
  description: text,
  deviceClass: text,
  model: text,
  mac: text,
  segment: text,
  vendorName: text,
  remoteMaintenance: yesNo,
  /** the 外部接続点 it is maintained through (its id) */
  remoteVia: z.string().nullable().optional(),
  supportEnd: date,
  lastPatch: date,
  usbRestricted: yesNo,
  servicesReviewedOn: date,
  medicalSystem: yesNo,
  /** a list, or one text separated by commas */
  tags: z.union([z.array(z.string()), z.string()]).optional(),
});

/** A change names the version it was made on. */
export const deviceUpdateSchema = deviceInputSchema.extend({ version: z.number().int() });
