// Checklist workbooks as the ministry lays them out, built with exceljs from the reference texts:
// the R5/R6 shape (numbers 1(1)/（１）, one row per target under 「サーバについて…」 headings, a 参考項目
// block, R5 3(1) with one merged answer cell) and the R7-on shape (circled numbers, targets in
// brackets in the text). Title rows, notes and merged cells as a real form has them.
import ExcelJS from 'exceljs';
import type { CatalogItem } from '../../../../domain/catalog/schema.ts';
import { loadCatalog } from '../catalog.loader.ts';

const catalog = loadCatalog();
export const formItems = (id: string, form = 'institution'): CatalogItem[] =>
  catalog.find((v) => v.id === id)?.forms.find((f) => f.form === form)?.items ?? [];

const FULL = '０１２３４５６７８９';
const wide = (n: number | string) => String(n).replace(/\d/g, (d) => FULL[Number(d)] as string);
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const TARGET_HEADINGS = {
  general: '医療情報システム全般について、以下を実施している。',
  server: 'サーバについて、以下を実施している。',
  pc: '端末PCについて、以下を実施している。',
  network: 'ネットワーク機器について、以下を実施している。',
} as const;
const TARGET_WORDS: Record<string, string> = {
  general: '医療情報システム全般',
  server: 'サーバ',
  pc: '端末PC',
  network: 'ネットワーク機器',
};
const SECTIONS: Record<string, string> = { '1': '体制構築', '2': '医療情報システムの管理・運用', '3': 'インシデント発生に備えた対応' };

type Line =
  | { kind: 'text'; text: string; merge?: boolean }
  | { kind: 'header' }
  | { kind: 'gate'; text: string }
  | { kind: 'item'; number: string; text: string; single?: boolean }
  | { kind: 'formula'; number: string; formula: string };

export interface BookSpec {
  lines: Line[];
  /** more sheets, each with its own lines (a second form, a cover sheet) */
  extraSheets?: { name: string; lines: Line[] }[];
  sheetName?: string;
}

async function build(spec: BookSpec): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  write(book.addWorksheet(spec.sheetName ?? 'チェックリスト'), spec.lines);
  for (const s of spec.extraSheets ?? []) write(book.addWorksheet(s.name), s.lines);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function write(ws: ExcelJS.Worksheet, lines: Line[]): void {
  ws.columns = [{ width: 10 }, { width: 60 }, { width: 16 }, { width: 12 }, { width: 16 }, { width: 20 }];
  let r = 0;
  for (const line of lines) {
    r++;
    const row = ws.getRow(r);
    if (line.kind === 'text') {
      row.getCell(1).value = line.text;
      if (line.merge) ws.mergeCells(r, 1, r, 5);
    } else if (line.kind === 'header') {
      row.getCell(1).value = 'チェック項目';
      ws.mergeCells(r, 1, r + 1, 2);
      row.getCell(3).value = '確認結果（日付）';
      ws.mergeCells(r, 3, r, 5);
      row.getCell(6).value = '備考';
      r++;
      const sub = ws.getRow(r);
      sub.getCell(3).value = '1回目';
      sub.getCell(4).value = '目標日';
      sub.getCell(5).value = '2回目';
    } else if (line.kind === 'gate') {
      row.getCell(1).value = '医療情報システムの有無';
      row.getCell(2).value = line.text;
      row.getCell(3).value = 'はい・いいえ';
    } else if (line.kind === 'item') {
      row.getCell(1).value = line.number;
      row.getCell(2).value = line.text;
      row.getCell(3).value = 'はい・いいえ（　/　）';
      if (line.single) ws.mergeCells(r, 3, r, 5);
      else {
        row.getCell(4).value = '（　/　）';
        row.getCell(5).value = 'はい・いいえ（　/　）';
      }
    } else {
      row.getCell(1).value = line.number;
      row.getCell(2).value = { formula: line.formula, result: '計算結果' };
    }
  }
}

/** The R5/R6 form: numbers 1(1) (some full-width), one row per target under its heading, 参考項目 after. */
export function r5ShapeLines(items = formItems('R5'), opts: { year?: string; form?: string } = {}): Line[] {
  const lines: Line[] = [
    { kind: 'text', text: '医療機関におけるサイバーセキュリティ対策チェックリスト', merge: true },
    { kind: 'text', text: `【${opts.form ?? '医療機関確認用'}】　${opts.year ?? '令和５年度'}` },
    { kind: 'text', text: '〇 令和5年度中' },
    { kind: 'text', text: '*以下項目は令和5年度中にすべての項目で「はい」にマルが付くよう取り組んでください。' },
    { kind: 'text', text: '*２（２）及び２（３）については、事業者と契約していない場合には、記入不要です。' },
    { kind: 'header' },
  ];
  let reference = false;
  let section = '';
  let target = '';
  for (const item of items) {
    if (item.status === 'gate') {
      lines.push({ kind: 'gate', text: item.text ?? '' });
      continue;
    }
    if (item.status === 'reference' && !reference) {
      reference = true;
      section = '';
      lines.push({ kind: 'text', text: '〇 参考項目（令和６年度中）' });
      lines.push({ kind: 'text', text: '*以下項目について、令和６年度中にすべての項目で「はい」にマルが付くよう取り組んでください。' });
    }
    if (item.section !== section) {
      section = item.section;
      target = '';
      lines.push({ kind: 'text', text: `${wide(section)}　${SECTIONS[section]}`, merge: true });
    }
    const t = item.targets[0] as string;
    if (section === '2' && t !== target) {
      target = t;
      lines.push({ kind: 'text', text: TARGET_HEADINGS[t as keyof typeof TARGET_HEADINGS] });
    }
    const number = Number(item.no) % 2 === 0 ? `${wide(section)}（${wide(item.no ?? 0)}）` : `${section}(${item.no})`;
    lines.push({ kind: 'item', number, text: item.text ?? '', single: item.answerType === 'dated_once' });
  }
  return lines;
}

/** The R7-on form: circled numbers within a section, targets in brackets at the end of the text. */
export function r7ShapeLines(items: CatalogItem[], opts: { year?: string; form?: string; title?: string } = {}): Line[] {
  const lines: Line[] = [
    { kind: 'text', text: opts.title ?? '医療機関・薬局におけるサイバーセキュリティ対策チェックリスト', merge: true },
    { kind: 'text', text: `${opts.year ?? '令和８年度'}　【${opts.form ?? '医療機関・薬局確認用'}】` },
    { kind: 'text', text: '※1回目の確認で「いいえ」の場合、令和8年度中の対応目標日を記入してください。' },
    { kind: 'header' },
  ];
  let section = '';
  for (const item of items) {
    if (item.status === 'gate') {
      lines.push({ kind: 'gate', text: item.text ?? '' });
      continue;
    }
    if (item.section !== section) {
      section = item.section;
      lines.push({ kind: 'text', text: `${section} ${SECTIONS[section]}`, merge: true });
    }
    const words = item.targets.filter((t) => TARGET_WORDS[t]).map((t) => TARGET_WORDS[t]);
    const text = `${item.text}${section === '2' && words.length ? `（${words.join('、')}）` : ''}`;
    lines.push({ kind: 'item', number: CIRCLED[(item.no ?? 1) - 1] as string, text });
  }
  return lines;
}

/**
 * The official 令和8年度 wording stands in the test as the R8 items with a made-up text for each
 * item whose wording the reference does not have (test data only: never shipped as MHLW text).
 */
export function r8OfficialItems(): CatalogItem[] {
  const items = formItems('R8').map(
    (i): CatalogItem => ({
      ...i,
      // the 運用管理規程 item, whose place the reference does not know: section 3, ④ in this test
      ...(i.no === null ? { id: '3-4', section: '3', sectionTitle: 'インシデント発生に備えた対応', no: 4 } : {}),
      text: i.text ?? `（試験用の文言）項目 ${i.id} を実施している。`,
      targets: i.targets.length ? i.targets : ['general'],
      status: i.status === 'unknown' ? 'required' : i.status,
    }),
  );
  // in the order the form prints them: the gate, then section by section
  return items.sort((a, b) => Number(a.section) - Number(b.section) || (a.no ?? 0) - (b.no ?? 0));
}

export const workbook = build;
