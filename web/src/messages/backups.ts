// Mamori's own automatic backups (system administration).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const backups = register({
  'backups.title': { ja: 'Mamori のバックアップ', en: "Mamori's own backups" },
  'backups.lead': {
    ja: 'Mamori は自分のデータ (台帳、回答、証跡ファイル、監査ログ) を決まった間隔で自動的にバックアップします。保存先は複数にでき (例: このサーバーと外付けディスクやネットワーク ドライブ)、保存先ごとに新しいものから決まった世代数を残します。ランサムウェアに備えて、1 つはふだん切り離しておける場所にしてください。',
    en: 'Mamori backs up its own data (ledgers, answers, evidence files, audit trail) automatically at a fixed interval. There may be several folders (for example this server and a removable or network drive); each keeps the newest backups up to a number of generations. Against ransomware, make one of them a place that can be kept disconnected.',
  },
  'backups.status': { ja: '状態', en: 'Status' },
  'backups.status.off': { ja: '停止中 (保存先が設定されていません)', en: 'Off (no folder configured)' },
  'backups.status.none': {
    ja: 'まだありません (起動の数分後に最初のバックアップを作ります)',
    en: 'None yet (the first is made a few minutes after the start)',
  },
  'backups.status.ok': { ja: '正常', en: 'OK' },
  'backups.status.stale': { ja: '最後のバックアップが古すぎます', en: 'The last backup is too old' },
  'backups.status.failing': { ja: '直近のバックアップに失敗した保存先があります', en: 'The last backup failed in a folder' },
  'backups.last': { ja: '最後のバックアップ', en: 'Last backup' },
  'backups.never': { ja: 'なし', en: 'None' },
  'backups.schedule': { ja: '間隔と世代', en: 'Interval and generations' },
  'backups.scheduleValue': { ja: '{hours} 時間ごと、保存先ごとに {keep} 世代', en: 'Every {hours} hours, {keep} per folder' },
  'backups.settingsHint': {
    ja: '設定はサーバーの環境変数で変えます: MAMORI_BACKUP_DIRS (保存先。複数は「:」で区切る。off で停止)、MAMORI_BACKUP_EVERY_HOURS (間隔、既定 24)、MAMORI_BACKUP_KEEP (世代数、既定 7)。',
    en: "Settings are the server's environment variables: MAMORI_BACKUP_DIRS (folders, separated by “:”; off to stop), MAMORI_BACKUP_EVERY_HOURS (interval, default 24), MAMORI_BACKUP_KEEP (generations, default 7).",
  },
  'backups.folders': { ja: '保存先', en: 'Folders' },
  'backups.col.dir': { ja: 'フォルダ', en: 'Folder' },
  'backups.col.last': { ja: '最後のバックアップ', en: 'Last backup' },
  'backups.col.error': { ja: '失敗の理由', en: 'Why it failed' },
  'backups.foldersNone': { ja: '保存先がありません。', en: 'No folder.' },
  'backups.lastError': { ja: '最後の失敗 ({at})', en: 'Last failure ({at})' },
  'backups.runNow': { ja: '今すぐバックアップ', en: 'Back up now' },
  'backups.running': { ja: 'バックアップを作成中…', en: 'Backing up…' },
  'backups.done': { ja: 'バックアップを作成しました。', en: 'Backup made.' },
  'backups.failed': {
    ja: 'バックアップを作成できなかった保存先があります。表を確かめてください。',
    en: 'The backup failed in a folder: see the table.',
  },
  'backups.restoreTest': {
    ja: '復元できるかの確認 (復元テスト): サーバーで「mamori backup verify ファイル」を実行すると、バックアップを一時的なデータベースに復元して、すべてのテーブルの行数と監査ログを確かめます (この環境は変更しません)。鍵ファイル (mamori.key) はバックアップに含まれないので、別の安全な場所に控えを保管してください。',
    en: 'Whether it restores (restore test): run “mamori backup verify FILE” on the server; it restores the backup into a temporary database and checks every table’s rows and the audit trail (this installation is not changed). The key file (mamori.key) is not in backups: keep a copy in another safe place.',
  },
  'backups.verification': { ja: '復元テスト', en: 'Restore test' },
  'backups.verifiedOk': { ja: '{at} に {by} が確かめました: 復元できます。', en: 'Checked on {at} by {by}: it restores.' },
  'backups.verifiedNg': { ja: '{at} に {by} が確かめました: 復元できません。', en: 'Checked on {at} by {by}: it does not restore.' },
  'backups.verifiedNone': {
    ja: 'まだ復元テストをしていません。バックアップは、復元できることを確かめて初めて役に立ちます。',
    en: 'No restore test yet. A backup helps only once it is known to restore.',
  },
  'backups.verifiedFile': { ja: 'ファイル', en: 'File' },
  'backups.verifiedMade': { ja: '{at} 作成', en: 'made {at}' },
  'backups.verifiedRows': { ja: '復元した内容', en: 'Restored' },
  'backups.verifiedRowsValue': { ja: '{tables} テーブル、{rows} 行', en: '{tables} tables, {rows} rows' },
} satisfies Dict);
