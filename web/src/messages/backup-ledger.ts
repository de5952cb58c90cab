// The バックアップ台帳 screens: the systems' backups, one system's backup with its problems (each with
// whose rule it is), its restore tests and history. Field labels are the domain's (domain/backups/ledger.ts).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const backupLedger = register({
  'backupLedger.title': { ja: 'バックアップ台帳', en: 'Backup ledger' },
  'backupLedger.lead': {
    ja: 'システムごとに、何を・どの頻度で・どこにバックアップしているか、オフラインまたは改ざんできないコピーがあるか、復旧の手順と順番、復旧テストの結果を記録します。ランサムウェアの被害では、システムとつながっていたバックアップも暗号化されています。',
    en: 'For each system: what is backed up, how often and where, whether one copy is offline or immutable, the restore procedure and order, and the restore tests. In ransomware attacks, backups connected to the system were encrypted with it.',
  },
  'backupLedger.empty': {
    ja: 'まだシステムのバックアップが登録されていません。電子カルテなど、システムごとにバックアップの方法と復旧手順を登録します。',
    en: 'No system backups registered yet. Register, for each system (the electronic medical record first), how it is backed up and how it is restored.',
  },
  'backupLedger.export': { ja: '書き出し:', en: 'Export:' },
  'backupLedger.card': {
    ja: '緊急時カード (初動の手順と連絡先を A4 1 枚に):',
    en: 'Emergency card (first steps and contacts on one A4 page):',
  },
  'backupLedger.cardPrint': { ja: '印刷', en: 'Print' },
  'backupLedger.cardPdf': { ja: 'PDF', en: 'PDF' },
  'backupLedger.cardHint': {
    ja: '攻撃を受けた日はネットワークを切り、Mamori も開けないことがあります。前もって印刷し、電話のそばに置いてください。',
    en: 'On the day of an attack the network may be cut and Mamori unreachable: print it in advance and keep it by the phone.',
  },
  'backupLedger.exportCsv': { ja: 'CSV (UTF-8)', en: 'CSV (UTF-8)' },
  'backupLedger.exportSjis': { ja: 'CSV (Shift_JIS)', en: 'CSV (Shift_JIS)' },
  'backupLedger.exportXlsx': { ja: 'Excel', en: 'Excel' },
  'backupLedger.add': { ja: 'システムのバックアップを登録', en: "Register a system's backup" },
  'backupLedger.edit': { ja: '登録内容を変更する', en: 'Change the entry' },
  'backupLedger.editTitle': { ja: '「{name}」のバックアップを変更', en: 'Change the backup of “{name}”' },
  'backupLedger.saved': { ja: '「{name}」のバックアップを保存しました。', en: 'Saved the backup of “{name}”.' },
  'backupLedger.save': { ja: '保存する', en: 'Save' },
  'backupLedger.close': { ja: '閉じる', en: 'Close' },
  'backupLedger.reload': { ja: '最新の内容を読み込む', en: 'Load the latest entry' },
  'backupLedger.back': { ja: 'バックアップ台帳に戻る', en: 'Back to the backup ledger' },

  'backupLedger.col.system': { ja: 'システム', en: 'System' },
  'backupLedger.col.scope': { ja: '対象', en: 'What' },
  'backupLedger.col.frequency': { ja: '頻度', en: 'How often' },
  'backupLedger.col.places': { ja: '保管場所', en: 'Where' },
  'backupLedger.col.isolation': { ja: 'オフライン・改ざんできないコピー', en: 'Offline / immutable copy' },
  'backupLedger.col.lastTest': { ja: '最後の復旧テスト', en: 'Last restore test' },
  'backupLedger.col.nextDue': { ja: '次の復旧テスト', en: 'Next restore test' },
  'backupLedger.col.problems': { ja: '問題', en: 'Problems' },
  'backupLedger.generations': { ja: '{count} 世代', en: '{count} generations' },
  'backupLedger.notRecorded': { ja: '未記録', en: 'Not recorded' },
  'backupLedger.notTested': { ja: '記録なし', en: 'None recorded' },
  'backupLedger.overdue': { ja: '期限切れ', en: 'Overdue' },
  'backupLedger.noProblems': { ja: '問題なし', en: 'No problem' },
  'backupLedger.problemCount': { ja: '{count} 件', en: '{count}' },

  'backupLedger.flag.yes': { ja: 'あり', en: 'Yes' },
  'backupLedger.flag.no': { ja: 'なし', en: 'No' },
  'backupLedger.flag.unknown': { ja: '未確認', en: 'Not checked' },

  'backupLedger.source.guide': { ja: '手引き', en: 'Inspection guide' },
  'backupLedger.source.training': { ja: '厚生労働省の研修資料', en: 'MHLW training material' },
  'backupLedger.source.mamori': { ja: 'Mamori の目安', en: "Mamori's own threshold" },
  'backupLedger.sourceOf': { ja: '基準: {source}', en: 'Rule: {source}' },

  'backupLedger.hint.systemName': { ja: '例: 電子カルテ、医事会計システム、PACS', en: 'e.g. electronic medical record, billing, PACS' },
  'backupLedger.hint.vendorName': {
    ja: '復旧を担当する事業者 (院内で行うときは空欄)',
    en: 'The vendor that restores it (empty when done in house)',
  },
  'backupLedger.hint.method': {
    ja: '例: NAS へ毎晩差分、週 1 回テープへ全体',
    en: 'e.g. nightly incremental to a NAS, weekly full to tape',
  },
  'backupLedger.hint.generations': { ja: '1 以上の整数 (空欄: 未確認)', en: 'A whole number, 1 or more (empty: not checked)' },
  'backupLedger.hint.restoreOrder': { ja: '1 = 最初に復旧するシステム', en: '1 = restored first' },
  'backupLedger.hint.recoveryHours': {
    ja: '止まってから使えるようになるまでの目標 (時間)',
    en: 'Target hours until the system is usable again',
  },
  'backupLedger.hint.isolation': {
    ja: 'ネットワークから切り離した媒体 (テープ、取り外した外付けディスク) や、一定期間は変更・削除できない保管',
    en: 'Media cut off from the network (tape, an unplugged disk) or storage that cannot be changed or deleted for a period',
  },
  'backupLedger.hint.restoreProcedure': {
    ja: '手順そのもの、または手順書の所在 (BCP の何ページ など)。手順書のファイルは下で選べます。',
    en: 'The steps, or where the procedure is written (e.g. the BCP page). Its file can be chosen below.',
  },

  'backupLedger.evidenceNone': { ja: '(ファイルを選ばない)', en: '(no file)' },
  'backupLedger.evidenceHint': { ja: '証跡ファイルに登録したファイルから選びます。', en: 'Chosen from the evidence files.' },
  'backupLedger.evidenceMissing': { ja: '(削除されたファイル)', en: '(file deleted)' },
  'backupLedger.upload': { ja: '証跡ファイルを登録する', en: 'Upload an evidence file' },
  'backupLedger.uploadHint': {
    ja: '選ぶファイルがまだないときは、ここで証跡ファイルに登録してから上で選びます。',
    en: 'If the file is not there yet, upload it to the evidence files here, then choose it above.',
  },
  'backupLedger.uploadFile': { ja: '登録するファイル', en: 'File to upload' },

  'backupLedger.facts': { ja: '登録内容', en: 'Entry' },
  'backupLedger.updatedAt': { ja: '最終更新', en: 'Last changed' },
  'backupLedger.nextDueRule': { ja: '{date} まで (12 か月ごと)', en: 'by {date} (every 12 months)' },

  'backupLedger.problems': { ja: '問題', en: 'Problems' },
  'backupLedger.problemsNone': { ja: 'このシステムのバックアップに問題は見つかっていません。', en: 'No problems found with this backup.' },
  'backupLedger.problemsRetired': {
    ja: '状態が廃棄のシステムは、問題を確認しません。',
    en: 'A retired system is not checked for problems.',
  },
  'backupLedger.problemsNote': {
    ja: '問題ごとに、どの基準によるかを示します。「手引き」は立入検査の手引き、「厚生労働省の研修資料」は同省の研修資料の記載、「Mamori の目安」は Mamori 独自の目安で、検査の基準ではありません。',
    en: 'Each problem says whose rule it is: the inspection guide, the MHLW training material, or Mamori’s own threshold, which is not an inspection rule.',
  },

  'backupLedger.tests': { ja: '復旧テスト', en: 'Restore tests' },
  'backupLedger.testsEmpty': { ja: 'まだ復旧テストの記録はありません。', en: 'No restore test recorded yet.' },
  'backupLedger.testsNote': {
    ja: '記録した復旧テストは変更できません。誤りがあったときは、正しい内容で新しく記録してください (最新の記録が台帳に反映されます)。',
    en: 'A recorded restore test cannot be changed. To correct one, record it again with the right values (the latest record counts).',
  },
  'backupLedger.test.testedOn': { ja: '実施日', en: 'Date' },
  'backupLedger.test.target': { ja: '復旧した対象', en: 'Restored' },
  'backupLedger.test.generation': { ja: '世代', en: 'Generation' },
  'backupLedger.test.duration': { ja: 'かかった時間', en: 'Time taken' },
  'backupLedger.test.result': { ja: '結果', en: 'Result' },
  'backupLedger.test.problems': { ja: 'わかった問題', en: 'Problems found' },
  'backupLedger.test.tester': { ja: '実施した人', en: 'Tested by' },
  'backupLedger.test.evidence': { ja: '証跡', en: 'Evidence' },
  'backupLedger.minutes': { ja: '{minutes} 分', en: '{minutes} min' },
  'backupLedger.recordedBy': { ja: '{who} が記録', en: 'recorded by {who}' },
  'backupLedger.record': { ja: '復旧テストを記録する', en: 'Record a restore test' },
  'backupLedger.recordSave': { ja: '記録する', en: 'Record' },
  'backupLedger.recorded': { ja: '復旧テスト ({date}) を記録しました。', en: 'Recorded the restore test of {date}.' },
  'backupLedger.chooseResult': { ja: '選んでください', en: 'Choose' },
  'backupLedger.hint.testedOn': { ja: '例: 2026-05-20 または 令和8年5月20日', en: 'e.g. 2026-05-20 or 令和8年5月20日' },
  'backupLedger.hint.target': { ja: '例: 電子カルテのデータベースを検証用サーバへ', en: 'e.g. the EMR database onto a test server' },
  'backupLedger.hint.generation': { ja: '例: 前日分、1 週間前のテープ', en: 'e.g. last night’s, the tape of a week ago' },
  'backupLedger.hint.duration': { ja: '分 (整数)', en: 'Minutes (whole number)' },

  'backupLedger.history': { ja: '変更の履歴', en: 'History of changes' },
  'backupLedger.historyEmpty': { ja: '履歴はありません。', en: 'No history.' },
  'backupLedger.history.when': { ja: '日時', en: 'When' },
  'backupLedger.history.who': { ja: '操作した人', en: 'Who' },
  'backupLedger.history.what': { ja: '操作', en: 'What' },
  'backupLedger.history.changes': { ja: '内容', en: 'Details' },
  'backupLedger.history.file': { ja: '(ファイル)', en: '(file)' },
} satisfies Dict);
