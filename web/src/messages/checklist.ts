// The checklist area: the catalog browser (answers are in assessments.ts).
import { register } from './registry.ts';
import type { Dict } from './types.ts';
export const checklist = register({
  'checklist.lead': {
    ja: '厚生労働省「医療機関におけるサイバーセキュリティ対策チェックリスト」に年度ごとに回答します。下には各年度版の項目を載せています。原文を確認できていない文言には印を付けています。',
    en: 'Answer the MHLW cybersecurity checklist each fiscal year. Below are the items of each year’s version; wording not read in the official text is marked.',
  },
  'checklist.outputs': {
    ja: '回答の画面から、公式様式の印刷用の表示・PDF・Excel・CSV を出力できます。立入検査に持参する1年度分は、ホームの「立入検査への準備」にある「立入検査用一式 (PDF)」で出力します。',
    en: 'Each answer sheet prints and exports in the official layout (print view, PDF, Excel, CSV). The whole year for the inspection is the “Inspection pack (PDF)” under “Readiness for the inspection” on the home page.',
  },
  'checklist.catalogTitle': { ja: 'チェックリストの項目 (各年度版)', en: 'Checklist items (each year’s version)' },
  'checklist.version': { ja: '版', en: 'Version' },
  'checklist.unreleased': { ja: '(未公表・回答には使いません)', en: '(not published: not used for answers)' },
  'checklist.form': { ja: '様式', en: 'Form' },
  'checklist.noItems': {
    ja: 'この様式の項目は、公開資料で確認できていないため収録していません。',
    en: 'The items of this form could not be found in public sources and are not included.',
  },
  'checklist.col.number': { ja: '番号', en: 'No.' },
  'checklist.col.target': { ja: '対象', en: 'Target' },
  'checklist.col.item': { ja: '項目', en: 'Item' },
  'checklist.col.status': { ja: '区分', en: 'Status' },
  'checklist.col.wording': { ja: '文言', en: 'Wording' },
  'checklist.textUnknown': { ja: '(文言不明)', en: '(wording unknown)' },
  'checklist.fragment': { ja: '判明している冒頭: 「{text}…」', en: 'Known beginning: “{text}…”' },
  'checklist.noVendor': { ja: '事業者と契約していない場合は記入不要', en: 'Not needed without a vendor contract' },
  'checklist.physical': { ja: '立入検査で現物を確認', en: 'Checked in person at the inspection' },
  'checklist.new': { ja: 'この年度の新項目', en: 'New this year' },
  'checklist.refs': { ja: 'ガイドライン: {refs}', en: 'Guideline: {refs}' },
  'checklist.source': { ja: '出典', en: 'Source' },
  'checklist.headerNotes': { ja: '様式の注記', en: 'Notes on the form' },
  'checklist.rules': { ja: '立入検査の手引き・関連規定', en: 'Inspection guide and related rules' },
  'checklist.changes': { ja: '前年度からの変更', en: 'Changes from the previous year' },
  'checklist.provenance': { ja: 'このデータの出典', en: 'Where this data comes from' },
  'checklist.published': { ja: '公表: {date}', en: 'Published: {date}' },
  'checklist.unconfirmedCount': { ja: '原文未確認の項目: {count} / {total}', en: 'Items without confirmed wording: {count} of {total}' },
} satisfies Dict);
