// What an import of ledger rows would do, before anything is written: the header row found, the
// mapping of its columns, every row read by the ledger's rules (import-row.ts: rejections name row,
// column and reason; formula cells taken are warnings), duplicates in the file, and each row matched
// to the ledger by 管理番号 (or IP address + コンピュータ名 when it has none): created, updated (with the
// fields that change) or unchanged.
import { type ColumnKey, columnLabels, DEVICE_COLUMNS, recognizeHeaders } from '../../../domain/devices/columns.ts';
import type { DeviceValues } from '../../../domain/devices/device.ts';
import { nfkc, searchForm } from '../../../domain/devices/normalize.ts';
import { AppError } from '../../lib/errors.ts';
import type { TableRow } from '../imports/tabular.ts';
import { changedFields, type DeviceRow, valuesOf } from './device-row.ts';
import { cellText, type ImportWarning, type Rejection, readRow } from './import-row.ts';

export type { ImportWarning, Rejection } from './import-row.ts';

export interface PlannedRow {
  row: number;
  values: DeviceValues;
}

export interface ImportPlan {
  headerRow: number;
  headers: string[];
  /** per header: the column it fills, or null when left out */
  mapping: (ColumnKey | null)[];
  create: PlannedRow[];
  update: (PlannedRow & { id: string; before: Partial<DeviceValues> })[];
  unchanged: number;
  rejected: Rejection[];
  warnings: ImportWarning[];
}

export type Overrides = Record<string, Partial<Record<ColumnKey, string>>>;

/** A header as stored in a remembered mapping: NFKC, lower case, no spaces. */
export const headerKey = (h: string) => searchForm(h).replace(/\s+/g, '');

/** The header row: among the first 20 rows, the one with the most recognised column names (at least 2). */
export function findHeaderRow(rows: TableRow[]): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, 20).forEach((r, i) => {
    const count = recognizeHeaders(r.cells.map(cellText)).filter(Boolean).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  if (best < 0) {
    const message = '見出し行が見つかりません。1 行目に「管理番号」「コンピュータ名」「IPアドレス」などの列名を入れてください。';
    throw new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });
  }
  return best;
}

/** The mapping to use: the person's choice for a header, else the remembered one, else recognition. */
export function mappingFor(headers: string[], chosen: Record<string, string> | undefined, remembered: Record<string, string> | null) {
  const recognized = recognizeHeaders(headers);
  const keys = new Set(DEVICE_COLUMNS.map((c) => c.key as string));
  const taken = new Set<string>();
  return headers.map((h, i) => {
    const k = headerKey(h);
    const pick = chosen?.[h] ?? chosen?.[k] ?? remembered?.[k] ?? recognized[i] ?? '';
    if (!pick || !keys.has(pick) || taken.has(pick)) return null;
    taken.add(pick);
    return pick as ColumnKey;
  });
}

export function planImport(
  table: TableRow[],
  existing: DeviceRow[],
  opts: { chosen?: Record<string, string>; remembered: Record<string, string> | null; overrides?: Overrides },
): ImportPlan {
  const h = findHeaderRow(table);
  const headerRow = table[h] as TableRow;
  const headers = headerRow.cells.map(cellText);
  const mapping = mappingFor(headers, opts.chosen, opts.remembered);
  if (!mapping.some(Boolean)) {
    throw new AppError('VALIDATION', '取り込む列がありません。列の対応を選んでください。', {
      fields: [{ field: 'mapping', message: '列の対応がありません' }],
    });
  }
  const plan: ImportPlan = {
    headerRow: headerRow.row,
    headers,
    mapping,
    create: [],
    update: [],
    unchanged: 0,
    rejected: [],
    warnings: [],
  };
  const byAssetNo = new Map(existing.filter((d) => d.assetNo).map((d) => [d.assetNo as string, d]));
  const byHost = new Map(existing.filter((d) => !d.assetNo && d.ipAddress && d.hostname).map((d) => [hostKey(d.ipAddress, d.hostname), d]));
  const seen = new Map<string, number>();
  for (const r of table.slice(h + 1)) {
    const read = readRow(r, headers, mapping, opts.overrides?.[String(r.row)]);
    plan.warnings.push(...read.warnings);
    if (!read.ok) {
      plan.rejected.push(...read.rejections);
      continue;
    }
    const v = read.values;
    const key = v.assetNo ? `a:${v.assetNo}` : v.ipAddress && v.hostname ? `h:${hostKey(v.ipAddress, v.hostname)}` : null;
    const first = key ? seen.get(key) : undefined;
    if (key && first !== undefined) {
      const what = v.assetNo ? `管理番号 ${v.assetNo}` : `IPアドレス ${v.ipAddress} とコンピュータ名 ${v.hostname}`;
      plan.rejected.push({
        row: r.row,
        column: v.assetNo ? (columnLabels.assetNo ?? null) : null,
        field: 'assetNo',
        message: `${what} が ${first} 行目と重複しています`,
      });
      continue;
    }
    if (key) seen.set(key, r.row);
    const match = v.assetNo
      ? byAssetNo.get(v.assetNo)
      : v.ipAddress && v.hostname
        ? byHost.get(hostKey(v.ipAddress, v.hostname))
        : undefined;
    if (!match) plan.create.push({ row: r.row, values: v });
    else {
      // a column the file does not have keeps what the ledger holds (a date typed on screen survives)
      const fields = fileFields(mapping, opts.overrides?.[String(r.row)]);
      const current = valuesOf(match);
      const merged = { ...current, ...Object.fromEntries(fields.map((f) => [f, v[f]])) } as DeviceValues;
      const before = changedFields(current, merged);
      if (Object.keys(before).length === 0) plan.unchanged++;
      else plan.update.push({ row: r.row, values: merged, id: match.id, before });
    }
  }
  return plan;
}

/** The ledger fields a file (and the corrections typed for a row) gives values for. */
function fileFields(mapping: (ColumnKey | null)[], overrides: Partial<Record<ColumnKey, string>> | undefined): (keyof DeviceValues)[] {
  const keys = new Set<ColumnKey>([...mapping.filter((k): k is ColumnKey => k !== null), ...(Object.keys(overrides ?? {}) as ColumnKey[])]);
  return [...keys]
    .map((k) => (k === 'softwareVersion' ? 'software' : k))
    .filter((k, i, all) => all.indexOf(k) === i) as (keyof DeviceValues)[];
}

const hostKey = (ip: string, host: string) => `${nfkc(ip)}|${searchForm(host)}`;
