// The confirmations with maintenance vendors (checklist 2(2)) on the 外部接続点 screen, and what a
// suggestion cannot know.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const maintenance = register({
  'suggest.cannotTell': { ja: '確認できないこと:', en: 'What the ledgers cannot tell:' },
  'maintenance.title': { ja: '保守事業者へのリモートメンテナンスの確認', en: 'Remote maintenance confirmed with each vendor' },
  'maintenance.lead': {
    ja: 'チェックリストの「リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した」は、保守事業者ごとに、誰が、事業者の誰に、いつ確認し、何に記録したかを残して「はい」にできます。機器台帳の保守事業者と外部接続点の事業者を一覧にしています。',
    en: 'The checklist item on remote maintenance is answered yes when, for each maintenance vendor, you record who asked whom at the vendor, when, and where it is documented. Vendors come from the device ledger and the connection points.',
  },
  'maintenance.empty': {
    ja: '機器台帳の保守事業者の欄にも、外部接続点の事業者の欄にも事業者がありません。事業者と契約していない場合、この項目は記入不要です。',
    en: 'No vendor is named in the device ledger or the connection points. Without a vendor contract the item need not be answered.',
  },
  'maintenance.col.vendor': { ja: '保守事業者', en: 'Vendor' },
  'maintenance.col.seen': { ja: '台帳での対象', en: 'In the ledgers' },
  'maintenance.col.confirmation': { ja: '確認の記録', en: 'Confirmation' },
  'maintenance.col.action': { ja: '操作', en: 'Action' },
  'maintenance.seen': { ja: '機器 {devices} 台 / 外部接続点 {points} 件', en: '{devices} devices / {points} connection points' },
  'maintenance.remoteSeen': { ja: '(リモート保守の形跡 {count} 件)', en: '({count} signs of remote maintenance)' },
  'maintenance.none': { ja: '記録なし', en: 'Not recorded' },
  'maintenance.summary': {
    ja: '{date} {by} が {contact} に確認 ({documented})',
    en: '{date}: {by} asked {contact} ({documented})',
  },
  'maintenance.found': { ja: '回答: リモート保守している機器あり', en: 'Answer: some devices are maintained remotely' },
  'maintenance.notFound': { ja: '回答: リモート保守している機器なし', en: 'Answer: no device is maintained remotely' },
  'maintenance.record': { ja: '確認を記録', en: 'Record' },
  'maintenance.edit': { ja: '確認を編集', en: 'Edit' },
  'maintenance.recordOf': { ja: '{name} への確認を記録', en: 'Record the confirmation with {name}' },
  'maintenance.others': { ja: '台帳にない事業者の記録: {names}', en: 'Records of vendors no longer in the ledgers: {names}' },
  'maintenance.form.title': { ja: '{name} へのリモートメンテナンスの確認', en: 'Remote maintenance confirmed with {name}' },
  'maintenance.form.remoteFound': { ja: '事業者の回答', en: 'The vendor’s answer' },
  'maintenance.form.choose': { ja: '(選んでください)', en: '(choose)' },
  'maintenance.form.remoteFoundMissing': {
    ja: 'リモートメンテナンスしている機器の有無を選んでください',
    en: 'Choose whether any device is maintained remotely',
  },
  'maintenance.form.found': { ja: 'リモートメンテナンスしている機器がある', en: 'Some devices are maintained remotely' },
  'maintenance.form.notFound': { ja: 'リモートメンテナンスしている機器はない', en: 'No device is maintained remotely' },
  'maintenance.form.confirmedBy': { ja: '確認した人', en: 'Confirmed by' },
  'maintenance.form.vendorContact': { ja: '事業者の担当者', en: 'Contact at the vendor' },
  'maintenance.form.confirmedOn': { ja: '確認した日', en: 'Date confirmed' },
  'maintenance.form.dateHint': { ja: '例: 2026-11-01 または 令和8年11月1日', en: 'e.g. 2026-11-01 or 令和8年11月1日' },
  'maintenance.form.documentedAs': { ja: '記録の種類', en: 'Documented in' },
  'maintenance.form.documentedHint': {
    ja: '作業報告書、メール、議事録など。確認したことが後から分かる記録を書きます。',
    en: 'A work report, an e-mail, minutes… the record that shows it was confirmed.',
  },
  'maintenance.form.note': { ja: '備考 (記録の保管場所・件名など)', en: 'Note (where the record is kept, its subject…)' },
  'maintenance.form.save': { ja: '記録する', en: 'Save' },
  'maintenance.form.cancel': { ja: '閉じる', en: 'Close' },
  'maintenance.saved': { ja: '{name} への確認を記録しました。', en: 'Recorded the confirmation with {name}.' },
} satisfies Dict);
