// The 連絡体制図 (incident contact chart): the call order inside the organisation and outside it.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const contacts = register({
  'contacts.lead': {
    ja: 'インシデント発生時に、組織内と外部関係機関（事業者、厚生労働省、警察等）へ連絡する順番と連絡先です。チェックリスト 3(1) の根拠になります。',
    en: 'Who to call, and in which order, inside the organisation and outside it (vendors, MHLW, police …) when an incident happens. It backs checklist item 3(1).',
  },
  'contacts.outputs': { ja: '出力:', en: 'Output:' },
  'contacts.print': { ja: '印刷用の表示 (A4)', en: 'Print view (A4)' },
  'contacts.pdf': { ja: 'PDF をダウンロード', en: 'Download PDF' },
  'common.newTab': { ja: '(新しいタブで開きます)', en: '(opens in a new tab)' },

  'contacts.status.title': { ja: '確認の状況', en: 'Status' },
  'contacts.status.confirmedOn': { ja: '最終確認日', en: 'Last confirmed' },
  'contacts.status.confirmedBy': { ja: '確認した人', en: 'Confirmed by' },
  'contacts.status.unconfirmed': { ja: '未確認', en: 'Not confirmed' },
  'contacts.status.entries': { ja: '登録件数', en: 'Entries' },
  'contacts.status.entriesCount': {
    ja: '組織内 {internal} 件、外部関係機関 {external} 件',
    en: '{internal} internal, {external} external',
  },
  'contacts.status.advice': {
    ja: 'Mamori からの助言 (手引きの指摘ではありません)',
    en: 'Mamori’s advice (not a point of the inspection guide)',
  },
  'contacts.field.providesMedicalSystem': {
    ja: '医療情報システムを提供する事業者 (事業者確認用が必要)',
    en: 'Provides a medical information system (a vendor form is due)',
  },
  'contacts.field.providesMedicalSystemHint': {
    ja: '区分が「事業者」のときだけ使います。清掃業者など医療情報システムに関わらない事業者は外してください。',
    en: 'Only for the category 事業者. Untick it for vendors that have nothing to do with a medical information system (cleaning and the like).',
  },
  'contacts.paper.title': { ja: '紙の連絡体制図', en: 'Contact chart kept on paper' },
  'contacts.paper.lead': {
    ja: '連絡体制図を紙で作って保管している場合は、その旨と最終確認日を記録できます。立入検査では現物を見せれば 3(1) を満たします。',
    en: 'If the chart is kept on paper, record that and the date it was last confirmed: showing it at the inspection meets 3(1).',
  },
  'contacts.paper.kept': { ja: '紙で保管しています (最終確認 {date})。', en: 'Kept on paper (last confirmed {date}).' },
  'contacts.paper.scan': { ja: '写し: {file}', en: 'Scan: {file}' },
  'contacts.paper.record': { ja: '紙で保管していることを記録する', en: 'Record that it is kept on paper' },
  'contacts.paper.edit': { ja: '紙の連絡体制図の記録を変更', en: 'Change the paper chart record' },
  'contacts.paper.clear': { ja: '紙の記録を取り消す', en: 'Remove the paper record' },
  'contacts.paper.date': { ja: '紙の連絡体制図を最後に確認した日 (和暦・西暦)', en: 'Last confirmed on (Japanese or Western date)' },
  'contacts.paper.evidence': { ja: '写し (証跡ファイル、任意)', en: 'Scan (evidence file, optional)' },
  'contacts.paper.evidenceHint': {
    ja: '「証跡ファイル」に保存したスキャンや写真を選べます。',
    en: 'A scan or photo kept in the evidence files.',
  },
  'contacts.paper.noScan': { ja: '(写しなし)', en: '(no scan)' },
  'contacts.paper.save': { ja: '記録する', en: 'Save' },
  'contacts.paper.saved': { ja: '紙の連絡体制図を記録しました。', en: 'The paper chart was recorded.' },
  'contacts.paper.cleared': { ja: '紙の連絡体制図の記録を取り消しました。', en: 'The paper chart record was removed.' },
  'contacts.status.problems': { ja: '立入検査で指摘される可能性がある点', en: 'Points an inspection may raise' },
  'contacts.status.noProblems': { ja: '不足はありません', en: 'Nothing is missing' },
  'contacts.confirm.date': { ja: '確認した日', en: 'Date checked' },
  'contacts.confirm.hint': {
    ja: '連絡先が最新であることを確かめた日です。例: 2026-11-22 または 令和8年11月22日 (未来の日付は指定できません)',
    en: 'The day you checked that the contacts are current, e.g. 2026-11-22 or 令和8年11月22日 (not in the future).',
  },
  'contacts.confirm.submit': { ja: '確認しました', en: 'Mark as checked' },
  'contacts.confirmed': { ja: '最終確認日を {date} にしました。', en: 'Last confirmed date set to {date}.' },

  'contacts.empty.title': { ja: 'まだ連絡先がありません', en: 'No contacts yet' },
  'contacts.empty.lead': {
    ja: 'インシデントに気づいた職員が最初に誰へ連絡し、次に誰へ伝えるか、外部のどこへ連絡するかを、順番に並べておきます。よく使う連絡先 (システム運用担当者、医療情報システム安全管理責任者、事業者、厚生労働省、警察、保健所など) をまとめて追加してから、担当者名や電話番号を記入していくのが簡単です。',
    en: 'List who the staff member who notices an incident calls first, who next, and which outside bodies are told. The easiest start is to add the common contacts (system operator, security manager, vendor, MHLW, police, health centre …) and fill in names and numbers.',
  },
  'contacts.empty.viewer': {
    ja: '担当者か管理者が連絡先を登録すると、ここに表示されます。',
    en: 'The contacts appear here once an editor or administrator adds them.',
  },
  'contacts.starters.addAll': { ja: 'よく使う連絡先を追加', en: 'Add the common contacts' },
  'contacts.starters.added': { ja: 'よく使う連絡先を {count} 件追加しました。', en: 'Added {count} common contacts.' },
  'contacts.starters.title': { ja: 'よく使う連絡先 (まだ追加していないもの)', en: 'Common contacts not added yet' },
  'contacts.starters.lead': {
    ja: '公開資料に載っている窓口と、ガイドラインが定める役割です。出典を確かめてから追加してください。',
    en: 'Public contact points and the roles the guideline names. Check the source before adding.',
  },
  'contacts.starters.add': { ja: '追加', en: 'Add' },
  'contacts.starters.addOf': { ja: '{name} を追加', en: 'Add {name}' },
  'contacts.starters.source': { ja: '出典: {source}', en: 'Source: {source}' },
  'contacts.inferred': { ja: '番号は各自で確認', en: 'Check the number yourself' },

  'contacts.chart.title': { ja: '呼び出し順の図', en: 'Call order diagram' },
  'contacts.chart.order': { ja: '呼び出し順', en: 'Call order' },
  'contacts.chart.finder': { ja: '発見者', en: 'Whoever notices' },
  'contacts.chart.finderNote': { ja: '異常に気づいた職員', en: 'The staff member who notices something wrong' },
  'contacts.chart.empty': {
    ja: '連絡先を登録すると、ここに呼び出し順の図が表示されます。',
    en: 'The call order is drawn here once contacts are added.',
  },
  'contacts.side.internal': { ja: '組織内', en: 'Inside the organisation' },
  'contacts.side.external': { ja: '外部関係機関', en: 'External bodies' },
  'contacts.noPhone': { ja: '電話番号未登録', en: 'No phone number' },
  'contacts.webOnly': { ja: '電話番号なし (ウェブで受付)', en: 'No phone (web only)' },
  'contacts.hours': { ja: '受付: {hours}', en: 'Hours: {hours}' },
} satisfies Dict);
