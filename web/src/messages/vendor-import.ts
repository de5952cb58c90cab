// The 事業者台帳 import: a file (CSV or Excel) checked first, then stored all at once.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const vendorImport = register({
  'vendorImport.title': { ja: 'ファイルから取り込む', en: 'Import from a file' },
  'vendorImport.lead': {
    ja: '書き出したファイル (CSV・Excel) を直して取り込めます。自分で作るときは「法人名」の列だけが必須で、ほかの列は書き出しと同じ名前にします。ファイルにない列は今の値のまま残ります。問題のある行が 1 行でもあれば何も取り込みません。',
    en: 'Edit an exported file (CSV or Excel) and import it. A file of your own needs only the 法人名 column; name the others as the export does. Columns the file lacks keep their current values. If any row has a problem, nothing is imported.',
  },
  'vendorImport.file': { ja: 'ファイル (CSV または .xlsx)', en: 'File (CSV or .xlsx)' },
  'vendorImport.encoding': { ja: '文字コード (CSV)', en: 'Encoding (CSV)' },
  'vendorImport.encoding.auto': { ja: '自動', en: 'Detect' },
  'vendorImport.encoding.utf8': { ja: 'UTF-8', en: 'UTF-8' },
  'vendorImport.encoding.cp932': { ja: 'Shift_JIS', en: 'Shift_JIS' },
  'vendorImport.check': { ja: '確認', en: 'Check' },
  'vendorImport.store': { ja: '取り込む', en: 'Import' },
  'vendorImport.vendors': {
    ja: '事業者: 新規 {create} 件、変更 {update} 件、変更なし {unchanged} 件',
    en: 'Vendors: {create} new, {update} changed, {unchanged} unchanged',
  },
  'vendorImport.systems': {
    ja: 'システム: 新規 {create} 件、変更 {update} 件、変更なし {unchanged} 件',
    en: 'Systems: {create} new, {update} changed, {unchanged} unchanged',
  },
  'vendorImport.ignored': { ja: '読み込まない列', en: 'Columns not read' },
  'vendorImport.changes': { ja: '変わる内容 (最初の {count} 件)', en: 'What changes (first {count})' },
  'vendorImport.create': { ja: '新規', en: 'New' },
  'vendorImport.update': { ja: '変更', en: 'Change' },
  'vendorImport.nothing': {
    ja: '台帳と同じ内容です。取り込んでも何も変わりません。',
    en: 'Same as the ledger: importing changes nothing.',
  },
  'vendorImport.done': {
    ja: '取り込みました (事業者 新規 {vendors} 件・変更 {vendorsChanged} 件、システム 新規 {systems} 件・変更 {systemsChanged} 件)',
    en: 'Imported (vendors: {vendors} new, {vendorsChanged} changed; systems: {systems} new, {systemsChanged} changed)',
  },
} satisfies Dict);
