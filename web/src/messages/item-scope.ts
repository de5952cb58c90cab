// 事業者確認用: an item outside the vendor's contract (契約範囲外), and an item's history.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const itemScope = register({
  'itemScope.out': { ja: 'この事業者の契約範囲外にする', en: 'Outside this vendor’s contract' },
  'itemScope.in': { ja: '契約範囲内に戻す', en: 'Back within the contract' },
  'itemScope.outOf': { ja: '{label} をこの事業者の契約範囲外にする', en: 'Mark {label} outside this vendor’s contract' },
  'itemScope.inOf': { ja: '{label} を契約範囲内に戻す', en: 'Put {label} back within the contract' },
  'itemScope.hint': {
    ja: '契約内容によりこの事業者が確認しない項目は「この事業者の契約範囲外にする」を押します。医療機関確認用か別の事業者確認用に回答があれば、立入検査では問題ありません (立入検査の手引き)。入力済みの回答は消えます (履歴には残ります)。',
    en: 'Press “Outside this vendor’s contract” for an item this vendor does not check under its contract. The inspection accepts it when the institution’s form or another vendor’s form answers it. Any answer entered is cleared (it stays in the history).',
  },
  'itemScope.doneOut': { ja: '{label} を契約範囲外にしました', en: '{label} marked outside the contract' },
  'itemScope.doneIn': { ja: '{label} を契約範囲内に戻しました', en: '{label} back within the contract' },
  'suggest.name': { ja: '{label} について台帳からわかること', en: 'What the ledgers say about {label}' },
  'suggest.now': { ja: '台帳から:', en: 'From the ledgers:' },
  'suggest.yes': { ja: 'はい', en: 'Yes' },
  'suggest.no': { ja: 'いいえ', en: 'No' },
  'suggest.unknown': { ja: '判断できない', en: 'Cannot tell' },
  'suggest.notAnswer': { ja: '(目安です。回答はご自身で判断してください)', en: '(a hint: the answer is yours to decide)' },
  'suggest.then': { ja: '回答したときの台帳からは「{answer}」でした:', en: 'When answered, the ledgers said “{answer}”:' },
  'history.summary': { ja: '履歴', en: 'History' },
  'history.loading': { ja: '履歴を読み込んでいます…', en: 'Loading the history…' },
  'history.none': { ja: 'まだ変更はありません。', en: 'No changes yet.' },
  'history.when': { ja: '日時', en: 'When' },
  'history.who': { ja: '変更した人', en: 'Who' },
  'history.what': { ja: '変更', en: 'Change' },
  'history.value': { ja: '変更後の内容', en: 'After the change' },
  'history.listName': { ja: '{label} の履歴', en: 'History of {label}' },
  'asOf.title': { ja: '過去の日付の状態を印刷', en: 'Print the state at a past date' },
  'asOf.date': { ja: '日付 (和暦・西暦)', en: 'Date (Japanese or Western)' },
  'asOf.hint': {
    ja: 'その日の終わり (日本時間) の時点で保存されていた回答を、公式様式の印刷用の表示で開きます。',
    en: 'Opens the official print view with the answers as saved at the end of that day (JST).',
  },
  'asOf.future': { ja: '今日以前の日付を入力してください', en: 'Enter a date no later than today' },
  'asOf.open': { ja: '印刷用の表示を開く', en: 'Open the print view' },
} satisfies Dict);
