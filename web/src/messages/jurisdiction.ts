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
    ja: '事前送付 (年度の様式の提出) と、その準備状況の一覧は、まだ Mamori にありません。今後のリリースで、提出された様式をここで確認できるようにします。',
    en: 'Submissions of the year’s forms, and the overview of their readiness, are not in Mamori yet; a later release will show submitted forms here.',
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
  'jurisdiction.via.admin': { ja: 'システム管理者が登録', en: 'Added by a system administrator' },
  'jurisdiction.via.institution': { ja: '医療機関が選択', en: 'Chosen by the institution' },
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
