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
