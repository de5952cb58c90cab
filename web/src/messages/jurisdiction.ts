// Jurisdictions: a 保健所's (or a 都道府県's) institutions, and an institution's choice of its 保健所.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const jurisdiction = register({
  'jurisdiction.title': { ja: '管轄の医療機関', en: 'Institutions in the jurisdiction' },
  'jurisdiction.lead': {
    ja: '{office} が所管する医療機関・薬局です。医療機関が所管の保健所として選ぶか、システム管理者が登録すると、ここに並びます。医療機関の台帳や回答そのものは、ここからは見えません。',
    en: 'The institutions and pharmacies {office} oversees. An institution appears here when it chooses this office, or when a system administrator adds it. Their ledgers and answers are not visible from here.',
  },
  'jurisdiction.notYet': {
    ja: '医療機関が事前送付すると、提出日と、提出時点の手引きによる不足の件数が表示されます。提出された様式を開いて印刷する画面と、立入検査の記録は、まだ Mamori にありません。',
    en: 'When an institution submits, the date and the gaps by the guide at that moment show here. Opening and printing the submitted forms, and the inspection record, are not in Mamori yet.',
  },
  'jurisdiction.search': { ja: '名称・医療機関コードで絞り込み', en: 'Filter by name or code' },
  'jurisdiction.count': { ja: '{shown} / {total} 施設', en: '{shown} of {total}' },
  'jurisdiction.empty': {
    ja: '管轄の医療機関はまだありません。医療機関が「設定」で所管の保健所を選ぶか、システム管理者が `mamori jurisdiction add` で登録します。',
    en: 'No institutions yet. An institution chooses its public health center in its settings, or a system administrator adds it with `mamori jurisdiction add`.',
  },
  'jurisdiction.open': { ja: '一覧を開く', en: 'Open the list' },
  'jurisdiction.noMatch': { ja: '条件に合う医療機関はありません。', en: 'No institution matches.' },
  'jurisdiction.col.name': { ja: '名称', en: 'Name' },
  'jurisdiction.col.kind': { ja: '種別', en: 'Kind' },
  'jurisdiction.col.prefecture': { ja: '都道府県', en: 'Prefecture' },
  'jurisdiction.col.code': { ja: '医療機関コード', en: 'Institution code' },
  'jurisdiction.col.beds': { ja: '病床数', en: 'Beds' },
  'jurisdiction.col.since': { ja: '登録', en: 'Since' },
  'jurisdiction.col.submission': { ja: '事前送付 ({year})', en: 'Submission ({year})' },
  'jurisdiction.notSubmitted': { ja: '未提出', en: 'Not submitted' },
  'jurisdiction.ready': { ja: '手引きの不足なし', en: 'Ready by the guide' },
  'jurisdiction.gaps': { ja: '不足 {count} 件', en: '{count} gaps' },
  'jurisdiction.via.admin': { ja: 'システム管理者が登録', en: 'Added by a system administrator' },
  'jurisdiction.via.institution': { ja: '医療機関が選択', en: 'Chosen by the institution' },
  'submissions.title': { ja: '事前送付 (保健所への提出)', en: 'Submissions to the public health center' },
  'submissions.lead': {
    ja: '立入検査の前に、年度の様式 (回答、事業者確認用、連絡体制図、手引きによる準備状況) を所管の保健所へ提出します。提出した時点の内容が固定され、あとで変えたときは、もう一度提出します (前の提出も残ります)。',
    en: 'Before the inspection, submit the year’s forms (answers, vendors’ forms, contact chart, readiness by the guide) to your public health center. What you submit is frozen; after a change, submit again (earlier submissions are kept).',
  },
  'submissions.submit': { ja: '{year}の様式を事前送付する', en: 'Submit the forms of {year}' },
  'submissions.confirm': {
    ja: '{year}の様式を、いまの内容で所管の保健所へ提出します。よろしいですか?',
    en: 'Submit the forms of {year} as they are now to your public health center?',
  },
  'submissions.done': { ja: '{office} へ事前送付しました ({no} 回目)。', en: 'Submitted to {office} (number {no}).' },
  'submissions.empty': { ja: 'まだ提出していません。', en: 'Nothing submitted yet.' },
  'submissions.col.year': { ja: '年度', en: 'Fiscal year' },
  'submissions.col.no': { ja: '回', en: 'No.' },
  'submissions.col.at': { ja: '提出日時', en: 'Submitted' },
  'submissions.col.by': { ja: '提出した人', en: 'By' },
  'submissions.col.ready': { ja: '手引きによる不足', en: 'Gaps by the guide' },
  'submissions.col.sha': { ja: 'sha256 (先頭)', en: 'sha256 (start)' },
  'oversight.title': { ja: '所管の保健所', en: 'Public health center' },
  'oversight.lead': {
    ja: '立入検査を行う保健所を選びます。選んだ保健所には、この医療機関の名称・種別・医療機関コード・病床数が見えます (台帳や回答は見えません)。',
    en: 'Choose the public health center that inspects this institution. It sees this institution’s name, kind, code and beds (not its ledgers or answers).',
  },
  'oversight.current': { ja: '現在: {office}', en: 'Now: {office}' },
  'oversight.none': { ja: '未選択', en: 'None chosen' },
  'oversight.prefectureOffice': { ja: '都道府県: {office}', en: 'Prefecture: {office}' },
  'oversight.choose': { ja: '保健所', en: 'Public health center' },
  'oversight.noChoice': { ja: '(選ばない)', en: '(none)' },
  'oversight.noCenters': {
    ja: '保健所がまだ Mamori に登録されていません。システム管理者が保健所を登録すると選べます。',
    en: 'No public health center is registered in Mamori yet. A system administrator registers them.',
  },
  'oversight.save': { ja: '保存', en: 'Save' },
  'oversight.saved': { ja: '所管の保健所を保存しました。', en: 'The public health center was saved.' },
} satisfies Dict);
