// The バックアップ台帳 import: a file (CSV or Excel) checked first, then stored all at once.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const backupImport = register({
  'backupImport.title': { ja: 'ファイルから取り込む', en: 'Import from a file' },
  'backupImport.lead': {
    ja: '書き出したファイル (CSV・Excel) を直して取り込めます。自分で作るときは「システム」の列だけが必須で、ほかの列は書き出しと同じ名前にします。台帳と同じシステム名の行はそのシステムを変更し、ない名前は新しく登録します。ファイルにない列は今の値のまま残ります。復旧手順書・復旧テスト・指摘の列は読み込みません。問題のある行が 1 行でもあれば何も取り込みません。',
    en: 'Edit an exported file (CSV or Excel) and import it. A file of your own needs only the システム column; name the others as the export does. A row with a system name the ledger has changes that system; other names are added. Columns the file lacks keep their current values. The restore procedure file, restore test and findings columns are not read. If any row has a problem, nothing is imported.',
  },
  'backupImport.file': { ja: 'ファイル (CSV または .xlsx)', en: 'File (CSV or .xlsx)' },
  'backupImport.encoding': { ja: '文字コード (CSV)', en: 'Encoding (CSV)' },
  'backupImport.encoding.auto': { ja: '自動', en: 'Detect' },
  'backupImport.encoding.utf8': { ja: 'UTF-8', en: 'UTF-8' },
  'backupImport.encoding.cp932': { ja: 'Shift_JIS', en: 'Shift_JIS' },
  'backupImport.check': { ja: '確認', en: 'Check' },
  'backupImport.store': { ja: '取り込む', en: 'Import' },
  'backupImport.summary': {
    ja: 'システム: 新規 {create} 件、変更 {update} 件、変更なし {unchanged} 件',
    en: 'Systems: {create} new, {update} changed, {unchanged} unchanged',
  },
  'backupImport.ignored': { ja: '読み込まない列', en: 'Columns not read' },
  'backupImport.changes': { ja: '変わる内容 (最初の {count} 件)', en: 'What changes (first {count})' },
  'backupImport.create': { ja: '新規', en: 'New' },
  'backupImport.update': { ja: '変更', en: 'Change' },
  'backupImport.nothing': {
    ja: '台帳と同じ内容です。取り込んでも何も変わりません。',
    en: 'Same as the ledger: importing changes nothing.',
  },
  'backupImport.done': {
    ja: '取り込みました (新規 {created} 件、変更 {updated} 件)',
    en: 'Imported ({created} new, {updated} changed)',
  },
} satisfies Dict);
