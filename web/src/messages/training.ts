// 教育・訓練の記録: training sessions with their attendees, phishing drills, who was trained in a fiscal
// year and who of the 利用者台帳 was not. Field labels are the domain's (domain/training/training.ts).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const training = register({
  'training.title': { ja: '教育・訓練の記録', en: 'Training records' },
  'training.lead': {
    ja: '全職員への情報セキュリティ研修と標的型メール訓練を記録し、年度ごとに誰が受講したか、まだ受講していない人は誰かを確かめます。厚生労働省の研修資料は、研修・訓練の実施と、その状況を経営層に報告することを求めています。',
    en: 'Record security training for all staff and phishing drills, and see for each fiscal year who was trained and who was not yet. The ministry asks that training and drills are held and reported to the management.',
  },
  'training.year': { ja: '年度', en: 'Fiscal year' },
  'training.print': { ja: '経営層への報告用 (A4):', en: 'For the management report (A4):' },
  'training.printView': { ja: '印刷', en: 'Print' },
  'training.pdf': { ja: 'PDF', en: 'PDF' },
  'training.summary': { ja: 'この年度のまとめ', en: 'This fiscal year' },
  'training.total.sessions': { ja: '研修 {count} 回', en: '{count} training sessions' },
  'training.total.attendees': { ja: '受講者 {count} 人', en: '{count} people trained' },
  'training.total.notAttended': { ja: '未受講 (利用者台帳) {count} 人', en: '{count} not trained (account register)' },
  'training.total.drills': { ja: '標的型メール訓練 {count} 回', en: '{count} phishing drills' },
  'training.total.rates': { ja: '開封・クリック率 {click} / 報告率 {report}', en: 'Click rate {click} / report rate {report}' },

  'training.sessions': { ja: '研修', en: 'Training sessions' },
  'training.sessionsEmpty': {
    ja: 'この年度の研修はまだ記録されていません。全職員向けの情報セキュリティ研修 (集合研修、e-ラーニング、資料の配布・回覧など) を実施したら、実施日・内容・受講者を記録します。',
    en: 'No training recorded for this fiscal year. When you hold security training for staff (a session, e-learning, a handout), record the date, the topic and who attended.',
  },
  'training.col.heldOn': { ja: '実施日', en: 'Date' },
  'training.col.topic': { ja: '内容', en: 'Topic' },
  'training.col.kind': { ja: '形式', en: 'Kind' },
  'training.col.instructor': { ja: '講師', en: 'Instructor' },
  'training.col.attendees': { ja: '受講者', en: 'Attendees' },
  'training.col.material': { ja: '資料', en: 'Material' },
  'training.attendeeCount': { ja: '{count} 人', en: '{count} people' },
  'training.addSession': { ja: '研修を記録', en: 'Record a training session' },
  'training.editSession': { ja: '変更', en: 'Change' },
  'training.editSessionTitle': { ja: '研修の記録を変更', en: 'Change the training session' },
  'training.saveSession': { ja: '研修を保存', en: 'Save the session' },
  'training.cancel': { ja: 'やめる', en: 'Cancel' },
  'training.chooseKind': { ja: '形式を選んでください', en: 'Choose a kind' },
  'training.hint.heldOn': {
    ja: '西暦または和暦 (例: 令和8年6月1日)。未来の日付は入れられません。',
    en: 'Western or Japanese era date; not in the future.',
  },
  'training.sessionSaved': { ja: '研修 ({date}) を保存しました。', en: 'Saved the training session of {date}.' },
  'training.attendeesTitle': { ja: '受講者', en: 'Attendees' },
  'training.noAttendees': {
    ja: 'まだ受講者がいません。利用者台帳から選ぶか、名前を入力して追加してください。',
    en: 'No attendees yet. Pick people from the account register or type a name.',
  },
  'training.fromLedger': { ja: '利用者台帳', en: 'Account register' },
  'training.typed': { ja: '入力', en: 'Typed' },
  'training.remove': { ja: '{name} さんを受講者から外す', en: 'Remove {name}' },
  'training.removeShort': { ja: '外す', en: 'Remove' },
  'training.search': { ja: '利用者台帳から探す (氏名・よみ・ID・部署)', en: 'Search the account register (name, reading, ID, department)' },
  'training.searchNone': {
    ja: '利用者台帳に見つかりません。下で名前を入力して追加できます。',
    en: 'Not found in the account register. You can type the name below.',
  },
  'training.ledgerEmpty': {
    ja: '利用者台帳に職員 (有効な個人のアカウント) が登録されていません。名前を入力して追加してください。',
    en: 'The account register has no staff (active personal accounts). Type the names instead.',
  },
  'training.pick': { ja: '{name} さんを追加', en: 'Add {name}' },
  'training.typedName': { ja: '名前 (利用者台帳にない人)', en: 'Name (not in the account register)' },
  'training.typedDepartment': { ja: '部署 (任意)', en: 'Department (optional)' },
  'training.addTyped': { ja: '名前で追加', en: 'Add by name' },
  'training.already': { ja: '{name} さんは既に受講者にいます。', en: '{name} is already an attendee.' },
  'training.evidenceNone': { ja: '(資料なし)', en: '(no material)' },
  'training.evidenceHint': {
    ja: '組織の証跡ファイルから選びます。まだない資料は、下の「証跡ファイルを登録」から登録してから選んでください。',
    en: "Chosen from the organisation's evidence files. Upload a new one below first.",
  },

  'training.drills': { ja: '標的型メール訓練', en: 'Phishing drills' },
  'training.drillsEmpty': {
    ja: 'この年度の標的型メール訓練はまだ記録されていません。訓練メールを送ったら、実施日・内容・送信数・開封 (クリック) した数・報告された数を記録します。',
    en: 'No phishing drill recorded for this fiscal year. After sending drill mails, record the date, the scenario, and how many were sent, clicked and reported.',
  },
  'training.col.scenario': { ja: '訓練メールの内容', en: 'Scenario' },
  'training.col.sent': { ja: '送信数', en: 'Sent' },
  'training.col.clicked': { ja: '開封・クリック', en: 'Clicked' },
  'training.col.reported': { ja: '報告', en: 'Reported' },
  'training.addDrill': { ja: '訓練を記録', en: 'Record a drill' },
  'training.editDrill': { ja: '変更', en: 'Change' },
  'training.saveDrill': { ja: '訓練を保存', en: 'Save the drill' },
  'training.drillSaved': { ja: '標的型メール訓練 ({date}) を保存しました。', en: 'Saved the phishing drill of {date}.' },

  'training.people': { ja: '職員ごとの受講状況', en: 'Training by person' },
  'training.peopleEmpty': { ja: 'この年度に研修を受講した人はまだいません。', en: 'Nobody has been trained this fiscal year yet.' },
  'training.col.name': { ja: '氏名', en: 'Name' },
  'training.col.department': { ja: '部署', en: 'Department' },
  'training.col.sessions': { ja: '受講した研修', en: 'Sessions attended' },
  'training.notAttended': { ja: '未受講の職員 (利用者台帳から)', en: 'Staff not trained (from the account register)' },
  'training.notAttendedSource': {
    ja: 'この一覧は利用者台帳 (有効な個人のアカウント、{count} 人) から作っています。利用者台帳に登録のない職員 (アカウントを持たない人など) は含まれません。',
    en: 'This list comes from the account register ({count} people with an active personal account). Staff not recorded there are not in it.',
  },
  'training.notAttendedNoLedger': {
    ja: '利用者台帳に職員が登録されていないため、未受講の職員は分かりません。利用者台帳に Active Directory などから職員のアカウントを取り込むと、ここに表示されます。',
    en: 'The account register has no staff, so who was not trained cannot be told. Import staff accounts into the account register to see them here.',
  },
  'training.allAttended': {
    ja: '利用者台帳の職員は全員、この年度に 1 回以上受講しています。',
    en: 'Everyone in the account register was trained at least once this year.',
  },
} satisfies Dict);
