// MDS/SDS on a vendor's page: the documents per system, what each lacks, and the form that records one
// with its annex answers (by item number: the annex's wording is not in Mamori).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const disclosures = register({
  'disclosures.title': { ja: 'MDS/SDS (医療情報セキュリティ開示書)', en: 'MDS/SDS (security disclosure statements)' },
  'disclosures.lead': {
    ja: 'システムごとに、事業者から受け取った MDS (製品) / SDS (サービス) を記録し、ファイルを保管します (チェックリスト 2(3))。',
    en: 'Per system, record the MDS (product) / SDS (service) the vendor gave you and keep the file (checklist 2(3)).',
  },
  'disclosures.rule': {
    ja: '「足りないこと」は Mamori の目安です (手引きは MDS/SDS の提出を求め、ガイドライン第7.0版は別紙がすべて「はい」か「対象外」の事業者を選ぶよう求めています)。',
    en: '"What is missing" is Mamori\'s own rule (the 手引き asks for the MDS/SDS; guideline 7.0 asks to choose vendors whose annex answers are all yes or N/A).',
  },
  'disclosures.none': { ja: '記録はまだありません', en: 'Nothing recorded yet' },
  'disclosures.noSystems': { ja: '使用中のシステムがありません', en: 'No system in use' },
  'disclosures.ok': { ja: '足りないことはありません', en: 'Nothing missing' },
  'disclosures.add': { ja: 'MDS/SDS を記録', en: 'Record an MDS/SDS' },
  'disclosures.addFor': { ja: '{name} の MDS/SDS を記録', en: 'Record an MDS/SDS for {name}' },
  'disclosures.edit': { ja: '変更', en: 'Edit' },
  'disclosures.editOf': { ja: '{name} の {kind} ({date}) を変更', en: 'Edit {kind} ({date}) of {name}' },
  'disclosures.current': { ja: '最新', en: 'current' },
  'disclosures.older': { ja: '以前のもの', en: 'older' },
  'disclosures.noDate': { ja: '日付なし', en: 'no date' },
  'disclosures.noFile': { ja: 'ファイルなし', en: 'no file' },
  'disclosures.annexLine': { ja: '別紙: {answered}/{total} 項目に回答', en: 'Annex: {answered} of {total} answered' },
  'disclosures.annexNo': { ja: '「いいえ」: {items}', en: '"No": {items}' },
  'disclosures.annexMissing': { ja: '未回答: {items}', en: 'Not answered: {items}' },
  'disclosures.requested': { ja: '依頼日: {date}', en: 'Requested on {date}' },
  'disclosures.saved': { ja: 'MDS/SDS を保存しました', en: 'MDS/SDS saved' },
  'disclosures.field.kind': { ja: '種類', en: 'Kind' },
  'disclosures.field.jahisVersion': { ja: 'JAHIS 版', en: 'JAHIS version' },
  'disclosures.field.jahisVersionHint': { ja: '例: Ver.5.0 (「5.0」でも構いません)', en: 'e.g. Ver.5.0 ("5.0" is fine)' },
  'disclosures.field.issuedOn': { ja: '作成日', en: 'Issued on' },
  'disclosures.field.productVersion': { ja: '対象の製品・サービスの版', en: 'Product or service version described' },
  'disclosures.field.productVersionHint': {
    ja: 'システムの「使用中の版」と違えば知らせます',
    en: "flagged when it differs from the system's version in use",
  },
  'disclosures.field.file': { ja: 'MDS/SDS のファイル', en: 'MDS/SDS file' },
  'disclosures.field.fileKept': { ja: '保管済み: {name}', en: 'Kept: {name}' },
  'disclosures.field.fileHint': { ja: 'PDF や Excel など (証跡として保管します)', en: 'PDF, Excel … (kept as evidence)' },
  'disclosures.field.uploading': { ja: 'アップロード中 {percent}%', en: 'Uploading {percent}%' },
  'disclosures.field.note': { ja: '備考', en: 'Note' },
  'disclosures.annex': { ja: '別紙の回答 (項目番号ごと)', en: 'Annex answers (by item number)' },
  'disclosures.annexHint': {
    ja: '別紙の項目の文言は Mamori に収録されていません。事業者の MDS/SDS を見ながら番号ごとに選ぶか、事業者のチェックリスト (CSV / Excel) から読み取ってください。',
    en: "The annex wording is not in Mamori. Choose per item number while reading the vendor's MDS/SDS, or read the vendor's checklist (CSV / Excel).",
  },
  'disclosures.annexItem': { ja: '項目 {n}', en: 'Item {n}' },
  'disclosures.answer.none': { ja: '未回答', en: 'not answered' },
  'disclosures.readSheet': { ja: '事業者のチェックリストから読み取る', en: "Read from the vendor's checklist" },
  'disclosures.readDone': {
    ja: '{read}/{total} 項目の回答を読み取りました。保存する前に確かめてください。',
    en: 'Read {read} of {total} answers. Check them before saving.',
  },
  'disclosures.readUnread': { ja: '回答を読み取れなかった行: {rows}', en: 'Rows without a readable answer: {rows}' },
  'disclosures.readConflicts': {
    ja: '答えが食い違う項目 (最初のものを使いました): {items}',
    en: 'Items answered twice differently (the first is used): {items}',
  },
} satisfies Dict);
