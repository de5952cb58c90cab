// Personnel's leavers list (退職者一覧) as Excel in Japan writes it (CP932 CSV or .xlsx): 氏名, 職員番号
// and 退職日 (西暦 or 和暦), in whatever order and with the usual variants of the headings. Each row that
// cannot be read is a problem naming its row and column (令和7年2月30日 is not a date); a 職員番号 given
// twice is named with both rows. Matched to accounts by 職員番号 first, else by name (a candidate to
// confirm: two people may share a name).
import { parseJapaneseDate } from '../dates/wareki.ts';
import { nameKey } from './names.ts';

export interface Leaver {
  row: number;
  name: string;
  nameKey: string;
  /** 職員番号 as written (NFKC, trimmed); empty when the list has none */
  employeeId: string;
  /** YYYY-MM-DD */
  leftOn: string;
  department: string;
}

export interface LeaverProblem {
  row: number;
  column: string;
  message: string;
}

const HEADINGS = {
  name: ['氏名', '名前', '職員氏名', '社員氏名', '職員名', 'name'],
  employeeId: ['職員番号', '社員番号', '職員id', '社員id', '職員コード', '社員コード', '個人番号', 'employeeid'],
  leftOn: ['退職日', '退職年月日', '退職予定日', '異動日', 'leavedate'],
  department: ['所属', '部署', '所属部署', '部門', 'department'],
} as const;
type Column = keyof typeof HEADINGS;

const heading = (cell: string) => cell.normalize('NFKC').replace(/\s/g, '').toLowerCase();

/** The list's rows (the heading row first, wherever it is in the first ten rows). */
export function readLeavers(
  rows: { row: number; cells: string[] }[],
): { leavers: Leaver[]; problems: LeaverProblem[] } | { error: string } {
  const at = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => (HEADINGS.name as readonly string[]).includes(heading(c))));
  if (at < 0) return { error: '見出しの行に「氏名」がありません (氏名・職員番号・退職日の列が必要です)。' };
  const head = rows[at] as { row: number; cells: string[] };
  const index = new Map<Column, number>();
  head.cells.forEach((c, i) => {
    for (const [col, names] of Object.entries(HEADINGS) as [Column, readonly string[]][]) {
      if (names.includes(heading(c)) && !index.has(col)) index.set(col, i);
    }
  });
  if (!index.has('leftOn')) return { error: '見出しの行に「退職日」がありません。' };
  const label = (col: Column) => (head.cells[index.get(col) as number] ?? col).trim();
  const get = (r: { cells: string[] }, col: Column) =>
    (index.has(col) ? (r.cells[index.get(col) as number] ?? '') : '').normalize('NFKC').trim();
  const leavers: Leaver[] = [];
  const problems: LeaverProblem[] = [];
  const seen = new Map<string, number>();
  for (const r of rows.slice(at + 1)) {
    const name = get(r, 'name');
    const employeeId = get(r, 'employeeId');
    const rawDate = get(r, 'leftOn');
    if (!name && !employeeId && !rawDate) continue;
    const before = problems.length;
    if (!name && !employeeId) problems.push({ row: r.row, column: label('name'), message: '氏名も職員番号も空です' });
    const date = rawDate ? parseJapaneseDate(rawDate) : { ok: false as const, message: '退職日が空です' };
    if (!date.ok) problems.push({ row: r.row, column: label('leftOn'), message: date.message });
    if (employeeId) {
      const first = seen.get(employeeId);
      if (first !== undefined) {
        problems.push({ row: r.row, column: label('employeeId'), message: `職員番号 ${employeeId} が ${first} 行目にもあります` });
      } else seen.set(employeeId, r.row);
    }
    if (problems.length > before || !date.ok) continue;
    leavers.push({ row: r.row, name, nameKey: nameKey(name), employeeId, leftOn: date.iso, department: get(r, 'department') });
  }
  return { leavers, problems };
}

export interface AccountRef {
  id: string;
  employeeId: string;
  nameKey: string;
}

export interface LeaverMatch<A extends AccountRef> {
  leaver: Leaver;
  account: A;
  /** employeeId: the same 職員番号; name: only the name is the same (to be confirmed by a person) */
  by: 'employeeId' | 'name';
}

/** Each leaver with the accounts that are theirs: by 職員番号 where both have one, else by name. */
export function matchLeavers<A extends AccountRef>(leavers: Leaver[], accounts: A[]): LeaverMatch<A>[] {
  const byEmployee = new Map<string, A[]>();
  const byName = new Map<string, A[]>();
  for (const a of accounts) {
    if (a.employeeId) byEmployee.set(a.employeeId, [...(byEmployee.get(a.employeeId) ?? []), a]);
    if (a.nameKey) byName.set(a.nameKey, [...(byName.get(a.nameKey) ?? []), a]);
  }
  const out: LeaverMatch<A>[] = [];
  for (const leaver of leavers) {
    const sure = leaver.employeeId ? (byEmployee.get(leaver.employeeId) ?? []) : [];
    for (const account of sure) out.push({ leaver, account, by: 'employeeId' });
    // an account that carries another 職員番号 is someone else's, whatever its name
    const named = (byName.get(leaver.nameKey) ?? []).filter((a) => !sure.includes(a) && (!a.employeeId || !leaver.employeeId));
    for (const account of named) out.push({ leaver, account, by: 'name' });
  }
  return out;
}
