// Importing the バックアップ台帳 from a table (what export-backup-ledger.ts writes, or a hand-made file
// with some of its columns): the header recognised (the export's headings, a few other names people
// give them), every row read by the ledger's own check (checkBackupPlan), plans matched by their system
// name (NFKC, trimmed, case ignored), and what would change. A column the file lacks keeps what is
// stored; the restore procedure's file, the restore tests and Mamori's findings are not read (the
// export's read-only columns). Pure: the server reads the file and writes the plan, all or nothing.
import { sameThroughCp932 } from '../csv.ts';
import { ledgerStatusLabels } from '../devices/status.ts';
import { word } from '../field-reader.ts';
import {
  BACKUP_COLUMNS,
  type BackupPlanValues,
  backupPlanLabels,
  checkBackupPlan,
  frequencyLabels,
  isolationLabels,
  placeLabels,
  scopeLabels,
} from './ledger.ts';

type Label = { ja: string; en: string };
export type BackupField = (typeof BACKUP_COLUMNS)[number];

export type Column = { header: string; aliases?: string[] } & ({ of: 'plan'; field: BackupField } | { of: 'ignored'; reason: string });

/** Other names a hand-made ledger gives the columns (matched like the headings: 全角・半角, spaces and case alike). */
const ALIASES: Partial<Record<BackupField, string[]>> = {
  systemName: ['システム名', '対象システム', 'システム名称'],
  vendorName: ['事業者', '事業者名', '復旧を担当する事業者', 'ベンダー', '保守事業者'],
  scope: ['バックアップ対象', '対象データ'],
  frequency: ['バックアップ頻度', '取得頻度'],
  method: ['方法', '製品', 'バックアップ方法', 'バックアップ製品', 'バックアップソフト'],
  generations: ['世代数', '保持世代数', '保存世代数'],
  places: ['保管先', 'バックアップ先', '保存場所'],
  isolation: ['オフライン・改ざんできないコピー', 'オフラインコピー', 'オフライン・イミュータブル'],
  separateNetwork: ['別ネットワークのコピー', '別のネットワークのコピー'],
  responsible: ['担当者', '管理責任者'],
  restoreOrder: ['復旧順', '復旧の優先順位', '復旧優先順位'],
  recoveryHours: ['目標復旧時間', 'RTO', 'RTO (時間)'],
  restoreProcedure: ['復旧手順の概要'],
  note: ['メモ'],
};

const SHOWN_ELSEWHERE = '復旧テストは画面で記録します';

/** The export's columns in its order (export-backup-ledger.ts writes these headings), and what the import does with each. */
export const IMPORT_COLUMNS: Column[] = [
  ...BACKUP_COLUMNS.map((field): Column => ({ of: 'plan', field, header: backupPlanLabels[field], aliases: ALIASES[field] })),
  {
    of: 'ignored',
    header: '復旧手順書',
    aliases: [backupPlanLabels.procedureEvidenceId],
    reason: '復旧手順書のファイルは画面で証跡から選びます',
  },
  { of: 'ignored', header: '最後の復旧テスト', reason: SHOWN_ELSEWHERE },
  { of: 'ignored', header: 'その結果', reason: SHOWN_ELSEWHERE },
  { of: 'ignored', header: '次の復旧テスト', reason: 'Mamori が最後の復旧テストから決めます' },
  { of: 'ignored', header: '指摘', reason: 'Mamori の指摘は読み込みません' },
];

/** A heading or a choice as matched: NFKC, no spaces, lower case. */
const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();

const columnByHeader = new Map(IMPORT_COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [fold(h), c] as const)));

/** A system's name as plans are matched: NFKC, trimmed, case ignored. */
export const planKey = (name: string) => name.normalize('NFKC').trim().toLowerCase();

/** A single choice written with other spaces or case (随時(レプリケーション等)) → its code; anything else as written, for the check to read or refuse. */
/** A row of the file; a cell is null when it cannot be read (an .xlsx formula without a saved result). */
export interface ImportRow {
  row: number;
  cells: (string | null)[];
}
export interface StoredPlan {
  id: string;
  version: number;
  values: BackupPlanValues;
}
export interface ImportProblem {
  /** the file's row number (the header is row 1 in an export) */
  row: number;
  /** the column's heading as the file writes it (or the ledger's, for a column the file lacks) */
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
export interface PlannedPlan {
  row: number;
  action: Action;
  id: string | null;
  /** the stored row's version (the update is made only at it) */
  version: number | null;
  values: BackupPlanValues;
  before: BackupPlanValues | null;
  changes: FieldChange[];
}
export interface BackupImportPlan {
  headerRow: number;
  ignored: IgnoredColumn[];
  plans: PlannedPlan[];
  problems: ImportProblem[];
}

/** A CSV cell the export neutralised with an apostrophe ('=…, '-1) is read as it was before. */
const unneutralised = (c: string) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c);

interface Header {
  index: number;
  row: number;
  /** per cell of the header row: the column it is, with the heading as written */
  columns: ({ column: Column; header: string } | null)[];
}

const isSystemColumn = (c: Column | undefined) => c?.of === 'plan' && c.field === 'systemName';

/** The header row: among the first 20 rows, the first with a システム column (title rows above it are allowed). */
function findHeader(rows: ImportRow[]): Header | null {
  const index = rows.slice(0, 20).findIndex((r) => r.cells.some((c) => isSystemColumn(columnByHeader.get(fold(c ?? '')))));
  const row = rows[index];
  if (!row) return null;
  const columns = row.cells.map((c) => {
    const column = columnByHeader.get(fold(c ?? ''));
    return column ? { column, header: (c ?? '').trim() } : null;
  });
  return { index, row: row.row, columns };
}

export function planBackupImport(rows: ImportRow[], stored: StoredPlan[]): BackupImportPlan {
  const plan: BackupImportPlan = { headerRow: rows[0]?.row ?? 1, ignored: [], plans: [], problems: [] };
  const header = findHeader(rows);
  if (!header) {
    const message = `「${backupPlanLabels.systemName}」の列が見つかりません。1 行目に「システム」「頻度」などの列名を入れてください (バックアップ台帳の書き出しと同じ列名)。`;
    plan.problems.push({ row: plan.headerRow, column: backupPlanLabels.systemName, message });
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
    return [{ column: text, reason: known?.of === 'ignored' ? known.reason : 'バックアップ台帳の列ではありません' }];
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

type Raw = Partial<Record<BackupField, string>>;

/** Reads the rows in order, remembering the row each system was first seen on. */
function reader(header: Header, stored: StoredPlan[], plan: BackupImportPlan) {
  const firstRow = new Map<string, number>();

  /** A problem named by the file's heading for the field (or the ledger's, when the file lacks it). */
  const problem = (row: number, field: string, message: string) => {
    const label = backupPlanLabels[field as keyof BackupPlanValues] ?? field;
    const named = header.columns.find((c) => c?.column.of === 'plan' && c.column.field === field)?.header ?? label;
    // the ledger's messages begin with its own name of the field: the column names it here
    const text = message.startsWith(`${label}: `) ? message.slice(label.length + 2) : message;
    plan.problems.push({ row, column: named, message: text });
  };

  /** The row's cells by field; null when a cell cannot be read (said as a problem). */
  const cellsOf = (r: ImportRow): Raw | null => {
    const raw: Raw = {};
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
      raw[c.column.field] = value;
    });
    return readable ? raw : null;
  };

  return (r: ImportRow) => {
    const raw = cellsOf(r);
    if (!raw) return;
    const name = word(raw.systemName);
    if (!name) {
      // the check names the missing system and everything else wrong in the row
      const checked = checkBackupPlan(raw);
      if (!checked.ok) for (const p of checked.problems) problem(r.row, p.field, p.message);
      return;
    }
    const key = planKey(name);
    const first = firstRow.get(key);
    if (first !== undefined) return problem(r.row, 'systemName', `システム「${name}」が ${first} 行目と重複しています`);
    firstRow.set(key, r.row);
    const same = stored.filter((p) => planKey(p.values.systemName) === key);
    if (same.length > 1)
      return problem(r.row, 'systemName', `「${name}」が台帳に ${same.length} 件あります。画面で名前を区別してから取り込んでください`);
    const current = same[0] ?? null;
    const checked = checkBackupPlan({ ...current?.values, ...raw });
    if (!checked.ok) {
      for (const p of checked.problems) problem(r.row, p.field, p.message);
      return;
    }
    plan.plans.push(planned(r.row, current, checked.values));
  };
}

function planned(row: number, current: StoredPlan | null, read: BackupPlanValues): PlannedPlan {
  // a text that only a Shift_JIS round trip changed (〜 written as ～) keeps what is stored
  const values = current ? keepStoredSpelling(current.values, read) : read;
  const changes = current ? changesOf(current.values, values) : [];
  const action: Action = !current ? 'create' : changes.length ? 'update' : 'unchanged';
  return { row, action, id: current?.id ?? null, version: current?.version ?? null, values, before: current?.values ?? null, changes };
}

function keepStoredSpelling(stored: BackupPlanValues, read: BackupPlanValues): BackupPlanValues {
  const out: Record<string, unknown> = { ...read };
  for (const k of Object.keys(read) as (keyof BackupPlanValues)[]) {
    const [a, b] = [stored[k], read[k]];
    if (typeof a === 'string' && typeof b === 'string' && a !== b && sameThroughCp932(a, b)) out[k] = a;
  }
  return out as unknown as BackupPlanValues;
}

/** A value as the export writes it. */
function shown(field: keyof BackupPlanValues, v: unknown): string {
  if (field === 'separateNetwork' || field === 'encrypted') return v === null ? '未確認' : v ? 'あり' : 'なし';
  if (v === null || v === undefined) return '';
  const labels: Partial<Record<keyof BackupPlanValues, Record<string, Label>>> = {
    scope: scopeLabels,
    frequency: frequencyLabels,
    places: placeLabels,
    isolation: isolationLabels,
    status: ledgerStatusLabels,
  };
  const of = labels[field];
  if (Array.isArray(v)) return v.map((x) => of?.[String(x)]?.ja ?? String(x)).join('、');
  return of?.[String(v)]?.ja ?? String(v);
}

function changesOf(before: BackupPlanValues, after: BackupPlanValues): FieldChange[] {
  return BACKUP_COLUMNS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => ({
    column: backupPlanLabels[k],
    before: shown(k, before[k]),
    after: shown(k, after[k]),
  }));
}

export function importSummary(plan: BackupImportPlan): Record<Action, number> {
  return {
    create: plan.plans.filter((r) => r.action === 'create').length,
    update: plan.plans.filter((r) => r.action === 'update').length,
    unchanged: plan.plans.filter((r) => r.action === 'unchanged').length,
  };
}

export interface PreviewRow {
  row: number;
  action: 'create' | 'update';
  system: string;
  changes: FieldChange[];
}

/** The first rows that create or change something, in the file's order. */
export function importPreview(plan: BackupImportPlan, limit = 20): PreviewRow[] {
  return plan.plans
    .filter((r): r is PlannedPlan & { action: 'create' | 'update' } => r.action !== 'unchanged')
    .slice(0, limit)
    .map(({ row, action, values, changes }) => ({ row, action, system: values.systemName, changes }));
}
