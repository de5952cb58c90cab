// The command table and the help text.
import type { CliValues } from '../main.ts';
import { accountsCommand, importAccountsCommand, importLeaversCommand, importLogonsCommand } from './accounts.ts';
import { adminCreateCommand } from './admin.ts';
import { assessmentStartCommand } from './assessment.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './audit.ts';
import { backupCommand, backupVerifyCommand, restoreCommand } from './backup.ts';
import { catalogImportCommand, catalogImportWorkbookCommand } from './catalog.ts';
import { checkCommand } from './check.ts';
import { exportConnectionsCommand, exportDevicesCommand, importDevicesCommand } from './devices.ts';
import { exportCommand } from './export.ts';
import { feedsLoadCommand, feedsUpdateCommand, findingsCommand } from './feeds.ts';
import { incidentExportCommand, incidentLogCommand, incidentStartCommand } from './incident.ts';
import { jurisdictionAddCommand, jurisdictionListCommand, jurisdictionRemoveCommand } from './jurisdiction.ts';
import { orgCreateCommand, orgListCommand } from './org.ts';
import { secretsRotateCommand } from './secrets.ts';
import { serveCommand } from './serve.ts';
import { submitCommand } from './submit.ts';
import { suggestCommand } from './suggest.ts';
import { userCreateCommand, userListCommand, userResetPasswordCommand } from './user.ts';
import { vendorCreateCommand, vendorInviteCommand, vendorListCommand, vendorRemindCommand, vendorRevokeCommand } from './vendor.ts';

export type Command = (values: CliValues, positionals: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  serve: serveCommand,
  'admin create': adminCreateCommand,
  'org create': orgCreateCommand,
  'org list': orgListCommand,
  'user create': userCreateCommand,
  'user list': userListCommand,
  'user reset-password': userResetPasswordCommand,
  'incident start': incidentStartCommand,
  'incident log': incidentLogCommand,
  'incident export': incidentExportCommand,
  'jurisdiction add': jurisdictionAddCommand,
  'jurisdiction remove': jurisdictionRemoveCommand,
  'jurisdiction list': jurisdictionListCommand,
  submit: submitCommand,
  'vendor list': vendorListCommand,
  'vendor create': vendorCreateCommand,
  'vendor invite': vendorInviteCommand,
  'vendor revoke': vendorRevokeCommand,
  'vendor remind': vendorRemindCommand,
  'audit verify': auditVerifyCommand,
  'audit checkpoint': auditCheckpointCommand,
  'secrets rotate': secretsRotateCommand,
  'catalog import': catalogImportCommand,
  'catalog import-workbook': catalogImportWorkbookCommand,
  'assessment start': assessmentStartCommand,
  check: checkCommand,
  suggest: suggestCommand,
  'feeds load': feedsLoadCommand,
  'feeds update': feedsUpdateCommand,
  findings: findingsCommand,
  export: exportCommand,
  'import devices': importDevicesCommand,
  'import accounts': importAccountsCommand,
  'import leavers': importLeaversCommand,
  'import logons': importLogonsCommand,
  accounts: accountsCommand,
  'export devices': exportDevicesCommand,
  'export connections': exportConnectionsCommand,
  backup: backupCommand,
  'backup verify': backupVerifyCommand,
  restore: restoreCommand,
};

export const usage = `使い方 / usage: mamori <command> [options]

  serve [--host H] [--port P]                 Web UI と API を起動 (既定 http://127.0.0.1:3000)
  admin create --login ID [--display-name N] [--password-stdin]
                                              システム管理者を作成 (初回セットアップ)
  org create --slug S --name N --kind hospital|clinic|pharmacy|midwifery|health-center|prefecture
             [--prefecture 東京都] [--address A] [--medical-code 0000000] [--beds N] [--require-mfa]
                                              組織を作成 (health-center: 保健所、prefecture: 都道府県の担当部署)
  org list
  jurisdiction add|remove --org 保健所のSLUG --institution 医療機関のSLUG
                                              医療機関を保健所・都道府県の管轄に加える / 外す
  jurisdiction list --org 保健所のSLUG         管轄の医療機関
  submit --org SLUG --fiscal-year YYYY       年度の様式を所管の保健所へ事前送付 (提出時点の内容を固定; 番号と sha256 を表示)
  user create --login ID [--display-name N] [--org SLUG --role admin|editor|viewer] [--system-admin] [--password-stdin]
  user list
  user reset-password --login ID [--reset-mfa]
  vendor list --org SLUG                      事業者台帳 (事業者と提供するシステム、リモート保守の確認)
  vendor create --org SLUG --name NAME [--system NAME [--kind emr|billing|pacs|lab|department|network|cloud|other]] [--note TEXT]
                                              事業者を登録 (株式会社などの表記違いは同じ会社)
  vendor invite --org SLUG --vendor NAME --fiscal-year YYYY [--system NAME] [--expires 30d] [--person NAME] [--email ADDRESS]
                                              事業者の担当者を招待し、事業者確認用に回答するリンクを表示する
  vendor revoke --org SLUG --invitation ID    招待を取り消す (リンクは使えなくなる)
  vendor remind --org SLUG [--every DAYS]     未使用のリンクや未提出の様式がある招待に催促メールを送る
                                              (前回から DAYS 日 (既定 7) 以上たったものだけ; 毎日の cron 向け)
  audit verify [--checkpoint FILE]            監査ログのチェーンを監査鍵で検証し、チェックポイントがあればその時点までの履歴と照合
                                              (改ざんがあれば終了コード 1)
  audit checkpoint --out FILE [--org SLUG]    署名付きのチェックポイントを保存 (Mamori の外に保管)
  secrets rotate                              TOTP の秘密鍵を暗号化する鍵を新しくし、すべて暗号化し直す
  assessment start --org SLUG --fiscal-year YYYY [--form institution|pharmacy|vendor] [--vendor NAME] [--system NAME]
                   [--from-year YYYY] [--no-vendor-contract]
                                              チェックリストの回答を始める (--from-year: その年度の回答を引き継ぐ)
  check --org SLUG --fiscal-year YYYY        立入検査の準備状況 (不足があれば終了コード 1)
  feeds load --kev FILE --eol DIR|FILE [--nvd FILE|DIR]
                                              脆弱性 (CISA KEV, NVD) とサポート期限 (endoflife.date) のデータをファイルから読み込み
  feeds update [--only kev|eol] [--kev-sha256 HEX]
                                              同じデータを公開元 (cisa.gov, endoflife.date) から取得して読み込み
  findings --org SLUG [--severity critical,high,medium,info]
                                              機器台帳・外部接続点の指摘 (悪用が知られた脆弱性、サポート終了、規則)
  suggest --org SLUG --fiscal-year YYYY     台帳から見た各項目の回答の目安 (はい / いいえ / 判断できない と理由)
  catalog import FILE [--dry-run]             チェックリストの新しい版 (catalog/*.json と同じ形式) を検証して追加し、元の版との違いを表示
  catalog import-workbook FILE.xlsx --fiscal-year YYYY --form institution|vendor [--dry-run]
                                              厚生労働省の公式ワークブックから様式を読み取り、行ごとの結果と違いを表示して版を追加
  export --org SLUG --fiscal-year YYYY --format csv|xlsx|pdf|pack --out FILE [--form institution|pharmacy|vendor] [--vendor NAME] [--encoding utf8|cp932]
                                              チェックリストの回答を書き出し (pack: その年度の全様式と連絡体制図を 1 つの PDF に)
  export --org SLUG --format emergency-card --out FILE.pdf
                                              緊急時カード (初動の手順・切り離す場所・連絡先・復旧の順番を A4 1 枚に) を書き出し
  incident start --org SLUG --title TEXT      インシデント対応を開始する (番号を表示)
  incident log --org SLUG --incident N --text TEXT [--at 10:15]
                                              経過を記録する (追記のみ; 時刻は日本時間、省略すると今)
  incident export --org SLUG --incident N --out FILE.pdf|FILE.txt
                                              インシデントの報告書を PDF またはテキストで書き出し
  import devices FILE --org SLUG [--format csv|xlsx|nmap|glpi] [--encoding auto|utf8|cp932] [--sheet NAME] [--dry-run] [--skip-invalid]
                                              機器台帳を CSV / Excel / nmap XML / GLPI JSON から取り込み (1 行でも取り込めなければ何も書き込まず終了コード 1)
  export devices|connections --org SLUG --format csv|xlsx [--encoding cp932] --out FILE
                                              機器台帳 / 外部接続点を書き出し
  import accounts FILE --org SLUG --system NAME [--create-system] [--format ad|csv|xlsx] [--encoding auto|utf8|cp932]
                     [--sheet NAME] [--dry-run] [--skip-invalid]
                                              利用者台帳: Active Directory の出力 (Get-ADUser … | Export-Csv) かシステムの利用者一覧を取り込み
                                              (1 行でも問題があれば何も書き込まず終了コード 1; --skip-invalid: 問題のある行を除いて取り込む;
                                              --create-system: システムがなければ登録)
  import leavers FILE --org SLUG [--format csv|xlsx] [--encoding auto|utf8|cp932] [--sheet NAME] [--dry-run]
                                              人事の退職者一覧を取り込み、退職日を過ぎても有効なアカウントを表示
  import logons FILE --org SLUG --system NAME [--utc-offset +09:00]
                                              Windows のログオン イベント (JSON Lines / Get-WinEvent の CSV / イベント ビューアーの CSV)
                                              を読み、アカウントごとの集計と所見を表示 (イベントそのものは残さない)
  accounts --org SLUG [--system NAME] [--filter leavers|dormant|admins|shared|nomfa]
                                              利用者台帳のアカウント (leavers: 退職日を過ぎても有効、dormant: 長く使われていない、
                                              admins: 管理者、shared: 共用、nomfa: 二要素認証なしで有効)
  backup --out FILE                           データベースと証跡ファイルを 1 ファイルに保存
  backup verify FILE                          バックアップの復元テスト: ファイルを検査し、一時データベースに復元して
                                              全テーブルの行数と監査ログを確かめる (この環境は変更しない; 復元できなければ終了コード 1)
  restore FILE                                空のデータベースへ復元

共通 / common:
  --data DIR     埋め込みデータベースのフォルダ (既定 ./data, 環境変数 MAMORI_DATA)
                 DATABASE_URL が設定されていれば PostgreSQL を使用
                 鍵ファイル (監査ログの鍵、チェックポイントの署名鍵、TOTP の暗号鍵) は <データフォルダ>/mamori.key
                 (環境変数 MAMORI_KEY_FILE)。バックアップには含まれないので、別に控えを保管してください。
                 MAMORI_AUDIT_KEY: 監査ログとチェックポイントの鍵をこの値から作る (複数のサーバーで共有するとき)
  --json         結果を JSON で出力
`;
