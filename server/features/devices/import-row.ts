// One row of an imported table read by the ledger's rules (domain/devices/device.ts): each cell of a
// mapped column, a correction typed in the preview in its place; an .xlsx formula gives the result
// Excel saved with it and a warning naming the cell, or is refused by cell when it has none.
import { type ColumnKey, columnLabels } from '../../../domain/devices/columns.ts';
import { checkDevice, type DeviceValues } from '../../../domain/devices/device.ts';
import { type Cell, type FormulaCell, isFormula, MAX_CELL, type TableRow } from '../imports/tabular.ts';

export interface Rejection {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

/** A cell taken other than as written: an .xlsx formula whose saved result was imported. */
export interface ImportWarning {
  row: number;
  column: string | null;
  field: string;
  /** the cell as Excel names it (E5) */
  cell: string;
  message: string;
}

/** A cell as text: a date as YYYY-MM-DD (an invalid one as empty), a formula as its saved result. */
export const cellText = (c: Cell | undefined): string => {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  if (isFormula(c)) return c.value === null ? '' : cellText(c.value);
  return (c ?? '').trim();
};

type RowRead = ({ ok: true; values: DeviceValues } | { ok: false; rejections: Rejection[] }) & { warnings: ImportWarning[] };

export function readRow(
  r: TableRow,
  headers: string[],
  mapping: (ColumnKey | null)[],
  overrides: Partial<Record<ColumnKey, string>> | undefined,
): RowRead {
  const raw: Record<string, unknown> = {};
  const rejections: Rejection[] = [];
  const warnings: ImportWarning[] = [];
  const headerOf = new Map<string, string>();
  mapping.forEach((key, i) => {
    if (!key) return;
    headerOf.set(key, headers[i] ?? key);
    // a correction typed in the preview replaces the cell, whatever it holds
    if (overrides && key in overrides) return;
    const at = { row: r.row, column: headers[i] ?? null, field: key };
    const cell = r.cells[i];
    if (isFormula(cell)) {
      const read = formulaValue(cell);
      if ('refused' in read) rejections.push({ ...at, message: read.refused });
      else {
        warnings.push({ ...at, cell: cell.address, message: read.warning });
        raw[key] = read.value;
      }
      return;
    }
    if (typeof cell === 'string' && cell.length > MAX_CELL) {
      rejections.push({ ...at, message: `${MAX_CELL} 文字を超えています (${cell.length} 文字)` });
      return;
    }
    raw[key] = cell;
  });
  for (const [key, value] of Object.entries(overrides ?? {})) raw[key] = value;
  const checked = checkDevice(raw, columnLabels);
  if (!checked.ok) {
    for (const p of checked.problems)
      rejections.push({ row: r.row, column: headerOf.get(p.field) ?? columnLabels[p.field] ?? null, field: p.field, message: p.message });
  }
  if (rejections.length || !checked.ok) return { ok: false, rejections, warnings };
  return { ok: true, values: checked.values, warnings };
}

/** An .xlsx formula imports the result Excel saved with it, said in a warning; without one (or an error) it is refused. */
function formulaValue(cell: FormulaCell): { value: string | Date; warning: string } | { refused: string } {
  const formula = `=${cell.formula.slice(0, 60)}`;
  if (cell.error !== null)
    return {
      refused: `${cell.address} は数式 (${formula}) で、計算結果がエラー (${cell.error}) です。数式を直すか、値を入力してから取り込んでください`,
    };
  if (cell.value === null)
    return {
      refused: `${cell.address} は数式 (${formula}) ですが、計算結果の値が保存されていません。Excel で開いて上書き保存するか、値として貼り付けてから取り込んでください`,
    };
  const shown = cellText(cell.value).slice(0, 60);
  return { value: cell.value, warning: `${cell.address} は数式です。計算結果の値「${shown}」を取り込みました (${formula})` };
}
