// The plan of an import without a database: what formula cells and odd date cells become.
import { describe, expect, it } from 'vitest';
import type { FormulaCell, TableRow } from '../imports/tabular.ts';
import { planImport } from './import-plan.ts';

const formula = (address: string, value: string | null, error: string | null = null): FormulaCell => ({
  formula: 'A1&""',
  address,
  value,
  error,
});
const table = (...rows: TableRow['cells'][]): TableRow[] => [
  { row: 1, cells: ['管理番号', 'コンピュータ名', '状態'] },
  ...rows.map((cells, i) => ({ row: i + 2, cells })),
];

describe('planImport and formula cells', () => {
  it('takes a saved result with a warning, refuses none or an error by cell, and lets a typed correction replace the cell', () => {
    const plan = planImport(
      table(['A-1', 'pc1', formula('C2', '停止')], ['A-2', 'pc2', formula('C3', null)], ['A-3', 'pc3', formula('C4', null, '#REF!')]),
      [],
      { remembered: null },
    );
    expect(plan.create.map((r) => [r.row, r.values.status])).toEqual([[2, 'stopped']]);
    expect(plan.warnings).toEqual([
      { row: 2, column: '状態', field: 'status', cell: 'C2', message: 'C2 は数式です。計算結果の値「停止」を取り込みました (=A1&"")' },
    ]);
    expect(plan.rejected).toEqual([
      {
        row: 3,
        column: '状態',
        field: 'status',
        message: expect.stringContaining('C3 は数式 (=A1&"") ですが、計算結果の値が保存されていません'),
      },
      { row: 4, column: '状態', field: 'status', message: expect.stringContaining('C4 は数式 (=A1&"") で、計算結果がエラー (#REF!) です') },
    ]);
    const fixed = planImport(table(['A-2', 'pc2', formula('C2', null)]), [], { remembered: null, overrides: { 2: { status: '予備' } } });
    expect(fixed).toMatchObject({ rejected: [], warnings: [], create: [{ values: { status: 'spare' } }] });
  });

  it('reads an invalid date cell as empty instead of failing the whole file', () => {
    const plan = planImport(
      [
        { row: 1, cells: ['管理番号', 'コンピュータ名', '登録日'] },
        { row: 2, cells: ['A-1', 'pc1', new Date(Number.NaN)] },
      ],
      [],
      { remembered: null },
    );
    expect(plan.create).toMatchObject([{ values: { assetNo: 'A-1', registeredOn: null } }]);
  });
});
