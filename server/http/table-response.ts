// A ledger export as a download: ?format=csv | csv-sjis | xlsx, the file name in Japanese (RFC 5987).
import type { Context } from 'hono';
import type { TableFileOut, TableFormat } from '../lib/table-file.ts';
import type { AppEnv } from './env.ts';

export const TABLE_FORMATS: Record<string, TableFormat> = { csv: 'csv', 'csv-sjis': 'csv-cp932', xlsx: 'xlsx' };

export function sendTable(c: Context<AppEnv>, file: TableFileOut, asciiStem: string) {
  const ext = file.fileName.endsWith('.xlsx') ? 'xlsx' : 'csv';
  return c.body(new Uint8Array(file.body), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${asciiStem}.${ext}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': 'no-store',
  });
}
