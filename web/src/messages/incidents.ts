// Incident mode: the incidents, starting one, an incident's first-response steps, what the ledgers say
// (where to cut, whom to call), the timeline, the affected, the report and closing; the home page's
// button and banner. The steps, entry kinds and statuses are the domain's (domain/incidents/incident.ts).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const incidents = register({
  'incidents.title': { ja: 'インシデント対応', en: 'Incident response' },
  'incidents.lead': {
    ja: 'サイバー攻撃が疑われたときの初動を、手順のチェックリストと経過の記録で支えます。記録は報告書 (印刷・PDF・テキスト) になり、厚生労働省や警察への報告に使えます。',
    en: 'First response when an attack is suspected: the first steps as a checklist and a timeline everyone adds to. The record becomes a report (print, PDF, text) for the ministry and the police.',
  },
  'incidents.start.title': { ja: 'インシデント対応を開始', en: 'Start incident response' },
  'incidents.start.what': { ja: '何が起きたか', en: 'What happened' },
  'incidents.start.hint': {
    ja: '一言で (例: 電子カルテの画面に脅迫文が表示され、ファイルが開けない)。開始した時刻と人が記録され、初動の手順と経過の記録の画面が開きます。',
    en: 'In a few words (e.g. a ransom note on the EMR screens, files cannot be opened). The time and who started are recorded, and the first steps and the timeline open.',
  },
  'incidents.start.submit': { ja: '対応を開始する', en: 'Start' },
  'incidents.started': { ja: 'インシデント {no} の対応を開始しました。', en: 'Incident {no} started.' },
  'incidents.list': { ja: 'これまでのインシデント', en: 'Incidents' },
  'incidents.col.no': { ja: '番号', en: 'No.' },
  'incidents.col.title': { ja: '何が起きたか', en: 'What happened' },
  'incidents.col.status': { ja: '状態', en: 'Status' },
  'incidents.col.started': { ja: '開始 (日本時間)', en: 'Started (JST)' },
  'incidents.by': { ja: '{who}', en: 'by {who}' },
  'incidents.empty': {
    ja: 'まだインシデントの記録はありません。インシデント対応は、サイバー攻撃が疑われたとき (画面に脅迫文が出た、ファイルが開けない・名前が変わった、見慣れない通信や操作に気付いた など) の初動のためのものです。ネットワークから切り離す・証拠を残す・連絡する といった手順を順に確かめ、誰がいつ何をしたかをチーム全員で記録します。',
    en: 'No incidents recorded yet. Incident mode is for the first response when an attack is suspected (a ransom note on screen, files that will not open or were renamed, unusual traffic or activity): go through the first steps — isolate, keep the evidence, call — and record together who did what, when.',
  },
  'incidents.card': {
    ja: '攻撃を受けた日は、ネットワークを切って Mamori を開けないこともあります。緊急時カード (初動の手順と連絡先、A4 1 枚) を前もって印刷し、電話のそばに置いてください:',
    en: 'On the day of an attack the network may be cut and Mamori unreachable. Print the emergency card (first steps and contacts, one A4 page) in advance and keep it by the phone:',
  },
  'incidents.cardPrint': { ja: '緊急時カードを印刷', en: 'Print the emergency card' },

  'incidents.detailTitle': { ja: 'インシデント {no}: {title}', en: 'Incident {no}: {title}' },
  'incidents.back': { ja: 'インシデント対応の一覧に戻る', en: 'Back to the incidents' },
  'incidents.startedLine': { ja: '開始 {at} ({who})', en: 'Started {at} JST ({who})' },
  'incidents.closedLine': { ja: '終了 {at} ({who})', en: 'Closed {at} JST ({who})' },
  'incidents.closedNotice': {
    ja: 'この対応は終了しています。手順・経過・影響を受けたものは変更できません。新たに起きたことは、新しいインシデントとして開始してください。',
    en: 'This incident is closed: its steps, timeline and affected list can no longer change. Start a new incident for anything new.',
  },
  'incidents.reload': { ja: '最新の状態を読み込む', en: 'Load the latest' },
  'incidents.reloadHint': {
    ja: 'ほかの人が記録した内容は、読み込み直すと表示されます。',
    en: 'What others recorded shows after loading again.',
  },
  'incidents.report': { ja: '報告書:', en: 'Report:' },
  'incidents.reportPrint': { ja: '印刷', en: 'Print' },
  'incidents.reportPdf': { ja: 'PDF', en: 'PDF' },
  'incidents.reportText': { ja: 'テキスト', en: 'Text' },
  'incidents.reportHint': {
    ja: 'テキストは厚生労働省・警察への報告に貼り付けられます。',
    en: 'The text can be pasted into the reports to the ministry and the police.',
  },

  'incidents.steps': { ja: '初動の手順', en: 'First steps' },
  'incidents.stepsLead': {
    ja: '済んだものから「済みにする」を押してください。誰がいつ済ませたかが記録され、経過にも残ります。',
    en: 'Mark each step done as it is done: who and when are recorded, in the timeline too.',
  },
  'incidents.stepsCount': { ja: '{done} / {total} 済', en: '{done} of {total} done' },
  'incidents.stepDone': { ja: '済', en: 'Done' },
  'incidents.stepNotDone': { ja: '未実施', en: 'Not done' },
  'incidents.stepDoneAt': { ja: '{at} {who}', en: '{at} JST, {who}' },
  'incidents.stepNote': { ja: '補足 (任意)', en: 'Note (optional)' },
  'incidents.stepNoteOf': { ja: '補足: {note}', en: 'Note: {note}' },
  'incidents.markDone': { ja: '済みにする', en: 'Mark done' },
  'incidents.stepMarked': { ja: '「{step}」を済みにしました。', en: 'Marked “{step}” done.' },

  'incidents.ledgers': { ja: '台帳から', en: 'From the ledgers' },
  'incidents.ledgersLead': {
    ja: '台帳に登録されている今の内容です。台帳が古ければ、実際の機器・接続を優先してください。',
    en: 'What the ledgers hold now. Where they are out of date, the real devices and lines come first.',
  },
  'incidents.cut': { ja: '切り離す場所', en: 'Where to cut' },
  'incidents.cutConnections': { ja: '外部接続点 (使用中)', en: 'External connection points in use' },
  'incidents.cutConnectionsNone': {
    ja: '使用中の外部接続点は台帳にありません。',
    en: 'No external connection point in use in the ledger.',
  },
  'incidents.cutBackups': { ja: 'オンラインのままのバックアップ', en: 'Backups still online' },
  'incidents.cutBackupsNone': {
    ja: 'オンラインのままのバックアップは台帳にありません。',
    en: 'No backup still online in the ledger.',
  },
  'incidents.deviceOf': { ja: '機器: {device}', en: 'Device: {device}' },
  'incidents.restoreOrder': { ja: '復旧 {order} 番目', en: 'Restore #{order}' },
  'incidents.call': { ja: '連絡する順番 (連絡体制図)', en: 'Whom to call, in order (contact chart)' },
  'incidents.callNone': { ja: '連絡体制図が登録されていません。', en: 'No contact chart registered.' },
  'incidents.callOpen': { ja: '連絡体制図を開く', en: 'Open the contact chart' },
  'incidents.side.internal': { ja: '院内', en: 'Internal' },
  'incidents.side.external': { ja: '院外', en: 'External' },
  'incidents.noPhone': { ja: '電話番号の登録なし', en: 'No phone number' },
  'incidents.callWho': { ja: '({who})', en: '({who})' },

  'incidents.timeline': { ja: '経過の記録', en: 'Timeline' },
  'incidents.timelineOrder': {
    ja: '古い順に並びます (新しい記録が下)。時刻は日本時間です。',
    en: 'Oldest first (the newest at the bottom). Times are JST.',
  },
  'incidents.timelineRule': {
    ja: '記録した経過は、後から変更・削除できません。誤りは、種類「訂正」の新しい記録で正してください。',
    en: 'Entries cannot be changed or deleted afterwards. To correct one, add a new entry of the kind “Correction”.',
  },
  'incidents.timelineEmpty': { ja: 'まだ記録はありません。', en: 'No entries yet.' },
  'incidents.entry.add': { ja: '経過を記録する', en: 'Add to the timeline' },
  'incidents.entry.text': { ja: '内容', en: 'What' },
  'incidents.entry.textHint': {
    ja: '気付いたこと、行ったこと、決めたこと、連絡した相手と時刻など。',
    en: 'What was noticed, done or decided, whom you called and when.',
  },
  'incidents.entry.kind': { ja: '種類', en: 'Kind' },
  'incidents.entry.at': { ja: '時刻 (任意)', en: 'Time (optional)' },
  'incidents.entry.atHint': {
    ja: '空欄なら今の時刻。10:15 (今日) または 2026-12-07 10:15 (日本時間)。',
    en: 'Empty: now. 10:15 (today) or 2026-12-07 10:15 (JST).',
  },
  'incidents.entry.submit': { ja: '記録する', en: 'Add' },
  'incidents.entry.added': { ja: '経過を記録しました。', en: 'Added to the timeline.' },

  'incidents.affected': { ja: '影響を受けたもの', en: 'Affected' },
  'incidents.affectedNone': { ja: 'まだ記入されていません。', en: 'Nothing recorded yet.' },
  'incidents.affectedType.device': { ja: '機器', en: 'Device' },
  'incidents.affectedType.connection': { ja: '外部接続点', en: 'Connection point' },
  'incidents.affectedType.backup': { ja: 'システム', en: 'System' },
  'incidents.affectedEdit': { ja: '影響を受けたものを変更する', en: 'Change the affected' },
  'incidents.affectedEditing': { ja: '変更 (保存するまで反映されません)', en: 'Changes (kept only once saved)' },
  'incidents.affectedRemove': { ja: '外す', en: 'Remove' },
  'incidents.affectedRemoveOf': { ja: '{label} を外す', en: 'Remove {label}' },
  'incidents.affectedAddDevice': { ja: '機器を加える', en: 'Add the device' },
  'incidents.affectedConnection': { ja: '外部接続点 (台帳から)', en: 'Connection point (from the ledger)' },
  'incidents.affectedAddConnection': { ja: '外部接続点を加える', en: 'Add the connection point' },
  'incidents.affectedBackup': { ja: 'システム (バックアップ台帳から)', en: 'System (from the backup ledger)' },
  'incidents.affectedAddBackup': { ja: 'システムを加える', en: 'Add the system' },
  'incidents.affectedChoose': { ja: '(選んでください)', en: '(choose)' },
  'incidents.affectedSave': { ja: '保存する', en: 'Save' },
  'incidents.affectedCancel': { ja: 'やめる', en: 'Cancel' },
  'incidents.affectedSaved': { ja: '影響を受けたものを保存しました。', en: 'Saved the affected list.' },

  'incidents.close': { ja: '対応を終了する', en: 'Close the incident' },
  'incidents.closeHint': {
    ja: '終了すると、手順・経過・影響を受けたものは変更できなくなります。報告書はその後も出力できます。',
    en: 'Once closed, the steps, timeline and affected list cannot change. The report stays available.',
  },
  'incidents.closeTitle': { ja: 'インシデント対応を終了しますか?', en: 'Close the incident?' },
  'incidents.closeConfirm': {
    ja: 'インシデント {no} の対応を終了します。終了すると記録を足せなくなります。',
    en: 'Incident {no} will be closed: nothing can be added afterwards.',
  },
  'incidents.closed': { ja: 'インシデント {no} の対応を終了しました。', en: 'Incident {no} closed.' },

  'incidents.home.start': { ja: 'インシデント対応を開始', en: 'Start incident response' },
  'incidents.home.startHint': {
    ja: 'サイバー攻撃が疑われたら (画面に脅迫文、ファイルが開けない など)、ここから初動の手順と経過の記録を始めます。',
    en: 'When an attack is suspected (a ransom note, files that will not open), start the first steps and the timeline here.',
  },
  'incidents.home.open': { ja: '対応中のインシデントがあります', en: 'An incident is open' },
  'incidents.home.openLink': { ja: 'インシデント {no}: {title} を開く', en: 'Open incident {no}: {title}' },
} satisfies Dict);
