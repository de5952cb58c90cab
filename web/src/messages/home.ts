// The organisation's home: the readiness dashboard for the 立入検査, and outputs on the answer sheet.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const home = register({
  'dashboard.advice': { ja: 'Mamori からの助言', en: 'Mamori’s advice' },
  'dashboard.adviceLead': {
    ja: '立入検査の手引きの確認事項ではなく、Mamori の目安です。不足の件数には数えていません。',
    en: 'Not points of the inspection guide but Mamori’s own rules of thumb; not counted as gaps.',
  },
  'dashboard.title': { ja: '立入検査への準備', en: 'Readiness for the inspection' },
  'dashboard.year': { ja: '年度', en: 'Fiscal year' },
  'dashboard.yearOption': { ja: '{label} ({year})', en: '{label} ({year})' },
  'dashboard.ready': { ja: '準備ができています', en: 'Ready' },
  'dashboard.notReady': { ja: '不足が {count} 件あります', en: '{count} things are missing' },
  'dashboard.assessments': { ja: 'チェックリストの回答', en: 'Checklist answers' },
  'dashboard.noAssessments': {
    ja: 'この年度の回答はまだありません。チェックリストの画面で回答を始めてください。',
    en: 'No answers for this year yet. Start one on the checklist page.',
  },
  'dashboard.progress': { ja: '回答済み {answered} / {total}', en: 'Answered {answered} of {total}' },
  'dashboard.itemReady': { ja: '準備完了', en: 'Ready' },
  'dashboard.itemNotReady': { ja: '不足あり', en: 'Something missing' },
  'dashboard.vendors': { ja: '契約している事業者 (事業者確認用)', en: 'Contracted vendors (vendor forms)' },
  'dashboard.vendorHasForm': { ja: '事業者確認用があります', en: 'vendor form present' },
  'dashboard.vendorNoForm': { ja: '事業者確認用がありません', en: 'no vendor form yet' },
  'dashboard.vendorSource.ledger': { ja: '事業者台帳', en: 'vendor ledger' },
  'dashboard.vendorSource.chart': { ja: '連絡体制図', en: 'contact chart' },
  'dashboard.vendorSource.form': { ja: '事業者確認用のみ', en: 'vendor form only' },
  'dashboard.chart': { ja: '連絡体制図 (3(1) / 3-①)', en: 'Contact chart (3(1) / 3-①)' },
  'dashboard.chartLine': { ja: '{entries} 件登録、最終確認 {confirmed}', en: '{entries} entries, last confirmed {confirmed}' },
  'dashboard.chartNone': { ja: '連絡体制図がまだありません', en: 'There is no contact chart yet' },
  'dashboard.chartNotRequired': {
    ja: '医療情報システムがないため記入不要です',
    en: 'Not needed: no medical information systems',
  },
  'dashboard.chartOpen': { ja: '連絡体制図を開く', en: 'Open the contact chart' },
  'dashboard.gaps': { ja: '不足している点', en: 'What is missing' },
  'dashboard.gapsAll': { ja: 'すべて表示 (全 {count} 件)', en: 'Show all ({count})' },
  'dashboard.gapsFewer': { ja: '最初の {count} 件だけ表示', en: 'Show the first {count} only' },
  'dashboard.pack': { ja: '立入検査用一式 (PDF)', en: 'Inspection pack (PDF)' },

  'sheet.printView': { ja: '印刷用の表示 (A4)', en: 'Print view (A4)' },
  'sheet.pdf': { ja: 'PDF', en: 'PDF' },
  'sheet.xlsx': { ja: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  'sheet.chartLine': {
    ja: '連絡体制図: {entries} 件登録、最終確認 {confirmed}',
    en: 'Contact chart: {entries} entries, last confirmed {confirmed}',
  },
  'sheet.chartNone': { ja: '連絡体制図がまだありません', en: 'There is no contact chart yet' },
  'sheet.chartOpen': { ja: '連絡体制図を開く', en: 'Open the contact chart' },
  'findings.dashboard': { ja: '指摘 (脆弱性・サポート終了)', en: 'Findings' },
  'findings.count': {
    ja: '重大 {critical} / 高 {high} / 中 {medium} / 情報 {info}',
    en: 'Critical {critical} / high {high} / medium {medium} / info {info}',
  },
  'findings.open': { ja: '指摘の一覧を開く', en: 'Open the findings' },
  'dashboard.chartUnconfirmed': { ja: '未確認', en: 'Not confirmed' },
} satisfies Dict);
