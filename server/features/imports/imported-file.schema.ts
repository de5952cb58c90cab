// What every import report says about the file it read (the ledger imports of devices and vendors).
import { z } from '@hono/zod-openapi';

export const importedFileFields = {
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf8', 'utf8-bom', 'utf16le', 'utf16be', 'cp932']).nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** the row the header was found on (1-based, as in the file) */
  headerRow: z.number().int(),
};
