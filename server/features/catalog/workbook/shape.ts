// Reads a checklist form out of a sheet by its shape, not by fixed cells: the title rows, the header
// row (チェック項目 / 1回目 / 目標日 / 2回目, or one answer column), section headings (「1 体制構築」),
// target headings (R5/R6: 「サーバについて、以下を実施している。」), block headings and notes (〇 参考項目
// (令和６年度中), ＊…), the gate row 「医療情報システムの有無」, and item rows numbered as the ministry
// numbers them (1(1), （１）, 2-①, ①, ⑬, 2-(1)), with their targets in brackets where the text gives
// them (R7 on: 「（サーバ、端末PC）」). Pure: a grid in, what it read (row by row) or where it stopped out.
import type { AnswerType, Numbering, Target } from '../../../../domain/catalog/labels.ts';
import type { Grid, GridCell, GridRow } from './read-sheets.ts';

export interface ReadItem {
  row: number;
  /** the cell holding the wording, as Excel names it */
  address: string;
  gate: boolean;
  section: string;
  no: number;
  /** the number as the sheet prints it ("2(4)", "2-⑬", "（１）") */
  printed: string;
  targets: Target[];
  /** R5/R6 print one row per target under 「サーバについて…」 headings; R7 on put the targets in brackets */
  targetsFrom: 'heading' | 'brackets' | 'default';
  reference: boolean;
  dueFiscalYear?: number;
  text: string;
  answerType: AnswerType;
}

export type RowKind = 'title' | 'note' | 'block' | 'header' | 'section' | 'target' | 'gate' | 'item' | 'continued' | 'other';

export interface ReadRow {
  row: number;
  kind: RowKind;
  text: string;
}

export interface ReadForm {
  sheet: string;
  title: string | null;
  /** the fiscal year the sheet names (令和8年度 → 2026), if it names one */
  fiscalYear: number | null;
  /** the form the sheet names (医療機関・薬局確認用 …), if it names one */
  formLabel: string | null;
  numbering: Numbering;
  headerNotes: string[];
  /** item numbers a note exempts without a vendor contract (「２（２）及び２（３）については…記入不要」) */
  noVendorNumbers: string[];
  sectionTitles: Record<string, string>;
  singleAnswerColumn: boolean;
  items: ReadItem[];
  rows: ReadRow[];
}

export type ShapeResult = { ok: true; form: ReadForm } | { ok: false; sheet: string; row: number | null; message: string };

const REIWA_BASE = 2018;
const CIRCLED_FIRST = 0x2460; // ①
const nfkc = (s: string) => s.normalize('NFKC');
const circledNo = (ch: string) => (ch.codePointAt(0) ?? CIRCLED_FIRST) - CIRCLED_FIRST + 1;
const CIRCLED = '[\\u2460-\\u2473]';

const TARGET_WORDS: [RegExp, Target][] = [
  [/^医療情報システム全般$/, 'general'],
  [/^サーバー?$/, 'server'],
  [/^端末\s*PC$/i, 'pc'],
  [/^ネットワーク機器$/, 'network'],
];
const targetOf = (word: string): Target | null => TARGET_WORDS.find(([re]) => re.test(nfkc(word).trim()))?.[1] ?? null;

const FORM_LABEL = /(医療機関・薬局確認用|医療機関等確認用|医療機関確認用|薬局確認用|事業者確認用)/;
const GATE = /医療情報システムの有無|医療情報システムを導入、?運用している/;

interface Columns {
  first: number;
  target: number | null;
  second: number | null;
}

/** The header row and the answer columns: 1回目 / 目標日 / 2回目 (maybe on the row below), or one answer column. */
function findHeader(rows: GridRow[]): { index: number; columns: Columns } | null {
  for (let i = 0; i < Math.min(rows.length, 40); i++) {
    const row = rows[i] as GridRow;
    const text = nfkc(row.cells.map((c) => c.text).join(' '));
    if (!/チェック項目|確認項目/.test(text) && !/1\s*回目/.test(text)) continue;
    const near = rows.slice(i, i + 3).flatMap((r) => r.cells);
    const col = (re: RegExp) => near.find((c) => re.test(nfkc(c.text)))?.col ?? null;
    const first = col(/^1\s*回目/) ?? col(/確認結果|回答|はい.?いいえ/);
    if (first === null) continue;
    const sub = rows.slice(i + 1, i + 3).findLastIndex((r) => r.cells.some((c) => /^(1\s*回目|目標日|2\s*回目)/.test(nfkc(c.text))));
    return { index: i + 1 + Math.max(sub, -1), columns: { first, target: col(/^目標日/), second: col(/^2\s*回目/) } };
  }
  return null;
}

interface ItemNumber {
  section: string | null;
  no: number;
  printed: string;
  circled: boolean;
  rest: string;
}

/** The item number at the start of a row's label, in any of the forms the ministry prints. */
export function itemNumberOf(label: string): ItemNumber | null {
  const raw = label.trim();
  let m = new RegExp(`^([0-9０-９]+)\\s*[-－ー‐―]\\s*(${CIRCLED})\\s*`).exec(raw);
  if (m)
    return {
      section: nfkc(m[1] as string),
      no: circledNo(m[2] as string),
      printed: m[0].trim(),
      circled: true,
      rest: raw.slice(m[0].length),
    };
  m = new RegExp(`^(${CIRCLED})\\s*`).exec(raw);
  if (m) return { section: null, no: circledNo(m[1] as string), printed: m[0].trim(), circled: true, rest: raw.slice(m[0].length) };
  const n = nfkc(raw);
  const forms: [RegExp, (x: RegExpExecArray) => [string | null, string]][] = [
    [/^(\d+)\s*[-‐]?\s*\(\s*(\d+)\s*\)\s*/, (x) => [x[1] as string, x[2] as string]],
    [/^\(\s*(\d+)\s*\)\s*/, (x) => [null, x[1] as string]],
    [/^(\d+)\s*-\s*(\d+)(?!\d)\s*/, (x) => [x[1] as string, x[2] as string]],
  ];
  for (const [re, pick] of forms) {
    const x = re.exec(n);
    if (!x) continue;
    const [section, no] = pick(x);
    // the rest as written: the same characters NFKC left (a number takes as many characters either way)
    return { section, no: Number(no), printed: x[0].trim(), circled: false, rest: restAfter(raw, x[0].length) };
  }
  return null;
}

/** The text after the first `length` NFKC characters of `raw` (full-width digits and brackets map one to one). */
const restAfter = (raw: string, length: number) => {
  let taken = 0;
  let i = 0;
  while (i < raw.length && taken < length) {
    taken += nfkc(raw[i] as string).length;
    i++;
  }
  return raw.slice(i).trim();
};

/** Targets given in brackets at the end of an item's text, and the text without them. */
export function bracketTargets(text: string): { text: string; targets: Target[] | null } {
  const m = /[（(]\s*([^（）()]+?)\s*[）)]\s*$/.exec(text);
  if (!m) return { text, targets: null };
  const words = (m[1] as string)
    .split(/[、,，・]/)
    .map((w) => w.trim())
    .filter(Boolean);
  const targets = words.map(targetOf);
  if (words.length === 0 || targets.some((t) => t === null)) return { text, targets: null };
  return { text: text.slice(0, m.index).trim(), targets: [...new Set(targets as Target[])] };
}

interface State {
  section: string | null;
  sectionTitles: Record<string, string>;
  target: Target | null;
  reference: boolean;
  due: number | undefined;
}

export function readForm(grid: Grid): ShapeResult {
  const fail = (row: number | null, message: string): ShapeResult => ({ ok: false, sheet: grid.name, row, message });
  const header = findHeader(grid.rows);
  if (!header) return fail(null, '見出し行 (「チェック項目」と「1回目」など回答欄の見出し) が見つかりません。');
  const { columns } = header;
  const form: ReadForm = {
    sheet: grid.name,
    title: null,
    fiscalYear: null,
    formLabel: null,
    numbering: 'paren',
    headerNotes: [],
    noVendorNumbers: [],
    sectionTitles: {},
    singleAnswerColumn: columns.target === null && columns.second === null,
    items: [],
    rows: [],
  };
  grid.rows.slice(0, header.index + 1).forEach((r, i) => {
    readPreamble(form, r, i >= header.index - 2 && i <= header.index);
  });
  const state: State = { section: null, sectionTitles: form.sectionTitles, target: null, reference: false, due: undefined };
  const unknown: ReadRow[] = [];
  for (const row of grid.rows.slice(header.index + 1)) {
    const result = readBodyRow(form, state, row, columns);
    if (typeof result === 'string') return fail(row.row, result);
    form.rows.push(result);
    if (result.kind === 'other') unknown.push(result);
  }
  if (form.items.filter((i) => !i.gate).length === 0) return fail(null, 'チェック項目の行 (1(1)、2-① などの番号で始まる行) がありません。');
  const lastItem = Math.max(...form.items.map((i) => i.row));
  const stray = unknown.find((u) => u.row < lastItem);
  if (stray) return fail(stray.row, `「${stray.text.slice(0, 40)}」を読み取れません (項目の番号・見出し・注記のどれでもありません)。`);
  return { ok: true, form };
}

/** Rows up to the header: the title, the form's name, the fiscal year, notes. */
function readPreamble(form: ReadForm, row: GridRow, headerRows: boolean): void {
  const text = row.cells
    .map((c) => c.text)
    .filter(Boolean)
    .join(' ');
  const n = nfkc(text);
  const year = /令和\s*(\d+)\s*年度/.exec(n);
  if (year && form.fiscalYear === null) form.fiscalYear = REIWA_BASE + Number(year[1]);
  const label = FORM_LABEL.exec(n);
  if (label && form.formLabel === null) form.formLabel = label[1] as string;
  if (/チェックリスト/.test(n) && form.title === null) {
    form.title =
      text
        .replace(/[【[][^】\]]*[】\]]/g, '')
        .replace(/令和\s*[0-9０-９]+\s*年度版?/g, '')
        .trim() || null;
  }
  if (/^[＊*※〇○◯]/.test(text)) {
    form.headerNotes.push(text);
    noteRules(form, text);
    form.rows.push({ row: row.row, kind: 'note', text });
  } else if (/チェックリスト/.test(n) || label || year) form.rows.push({ row: row.row, kind: 'title', text });
  else if (text) form.rows.push({ row: row.row, kind: headerRows ? 'header' : 'other', text });
}

/** A note that exempts items without a vendor contract names them: 「２（２）及び２（３）については…」. */
function noteRules(form: ReadForm, text: string): void {
  if (!/事業者と契約していない/.test(text)) return;
  for (const m of text.matchAll(new RegExp(`[0-9０-９]+\\s*(?:[（(]\\s*[0-9０-９]+\\s*[）)]|[-－]\\s*${CIRCLED})`, 'g'))) {
    const number = itemNumberOf(m[0]);
    if (number?.section) form.noVendorNumbers.push(`${number.section}-${number.no}`);
  }
}

const cellsBefore = (row: GridRow, col: number) => row.cells.filter((c) => c.col < col);
const cellsFrom = (row: GridRow, col: number) => row.cells.filter((c) => c.col >= col);

function readBodyRow(form: ReadForm, state: State, row: GridRow, columns: Columns): ReadRow | string {
  const labelCells = cellsBefore(row, columns.first).filter((c) => c.text !== '' || c.formula !== null);
  const formula = labelCells.find((c) => c.formula !== null);
  if (formula)
    return `セル ${formula.address} は数式です (=${formula.formula})。項目の文言は数式ではなく文字で書かれている必要があります。`;
  const label = labelCells.map((c) => c.text).join('');
  const n = nfkc(label);
  const answerText = nfkc(
    cellsFrom(row, columns.first)
      .map((c) => c.text)
      .join(''),
  );
  const row_ = (kind: RowKind): ReadRow => ({ row: row.row, kind, text: label || answerText });
  if (!label) return row_('other');
  if (/^[〇○◯]/.test(label)) {
    state.reference = /参考/.test(n);
    const due = /令和\s*(\d+)\s*年度/.exec(n);
    state.due = state.reference && due ? REIWA_BASE + Number(due[1]) : undefined;
    form.headerNotes.push(label);
    return row_('block');
  }
  if (/^[＊*※]/.test(label)) {
    form.headerNotes.push(label);
    noteRules(form, label);
    return row_('note');
  }
  if (GATE.test(n)) return gateRow(form, row, labelCells, columns);
  const number = itemNumberOf(label);
  if (number) return itemRow(form, state, row, labelCells, number, columns);
  const section = /^(\d+)\s*[.．、]?\s*([^\d(（\-－\u2460-\u2473].*)$/.exec(n);
  if (section && !/について/.test(n)) {
    state.section = section[1] as string;
    state.sectionTitles[state.section] = restAfter(label, (section[1] as string).length).replace(/^[.．、\s]+/, '');
    state.target = null;
    return row_('section');
  }
  const target = /^(医療情報システム全般|サーバー?|端末\s*PC|ネットワーク機器)\s*(について|に関して)/i.exec(n);
  if (target) {
    state.target = targetOf(target[1] as string);
    return row_('target');
  }
  if (/チェック項目|^1\s*回目|^確認結果/.test(n)) return row_('header');
  const last = form.items.at(-1);
  // wording wrapped onto the next row: in the item's own text column, nothing else on the row
  const column = (address: string) => address.replace(/\d+$/, '');
  const only = labelCells.length === 1 ? labelCells[0] : undefined;
  if (last && only && last.row === row.row - 1 && !answerText && column(only.address) === column(last.address)) {
    last.text += label;
    return row_('continued');
  }
  return row_('other');
}

function gateRow(form: ReadForm, row: GridRow, labelCells: GridCell[], columns: Columns): ReadRow {
  const textCell = labelCells.find((c) => /導入、?運用している/.test(nfkc(c.text))) ?? labelCells.at(-1);
  const text = (textCell?.text ?? '').replace(/^医療情報システムの有無[\s:：]*/, '') || '医療情報システムを導入、運用している。';
  const dated = /\//.test(
    nfkc(
      cellsFrom(row, columns.first)
        .map((c) => c.text)
        .join(''),
    ),
  );
  form.items.push({
    row: row.row,
    address: textCell?.address ?? '',
    gate: true,
    section: '0',
    no: 0,
    printed: '',
    targets: ['all'],
    targetsFrom: 'default',
    reference: false,
    text,
    answerType: dated ? 'dated' : 'yes_no_only',
  });
  return { row: row.row, kind: 'gate', text };
}

function itemRow(
  form: ReadForm,
  state: State,
  row: GridRow,
  labelCells: GridCell[],
  number: ItemNumber,
  columns: Columns,
): ReadRow | string {
  const section = number.section ?? state.section;
  if (!section) return `項目番号「${number.printed}」の節 (1 体制構築 などの見出し) がわかりません。`;
  if (number.section) state.section = number.section;
  if (number.circled) form.numbering = 'circled';
  const fromBrackets = bracketTargets(number.rest);
  const text = fromBrackets.text;
  if (!text) return `項目番号「${number.printed}」の行に文言がありません。`;
  const reference = state.reference || row.cells.some((c) => c.col !== labelCells[0]?.col && /参考/.test(nfkc(c.text)));
  const targets =
    fromBrackets.targets ?? (state.target ? [state.target] : section === '2' ? ['general' as Target] : ['organization' as Target]);
  const textCell = labelCells.find((c) => c.text.includes(text.slice(0, 8))) ?? labelCells.at(-1);
  form.items.push({
    row: row.row,
    address: textCell?.address ?? '',
    gate: false,
    section,
    no: number.no,
    printed: number.section ? number.printed : `${section}${number.circled ? '-' : ''}${number.printed}`,
    targets,
    targetsFrom: fromBrackets.targets ? 'brackets' : state.target ? 'heading' : 'default',
    reference,
    ...(reference && state.due ? { dueFiscalYear: state.due } : {}),
    text,
    answerType: answerTypeOf(row, columns, form.singleAnswerColumn),
  });
  return { row: row.row, kind: 'item', text };
}

/** One answer cell (merged across the columns, or the others struck out) or the three columns. */
function answerTypeOf(row: GridRow, columns: Columns, single: boolean): AnswerType {
  if (single) return 'dated_once';
  const at = (col: number | null) => (col === null ? undefined : row.cells.find((c) => c.col === col));
  const first = at(columns.first);
  const others = [at(columns.target), at(columns.second)].filter((c): c is GridCell => c !== undefined);
  if (first?.mergedInto && others.some((c) => c.mergedInto === first.mergedInto)) return 'dated_once';
  if (others.length > 0 && others.every((c) => /^[-－―—ー/／\\＼]+$|斜線|記入不要/.test(nfkc(c.text)))) return 'dated_once';
  return 'dated';
}
