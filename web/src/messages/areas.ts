// Messages of the organisation's areas: those still to come (described honestly) and evidence files.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const areas = register({
  'area.planned': { ja: 'この機能は今後のリリースで提供します', en: 'This feature will come in a later release' },
  'area.checklist.title': { ja: 'チェックリスト', en: 'Checklist' },
  'area.checklist.description': {
    ja: '厚生労働省「医療機関におけるサイバーセキュリティ対策チェックリスト」に年度ごとに回答します。項目ごとに 1回目・2回目の はい/いいえ と確認日、いいえ の項目の目標日を記録し、立入検査の手引きに沿って足りないところを示し、公式の様式で印刷・出力できるようにします。',
    en: 'Answer the MHLW cybersecurity checklist for medical institutions each fiscal year: first and second yes/no with dates, and a target date for every "no". Gaps are named by the inspection guide’s rules, and the forms print in the official layout.',
  },
  'area.devices.title': { ja: '機器台帳', en: 'Device register' },
  'area.devices.description': {
    ja: 'サーバ・端末PC・ネットワーク機器・医療機器を、手引きの 12 項目 (管理番号、メーカー、OS、ソフトウェア、IPアドレス、設置場所、利用者など) と、保守事業者、リモート保守、サポート終了日、最終パッチ適用日とともに管理します。CSV や Excel からの取り込みにも対応します。',
    en: 'Servers, PCs, network and medical devices with the manual’s 12 columns (asset number, maker, OS, software, IP address, location, user …) plus vendor, remote maintenance, end of support and last patch. Imports from CSV and Excel.',
  },
  'area.connections.title': { ja: '外部接続点', en: 'External connection points' },
  'area.connections.description': {
    ja: '保守用 VPN、回線、閉域網、インターネット、リモートデスクトップ、クラウドなど、外部とのすべての接続を、機器、事業者、目的、接続元の制限、認証 (二要素認証)、ファームウェア、最終確認日とともに記録します。攻撃の入口になりやすい箇所を見落とさないための台帳です。',
    en: 'Every connection to the outside — maintenance VPN, lines, closed networks, internet, RDP, cloud — with device, vendor, purpose, source restriction, authentication (MFA), firmware and last check: the register of the doors attackers use.',
  },
  'area.accounts.title': { ja: '利用者台帳', en: 'System account register' },
  'area.accounts.description': {
    ja: '医療情報システムごとの利用者アカウント (職種、部署、管理者権限、共有アカウント、最終ログオン、退職日、二要素認証) を記録し、退職者の一覧と突き合わせて定期的な棚卸しを行います。',
    en: 'The user accounts of each medical information system (job, department, admin rights, shared accounts, last logon, leave date, MFA), reconciled against the leavers list in periodic reviews.',
  },
  'area.vendors.title': { ja: '事業者', en: 'Vendors' },
  'area.vendors.description': {
    ja: '医療情報システムを提供・保守する事業者ごとに、契約、提供システム、24 時間の連絡先、リモート保守の確認、MDS/SDS の受領状況、事業者確認用チェックリストの回答を管理します。',
    en: 'For each vendor of a medical information system: contract, systems provided, 24-hour contacts, remote maintenance, MDS/SDS received, and their vendor checklist.',
  },
  'area.contacts.title': { ja: '連絡体制図', en: 'Incident contact chart' },

  'evidence.title': { ja: '証跡ファイル', en: 'Evidence files' },
  'evidence.lead': {
    ja: 'チェックリストの回答や台帳の裏付けとなる文書 (規程・手順書、契約書、MDS/SDS、会議の議事録、画面の写しなど) を保管します。',
    en: 'Documents that back up checklist answers and registers: policies, procedures, contracts, MDS/SDS, meeting minutes, screenshots.',
  },
  'evidence.uploadTitle': { ja: 'ファイルを登録', en: 'Upload a file' },
  'evidence.file': { ja: 'ファイル', en: 'File' },
  'evidence.fileHint': {
    ja: '1 ファイル {mb} MB まで。PDF、画像 (PNG・JPEG・HEIC など)、マクロなしの Office 文書 (Word・Excel・PowerPoint)、テキスト、CSV、それらをまとめた ZIP を登録できます。プログラムやマクロ付きの文書は登録できません。',
    en: 'Up to {mb} MB per file: PDF, images (PNG, JPEG, HEIC …), Office documents without macros (Word, Excel, PowerPoint), text, CSV, or a ZIP of these. Programs and documents with macros are refused.',
  },
  'evidence.description': { ja: '説明', en: 'Description' },
  'evidence.descriptionHint': {
    ja: '任意。何の証跡かを書いておくと後で探しやすくなります (500 文字まで)。',
    en: 'Optional: what it proves (up to 500 characters).',
  },
  'evidence.upload': { ja: 'アップロード', en: 'Upload' },
  'evidence.progress': { ja: 'アップロード中… {percent}%', en: 'Uploading… {percent}%' },
  'evidence.uploaded': { ja: '「{name}」を登録しました。', en: 'Uploaded {name}.' },
  'evidence.chooseFile': { ja: 'ファイルを選択してください', en: 'Choose a file' },
  'evidence.tooLarge': { ja: 'ファイルが大きすぎます (上限 {mb} MB)', en: 'The file is too large (limit {mb} MB)' },
  'evidence.list': { ja: '登録済みのファイル', en: 'Stored files' },
  'evidence.empty': { ja: 'まだファイルはありません。', en: 'No files yet.' },
  'evidence.fileName': { ja: 'ファイル名', en: 'File name' },
  'evidence.size': { ja: 'サイズ', en: 'Size' },
  'evidence.uploadedAt': { ja: '登録日時 (JST)', en: 'Uploaded (JST)' },
  'evidence.hash': { ja: 'SHA-256', en: 'SHA-256' },
  'evidence.downloadOf': { ja: '{name} をダウンロード', en: 'Download {name}' },
  'evidence.delete': { ja: '削除', en: 'Delete' },
  'evidence.deleteOf': { ja: '{name} を削除', en: 'Delete {name}' },
  'evidence.deleteTitle': { ja: 'ファイルを削除しますか?', en: 'Delete file?' },
  'evidence.deleteConfirm': {
    ja: '「{name}」を一覧から削除します。削除したことは監査ログに記録されます。',
    en: '{name} will be removed from the list. The deletion is recorded in the audit log.',
  },
  'evidence.deleted': { ja: '「{name}」を削除しました。', en: 'Deleted {name}.' },
} satisfies Dict);
