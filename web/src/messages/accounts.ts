// The 利用者台帳: the systems whose accounts are kept, an Active Directory import, the accounts.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const accounts = register({
  'accounts.title': { ja: '利用者台帳', en: 'Account register' },
  'accounts.lead': {
    ja: 'システムごとのアカウントの一覧です。Windows ドメインのアカウントは Active Directory の出力 (Get-ADUser … | Export-Csv) から取り込めます。退職者・長く使われていないアカウントの確認、棚卸し、ログの管理はこれから加わります。',
    en: 'The accounts of each system. A Windows domain’s accounts are imported from an Active Directory export (Get-ADUser … | Export-Csv). Leavers, dormant accounts, reviews and log management are still to come.',
  },
  'accounts.systems': { ja: 'システム', en: 'Systems' },
  'accounts.noSystems': {
    ja: 'システムはまだ登録されていません。まず「Windows ドメイン」などのシステムを登録してください。',
    en: 'No system yet. Add one first, e.g. the Windows domain.',
  },
  'accounts.col.system': { ja: 'システム', en: 'System' },
  'accounts.col.source': { ja: 'アカウントの出どころ', en: 'Accounts from' },
  'accounts.col.count': { ja: 'アカウント数', en: 'Accounts' },
  'accounts.open': { ja: '{name} のアカウントを見る', en: 'Show the accounts of {name}' },
  'accounts.add': { ja: 'システムを登録', en: 'Add a system' },
  'accounts.name': { ja: 'システム名', en: 'System name' },
  'accounts.source': { ja: 'アカウントの出どころ', en: 'Accounts come from' },
  'accounts.save': { ja: '登録する', en: 'Add' },
  'accounts.added': { ja: '{name} を登録しました', en: '{name} added' },
  'accounts.accountsOf': { ja: '{name} のアカウント', en: 'Accounts of {name}' },
  'accounts.noAccounts': { ja: 'アカウントはまだありません。', en: 'No accounts yet.' },
  'accounts.col.id': { ja: 'ID', en: 'ID' },
  'accounts.col.name': { ja: '氏名', en: 'Name' },
  'accounts.col.department': { ja: '所属', en: 'Department' },
  'accounts.col.kind': { ja: '種類', en: 'Kind' },
  'accounts.col.status': { ja: '状態', en: 'Status' },
  'accounts.col.lastLogon': { ja: '最終ログオン (AD は最大14日遅れ)', en: 'Last logon (AD: up to 14 days late)' },
  'accounts.col.password': { ja: 'パスワード', en: 'Password' },
  'accounts.col.admin': { ja: '管理者', en: 'Admin' },
  'accounts.never': { ja: 'なし', en: 'never' },
  'accounts.neverExpires': { ja: '無期限', en: 'never expires' },
  'accounts.yes': { ja: 'はい', en: 'yes' },
  'accounts.unknown': { ja: '不明', en: 'unknown' },
  'accounts.import': { ja: 'Active Directory から取り込む', en: 'Import from Active Directory' },
  'accounts.importLead': {
    ja: 'Get-ADUser -Filter * -Properties * | Export-Csv で出力したファイルを選んでください (UTF-16・UTF-8・Shift_JIS、#TYPE の行があっても読めます)。確認してから取り込みます。問題のある行が 1 行でもあれば何も取り込みません。',
    en: 'Choose the file written by Get-ADUser -Filter * -Properties * | Export-Csv (UTF-16, UTF-8 or Shift_JIS; a #TYPE line is fine). Check it, then import: nothing is imported while any row has a problem.',
  },
  'accounts.file': { ja: 'ファイル', en: 'File' },
  'accounts.check': { ja: '確認する', en: 'Check' },
  'accounts.store': { ja: '取り込む', en: 'Import' },
  'accounts.summary': {
    ja: '新しいアカウント {create} 件、変わるアカウント {update} 件、変わらないアカウント {unchanged} 件。ファイルにない登録済みのアカウント {notInFile} 件 (変更しません)。',
    en: '{create} new, {update} changed, {unchanged} unchanged. {notInFile} stored accounts are not in the file (left as they are).',
  },
  'accounts.kinds': {
    ja: 'ファイルの内訳: 個人 {person}、コンピューター {computer}、サービス {service}、ビルトイン {builtin}',
    en: 'In the file: {person} people, {computer} computers, {service} service, {builtin} built-in',
  },
  'accounts.problems': { ja: '次の問題を直すまで取り込めません:', en: 'Fix these before importing:' },
  'accounts.problem': { ja: '{row} 行目 {column}: {message}', en: 'Row {row}, {column}: {message}' },
  'accounts.done': { ja: '取り込みました (新しい {create} 件、変更 {update} 件)', en: 'Imported ({create} new, {update} changed)' },
  'accounts.nothing': {
    ja: '登録済みの内容と同じです。取り込むものはありません。',
    en: 'Nothing changes: the file matches what is stored.',
  },
} satisfies Dict);
