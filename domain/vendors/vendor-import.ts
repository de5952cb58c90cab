// Importing the 事業者台帳 from a table (what export-vendors.ts writes, or a hand-made file with some of
// its columns): the header recognised, every row read by the ledger's own checks (checkVendor,
// checkSystem), vendors matched by their folded name and systems by name within their vendor, and what
// would change. A column the file lacks keeps what is stored. Links to other ledgers (24-hour contact,
// devices, 外部接続点) and Mamori's advice are not read: they are chosen in the screen. Pure: the server
// reads the file and writes the plan, all or nothing.
import { systemKey } from '../assessment/vendor-forms.ts';
import { sameThroughCp932 } from '../csv.ts';
import { word } from '../field-reader.ts';
import {
  checkSystem,
  checkVendor,
  type Problem,
  remoteAnswerLabels,
  type SystemValues,
  systemKindLabels,
  systemLabels,
  updateResponsibilityLabels,
  type VendorValues,
  vendorKey,
  vendorLabels,
  vendorStatusLabels,
} from './vendor.ts';

type Label = { ja: string; en: string };
type VendorField = 'name' | 'status';
type SystemField = Exclude<keyof SystemValues, 'deviceIds' | 'connectionIds'>;

export type Column = { header: string; aliases?: string[] } & (
  | { of: 'vendor'; field: VendorField }
  | { of: 'system'; field: SystemField }
  | { of: 'ignored'; reason: string }
);

const LINKED = 'ほかの台帳とのつながりは画面で選びます';
const sys = (field: SystemField, header = systemLabels[field]): Column => ({ of: 'system', field, header });

/** The export's columns in its order (export-vendors.ts writes these headers), and what the import does with each. */
export const EXPORT_COLUMNS: Column[] = [
  { of: 'vendor', field: 'name', header: vendorLabels.name, aliases: ['事業者名', '会社名'] },
  { of: 'vendor', field: 'status', header: `事業者の${vendorLabels.status}` },
  { of: 'ignored', header: '24時間の連絡先', reason: LINKED },
  sys('name'),
  sys('kind'),
  sys('currentVersion'),
  sys('contractFrom'),
  sys('contractTo'),
  sys('maintenanceContract'),
  sys('remoteMaintenance'),
  sys('remoteConfirmedBy'),
  sys('remoteConfirmedOn'),
  sys('remoteDocumentedAs'),
  sys('securityUpdates'),
  sys('securityUpdatesClause'),
  { of: 'ignored', header: systemLabels.connectionIds, reason: LINKED },
  { of: 'ignored', header: systemLabels.deviceIds, reason: LINKED },
  sys('disclosureRequestedOn'),
  sys('status', `システムの${systemLabels.status}`),
  sys('note'),
  { of: 'ignored', header: '記録しておくこと (Mamori の助言)', aliases: ['記録しておくこと'], reason: 'Mamori の助言は読み込みません' },
];

/** Every column read: the export's, then any other field of a system by the ledger's name for it. */
export const IMPORT_COLUMNS: Column[] = [
  ...EXPORT_COLUMNS,
  ...(Object.keys(systemLabels) as (keyof SystemValues)[])
    .filter((f): f is SystemField => f !== 'deviceIds' && f !== 'connectionIds')
    .filter((f) => !EXPORT_COLUMNS.some((c) => c.of === 'system' && c.field === f))
    .map((f) => sys(f)),
];

/** A header or a choice as matched: NFKC, no spaces, lower case (全角・半角, spaces and case alike). */
const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();

const columnByHeader = new Map(IMPORT_COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [fold(h), c] as const)));

/** The export's words for a choice (and the code, the English, the Japanese without its note) → the code. */
function choices<T extends string>(labels: Record<T, Label>, extra: Record<string, T> = {}) {
  const map = new Map<string, T>();
  for (const [code, l] of Object.entries(labels) as [T, Label][])
    for (const w of [code, l.ja, l.en, l.ja.replace(/\s*\(.*\)$/, '')]) map.set(fold(w), code);
  for (const [w, code] of Object.entries(extra) as [string, T][]) map.set(fold(w), code);
  const names = Object.values<Label>(labels)
    .map((l) => l.ja)
    .join('、');
  // an unknown word goes to the ledger's check as written, which refuses it by name
  return { read: (v: string) => (v ? (map.get(fold(v)) ?? v) : v), names };
}

const CHOICES: Partial<Record<`${'vendor' | 'system'}.${string}`, ReturnType<typeof choices>>> = {
  'vendor.status': choices(vendorStatusLabels),
  'system.kind': choices(systemKindLabels),
  'system.remoteMaintenance': choices(remoteAnswerLabels, { あり: 'yes', なし: 'no', 有: 'yes', 無: 'no' }),
  'system.securityUpdates': choices(updateResponsibilityLabels),
  'system.status': choices(vendorStatusLabels),
};

/** A row of the file; a cell is null when it cannot be read (an .xlsx formula without a saved result). */
export interface ImportRow {
  row: number;
  cells: (string | null)[];
}
export interface StoredVendor {
  id: string;
  values: VendorValues;
}
export interface StoredSystem {
  id: string;
  vendorId: string;
  values: SystemValues;
}
export interface ImportProblem {
  /** the file's row number (the header is row 1 in an export) */
  row: number;
  /** the column's header as the file writes it (or the ledger's name for a column the file lacks) */
  column: string | null;
  message: string;
}
export interface IgnoredColumn {
  column: string;
  reason: string;
}
export interface FieldChange {
  column: string;
  before: string;
  after: string;
}
type Action = 'create' | 'update' | 'unchanged';
export interface PlannedVendor {
  row: number;
  key: string;
  action: Action;
  id: string | null;
  values: VendorValues;
  before: VendorValues | null;
  changes: FieldChange[];
}
export interface PlannedSystem {
  row: number;
  vendorKey: string;
  action: Action;
  id: string | null;
  values: SystemValues;
  before: SystemValues | null;
  changes: FieldChange[];
}
export interface VendorImportPlan {
  headerRow: number;
  ignored: IgnoredColumn[];
  vendors: PlannedVendor[];
  systems: PlannedSystem[];
  problems: ImportProblem[];
}

/** A CSV cell the export neutralised with an apostrophe ('=…, '-1) is read as it was before. */
const unneutralised = (c: string) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c);

interface Header {
  index: number;
  row: number;
  /** per cell of the header row: the column it is, with the header as written */
  columns: ({ column: Column; header: string } | null)[];
}

/** The header row: among the first 20 rows, the first with a 法人名 column (title rows above it are allowed). */
function findHeader(rows: ImportRow[]): Header | null {
  const index = rows.slice(0, 20).findIndex((r) => r.cells.some((c) => columnByHeader.get(fold(c ?? ''))?.header === vendorLabels.name));
  const row = rows[index];
  if (!row) return null;
  const columns = row.cells.map((c) => {
    const column = columnByHeader.get(fold(c ?? ''));
    return column ? { column, header: (c ?? '').trim() } : null;
  });
  return { index, row: row.row, columns };
}

export function planVendorImport(rows: ImportRow[], stored: { vendors: StoredVendor[]; systems: StoredSystem[] }): VendorImportPlan {
  const plan: VendorImportPlan = { headerRow: rows[0]?.row ?? 1, ignored: [], vendors: [], systems: [], problems: [] };
  const header = findHeader(rows);
  if (!header) {
    const message =
      '「法人名」の列が見つかりません。1 行目に「法人名」「システム名」などの列名を入れてください (事業者台帳の書き出しと同じ列名)。';
    plan.problems.push({ row: plan.headerRow, column: vendorLabels.name, message });
    return plan;
  }
  plan.headerRow = header.row;
  plan.ignored = ignoredColumns(rows[header.index] as ImportRow, header);
  plan.problems.push(...duplicateColumns(header));
  if (plan.problems.length) return plan;
  const read = reader(header, stored, plan);
  for (const r of rows.slice(header.index + 1)) read(r);
  plan.problems.sort((a, b) => a.row - b.row);
  return plan;
}

function ignoredColumns(headerRow: ImportRow, header: Header): IgnoredColumn[] {
  return headerRow.cells.flatMap((c, i) => {
    const text = (c ?? '').trim();
    const known = header.columns[i]?.column;
    if (!text || (known && known.of !== 'ignored')) return [];
    return [{ column: text, reason: known?.of === 'ignored' ? known.reason : '事業者台帳の列ではありません' }];
  });
}

function duplicateColumns(header: Header): ImportProblem[] {
  const seen = new Set<Column>();
  return header.columns.flatMap((c) => {
    if (!c || c.column.of === 'ignored') return [];
    if (!seen.has(c.column)) {
      seen.add(c.column);
      return [];
    }
    return [{ row: header.row, column: c.header, message: '同じ項目の列が 2 つあります。どちらかを消してください' }];
  });
}

type Raw = { vendor: Partial<Record<VendorField, string>>; system: Partial<Record<SystemField, string>> };

/** Reads the rows in order, remembering each vendor's first row and each system seen. */
function reader(header: Header, stored: { vendors: StoredVendor[]; systems: StoredSystem[] }, plan: VendorImportPlan) {
  const vendorsByKey = new Map(stored.vendors.map((v) => [v.values.nameKey, v]));
  const firstOf = new Map<string, PlannedVendor>();
  const systemRows = new Map<string, number>();

  /** A problem named by the file's header for the field (or the export's, when the file lacks it). */
  const problem = (row: number, of: 'vendor' | 'system', field: string, message: string) => {
    const column = IMPORT_COLUMNS.find((c) => c.of === of && c.field === field);
    const named = header.columns.find((c) => c && c.column === column)?.header ?? column?.header ?? null;
    const label = (of === 'vendor' ? vendorLabels : systemLabels)[field as 'name'];
    // the ledger's messages begin with its own name of the field: the column names it here
    let text = message.startsWith(`${label}: `) ? message.slice(label.length + 2) : message;
    const choice = CHOICES[`${of}.${field}`];
    if (choice && text.includes('選べる値ではありません')) text += ` (${choice.names})`;
    plan.problems.push({ row, column: named, message: text });
  };
  const problems = (row: number, of: 'vendor' | 'system', list: Problem[]) => {
    for (const p of list) problem(row, of, p.field, p.message);
  };

  /** The row's cells by field; null when a cell cannot be read (said as a problem). */
  const cellsOf = (r: ImportRow): Raw | null => {
    const raw: Raw = { vendor: {}, system: {} };
    let readable = true;
    header.columns.forEach((c, i) => {
      if (!c || c.column.of === 'ignored') return;
      const cell = r.cells[i];
      if (cell === null) {
        plan.problems.push({ row: r.row, column: c.header, message: '数式の結果が保存されていません。Excel で開いて保存し直してください' });
        readable = false;
        return;
      }
      const value = unneutralised(cell ?? '');
      const choice = CHOICES[`${c.column.of}.${c.column.field}`];
      const read = choice ? choice.read(word(value)) : value;
      if (c.column.of === 'vendor') raw.vendor[c.column.field] = read;
      else raw.system[c.column.field] = read;
    });
    return readable ? raw : null;
  };

  /** The vendor's values, planned once (its first row); a later row must agree with it. */
  const readVendor = (row: number, raw: Raw, existing: StoredVendor | undefined) => {
    const checked = checkVendor({ ...existing?.values, ...raw.vendor });
    if (!checked.ok) return problems(row, 'vendor', checked.problems);
    const values = checked.values;
    const first = firstOf.get(values.nameKey);
    if (!first) {
      const vendor = { ...planned(row, existing ?? null, values, vendorChanges), key: values.nameKey };
      firstOf.set(values.nameKey, vendor);
      plan.vendors.push(vendor);
    } else if (first.values.status !== values.status) {
      const [a, b] = [first.values.status, values.status].map((s) => vendorStatusLabels[s].ja);
      problem(row, 'vendor', 'status', `事業者「${values.name}」の状態が ${first.row} 行目 (${a}) と違います (${b})`);
    }
  };

  const readSystem = (row: number, raw: Raw, vendor: string, name: string, existing: StoredVendor | undefined) => {
    const key = `${vendor}\u0000${systemKey(name)}`;
    const first = systemRows.get(key);
    if (first !== undefined) return problem(row, 'system', 'name', `システム「${name}」が ${first} 行目と重複しています`);
    systemRows.set(key, row);
    const same = existing ? stored.systems.filter((s) => s.vendorId === existing.id && systemKey(s.values.name) === systemKey(name)) : [];
    if (same.length > 1)
      return problem(
        row,
        'system',
        'name',
        `この事業者には「${name}」が台帳に ${same.length} 件あります。画面で名前を区別してから取り込んでください`,
      );
    const current = same[0] ?? null;
    const checked = checkSystem({ ...current?.values, ...raw.system });
    if (!checked.ok) return problems(row, 'system', checked.problems);
    plan.systems.push({ ...planned(row, current, checked.values, systemChanges), vendorKey: vendor });
  };

  return (r: ImportRow) => {
    const raw = cellsOf(r);
    if (!raw) return;
    const vendor = vendorKey(raw.vendor.name ?? '');
    const existing = vendorsByKey.get(vendor);
    readVendor(r.row, raw, existing);
    const systemName = word(raw.system.name);
    if (systemName) readSystem(r.row, raw, vendor, systemName, existing);
    else if (Object.values(raw.system).some((v) => word(v)))
      problem(r.row, 'system', 'name', 'システムの列に値があります。システム名を入力してください');
  };
}

function planned<T>(row: number, current: { id: string; values: T } | null, read: T, diff: (a: T, b: T) => FieldChange[]) {
  // a text that only a Shift_JIS round trip changed (〜 written as ～) keeps what is stored
  const values = current ? keepStoredSpelling(current.values, read) : read;
  const changes = current ? diff(current.values, values) : [];
  const action: Action = !current ? 'create' : changes.length ? 'update' : 'unchanged';
  return { row, action, id: current?.id ?? null, values, before: current?.values ?? null, changes };
}

function keepStoredSpelling<T>(stored: T, read: T): T {
  const out = { ...read };
  for (const k of Object.keys(read as object) as (keyof T)[]) {
    const [a, b] = [stored[k], read[k]];
    if (typeof a === 'string' && typeof b === 'string' && a !== b && sameThroughCp932(a, b)) out[k] = a;
  }
  return out;
}

/** A value as the export writes it. */
function shown(field: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'あり' : 'なし';
  const labels: Record<string, Record<string, Label>> = {
    status: vendorStatusLabels,
    kind: systemKindLabels,
    remoteMaintenance: remoteAnswerLabels,
    securityUpdates: updateResponsibilityLabels,
  };
  return labels[field]?.[String(v)]?.ja ?? (Array.isArray(v) ? v.join(', ') : String(v));
}

function changesOf<T extends object>(of: 'vendor' | 'system', before: T, after: T): FieldChange[] {
  return (Object.keys(after) as (keyof T & string)[])
    .filter((k) => k !== 'nameKey' && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({
      column: IMPORT_COLUMNS.find((c) => c.of === of && c.field === k)?.header ?? k,
      before: shown(k, before[k]),
      after: shown(k, after[k]),
    }));
}
const vendorChanges = (a: VendorValues, b: VendorValues) => changesOf('vendor', a, b);
const systemChanges = (a: SystemValues, b: SystemValues) => changesOf('system', a, b);

export interface ImportSummary {
  vendors: Record<Action, number>;
  systems: Record<Action, number>;
}

export function importSummary(plan: VendorImportPlan): ImportSummary {
  const count = (rows: { action: Action }[]) => ({
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    unchanged: rows.filter((r) => r.action === 'unchanged').length,
  });
  return { vendors: count(plan.vendors), systems: count(plan.systems) };
}

export interface PreviewRow {
  row: number;
  target: 'vendor' | 'system';
  action: 'create' | 'update';
  vendor: string;
  system: string | null;
  changes: FieldChange[];
}

/** The first rows that create or change something, in the file's order. */
export function importPreview(plan: VendorImportPlan, limit = 20): PreviewRow[] {
  const names = new Map(plan.vendors.map((v) => [v.key, v.values.name]));
  const vendors = plan.vendors.map((v) => ({ ...v, target: 'vendor' as const, vendor: v.values.name, system: null }));
  const systems = plan.systems.map((s) => ({
    ...s,
    target: 'system' as const,
    vendor: names.get(s.vendorKey) ?? '',
    system: s.values.name,
  }));
  return [...vendors, ...systems]
    .filter((r): r is typeof r & { action: 'create' | 'update' } => r.action !== 'unchanged')
    .sort((a, b) => a.row - b.row || (a.target === 'vendor' ? -1 : 1))
    .slice(0, limit)
    .map(({ row, target, action, vendor, system, changes }) => ({ row, target, action, vendor, system, changes }));
}
