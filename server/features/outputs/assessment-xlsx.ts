// One checklist form as an .xlsx in the layout of the A4 print: title, institution header with the
// signature fields, then the items under their section headings with the answer columns 1回目 /
// 確認日 / 目標日 / 2回目 / 確認日 and 備考. Answer cells offer はい/いいえ so the file can be filled in
// in Excel; dates are real Excel dates. Unconfirmed wording is marked, never passed off as official.

import ExcelJS from 'exceljs';
import { answerCells } from '../../../domain/catalog/labels.ts';
import { addressLine, contractLine, type FormDocument, type ItemView, jstStamp, remarksOf, unknownWording, yesNoJa } from './document.ts';
import {
  type CellStyle,
  COL,
  COLUMN_WIDTHS,
  DATE_FORMAT,
  excelDate,
  fitHeight,
  HEADER_FILL,
  LABEL_FILL,
  LAST_COL,
  put,
  putMerged,
  SECTION_FILL,
  widthOf,
  YES_NO_VALIDATION,
} from './xlsx-layout.ts';

function itemText(item: ItemView): string {
  const text = item.text ?? unknownWording(item);
  const marks = [item.wording === 'inferred' && '※推定（原文未確認）', item.status === 'reference' && '（参考項目）'];
  return [text, ...marks].filter(Boolean).join('\n');
}

/** The five result columns; returns the text written across them for an exempt item. */
function writeResult(ws: ExcelJS.Worksheet, r: number, item: ItemView): string {
  if (item.exempt) {
    const text = `記入不要（${item.exemptReason ?? ''}）`;
    putMerged(ws, [r, COL.first, r, COL.secondDate], text, { wrap: true, align: 'center' });
    return text;
  }
  const a = item.answer;
  const cells = answerCells(item);
  const answer: CellStyle = { align: 'center' };
  const date: CellStyle = { align: 'center', numFmt: DATE_FORMAT };
  put(ws, r, COL.first, yesNoJa(a?.firstAnswer), answer).dataValidation = { ...YES_NO_VALIDATION };
  put(ws, r, COL.firstDate, cells.date ? excelDate(a?.firstDate) : null, date);
  if (!cells.second) {
    // the form has one answer cell on this row (R5 3(1)): no 目標日 or 2回目 to fill
    putMerged(ws, [r, COL.target, r, COL.secondDate], '—', { align: 'center' });
    return '';
  }
  put(ws, r, COL.target, cells.target && a?.firstAnswer === 'no' ? excelDate(a.targetDate) : null, date);
  put(ws, r, COL.second, yesNoJa(a?.secondAnswer), answer).dataValidation = { ...YES_NO_VALIDATION };
  put(ws, r, COL.secondDate, excelDate(a?.secondDate), date);
  return '';
}

function headerFacts(doc: FormDocument): [string, string][] {
  const { org, assessment: a } = doc;
  const vendor: [string, string][] =
    a.form === 'vendor'
      ? [
          ['事業者名', a.vendorName ?? ''],
          ['システム名', a.systemName ?? ''],
        ]
      : [];
  const period = `${a.fiscalYearStart.replaceAll('-', '/')}〜${a.fiscalYearEnd.replaceAll('-', '/')}`;
  return [
    ['医療機関名', org.name],
    ['医療機関コード', org.medicalInstitutionCode ?? ''],
    ['所在地', addressLine(org)],
    ['年度', `${a.fiscalYearLabel}（${period}）`],
    ...vendor,
    ['事業者との契約', contractLine(a)],
    ...(a.provisional ? ([['様式の文言', '暫定 (原文で確認できていない文言を含みます)']] as [string, string][]) : []),
    ['医療情報システム安全管理責任者', doc.responsiblePerson ?? ''],
    ['記入者（署名）', ''],
    ['記入日', ''],
  ];
}

export async function assessmentXlsx(doc: FormDocument): Promise<Buffer> {
  const a = doc.assessment;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Mamori';
  wb.created = doc.generatedAt;
  const ws = wb.addWorksheet(a.formLabel);
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const title = putMerged(ws, [1, 1, 1, LAST_COL], `${a.versionTitle} ${a.versionLabel}【${a.formLabel}】`, {
    bold: true,
    size: 14,
    border: false,
  });
  title.alignment = { vertical: 'middle', horizontal: 'center' };
  ws.getRow(1).height = 26;

  let r = 3;
  for (const [label, value] of headerFacts(doc)) {
    put(ws, r, COL.no, label, { fill: LABEL_FILL, shrink: true });
    putMerged(ws, [r, COL.text, r, LAST_COL], value);
    ws.getRow(r).height = 20;
    r += 1;
  }
  for (const note of a.headerNotes) {
    putMerged(ws, [r, 1, r, LAST_COL], note, { border: false, wrap: true });
    ws.getRow(r).height = fitHeight([[note, widthOf(1, LAST_COL)]]);
    r += 1;
  }

  // Column headings: two rows, 確認結果（日付） over the five result columns.
  const head = r + 1;
  const th: CellStyle = { bold: true, fill: HEADER_FILL, align: 'center', wrap: true };
  putMerged(ws, [head, COL.no, head + 1, COL.no], '番号', th);
  putMerged(ws, [head, COL.text, head + 1, COL.text], 'チェック項目', th);
  putMerged(ws, [head, COL.first, head, COL.secondDate], '確認結果（日付）', th);
  putMerged(ws, [head, COL.note, head + 1, COL.note], '備考', th);
  ['1回目', '確認日', '目標日', '2回目', '確認日'].forEach((label, i) => {
    put(ws, head + 1, COL.first + i, label, th);
  });
  r = head + 2;

  let section: string | null = null;
  for (const item of a.items) {
    if (item.sectionTitle !== section) {
      section = item.sectionTitle;
      const heading = item.section === '0' ? item.sectionTitle : `${item.section} ${item.sectionTitle}`;
      putMerged(ws, [r, 1, r, LAST_COL], heading, { bold: true, fill: SECTION_FILL });
      r += 1;
    }
    const text = itemText(item);
    const note = remarksOf(item);
    put(ws, r, COL.no, item.label, { wrap: true });
    put(ws, r, COL.text, text, { wrap: true });
    const exempt = writeResult(ws, r, item);
    put(ws, r, COL.note, note, { wrap: true });
    ws.getRow(r).height = fitHeight([
      [item.label, widthOf(COL.no, COL.no)],
      [text, widthOf(COL.text, COL.text)],
      [exempt, widthOf(COL.first, COL.secondDate)],
      [note, widthOf(COL.note, COL.note)],
    ]);
    r += 1;
  }

  const provenance = `項目の出典: ${a.versionLabel}（Mamori の収録データ。※推定・文言不明の項目は原文を確認してください）`;
  putMerged(ws, [r + 1, 1, r + 1, LAST_COL], provenance, { border: false, wrap: true, size: 9 });
  ws.getRow(r + 1).height = fitHeight([[provenance, widthOf(1, LAST_COL)]]);

  ws.views = [{ state: 'frozen', ySplit: head + 1 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${head}:${head + 1}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&LMamori で作成 ${jstStamp(doc.generatedAt)}&C&P / &N` };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
