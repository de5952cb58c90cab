// Whether an upload may be kept as evidence, by its content (issue 11 item 7): the kind list of
// domain/evidence-types.ts on the sniffed bytes; a zip (ZIP or Office document) only after the zip
// guard has inflated and counted it; an Office document only without macros, ActiveX controls or
// external templates and objects; a ZIP only when every file in it passes the same rules (an Office
// document in it is opened and checked too, a ZIP in a ZIP is refused).
import { evidenceRefusal, OOXML_TYPES, storedEvidenceType } from '../../../domain/evidence-types.ts';
import { type Sniffed, sniffContentType } from '../../../domain/sniff.ts';
import { AppError } from '../../lib/errors.ts';
import { guardZip, inflateEntry, XLSX_LIMITS, type ZipEntry, type ZipLimits } from '../imports/zip-guard.ts';

const MiB = 1024 * 1024;
/** An evidence ZIP of scans and logs: more room than an .xlsx, the same ratio. */
export const EVIDENCE_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 512 * MiB, maxEntryBytes: 512 * MiB, maxRatio: 200 };
/** The largest Office document inside an evidence ZIP that is opened to be checked. */
const MAX_NESTED_DOCUMENT = 50 * MiB;
const SNIFF_BYTES = 64 * 1024;

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: [{ field: 'file', message }] });

/** The content type to store, or a refusal naming the file (and the file inside a ZIP) and the reason. */
export async function checkEvidence(fileName: string, bytes: Uint8Array): Promise<string> {
  return checkFile(fileName, bytes, { inZip: null });
}

async function checkFile(fileName: string, bytes: Uint8Array, at: { inZip: string | null }): Promise<string> {
  let sniffed = sniffContentType(bytes);
  const zipped = isZipped(sniffed);
  // names the file in the guard's refusals as 「a.zip」の中の「b.docx」 when it is inside a ZIP
  const label = at.inZip ? `${at.inZip}」の中の「${fileName}` : fileName;
  const entries = zipped ? await guardZip(bytes, label, sniffed.type === 'application/zip' ? EVIDENCE_ZIP_LIMITS : XLSX_LIMITS) : [];
  if (zipped) sniffed = zipKind(entries);
  const inZip = (problem: string) => refuse(at.inZip ? `ZIP ファイル「${at.inZip}」の中の「${fileName}」: ${problem}` : problem);
  if (at.inZip && sniffed.type === 'application/zip')
    throw inZip('ZIP の中の ZIP は保存できません。展開してから、中のファイルを添付してください。');
  const problem = evidenceRefusal(fileName, sniffed);
  if (problem) throw inZip(problem);
  if (sniffed.type === 'application/zip') await checkZipEntries(fileName, bytes, entries);
  else if (zipped) await checkOfficeDocument(label, bytes, entries);
  return storedEvidenceType(fileName, sniffed);
}

const isZipped = (s: Sniffed) => s.type === 'application/zip' || Object.values<string>(OOXML_TYPES).includes(s.type);

/** What a zip is, by its entries: an Office document has its content types and its main part. */
function zipKind(entries: ZipEntry[]): Sniffed {
  const has = (name: string) => entries.some((e) => e.name === name);
  if (has('[Content_Types].xml')) {
    if (has('word/document.xml')) return { type: OOXML_TYPES.docx, label: 'Word (.docx)' };
    if (has('xl/workbook.xml')) return { type: OOXML_TYPES.xlsx, label: 'Excel (.xlsx)' };
    if (has('ppt/presentation.xml')) return { type: OOXML_TYPES.pptx, label: 'PowerPoint (.pptx)' };
  }
  return { type: 'application/zip', label: 'ZIP' };
}

const ACTIVE_PART = /(^|\/)(vbaProject\.bin|vbaProjectSignature[^/]*\.bin|vbaData\.xml)$|^xl\/macrosheets\/|(^|\/)activeX\//i;
// relationships that make Office fetch or run something from elsewhere when the document opens
const EXTERNAL_LOAD = /Type="[^"]*\/(attachedTemplate|oleObject|frame|subDocument)"/;

async function checkOfficeDocument(label: string, bytes: Uint8Array, entries: ZipEntry[]): Promise<void> {
  const macro = `マクロ (VBA) や ActiveX コントロールを含む Office 文書は証跡として保存できません: 「${label}」。マクロを取り除いて .docx/.xlsx/.pptx 形式で保存し直すか、PDF にして添付してください。`;
  if (entries.some((e) => ACTIVE_PART.test(e.name))) throw refuse(macro);
  for (const e of entries) {
    if (e.name === '[Content_Types].xml') {
      if (/macroEnabled|vbaProject|vbaData/i.test((await inflateEntry(bytes, e, MiB)).toString('utf8'))) throw refuse(macro);
    } else if (e.name.endsWith('.rels')) {
      const tags = (await inflateEntry(bytes, e, MiB)).toString('utf8').match(/<Relationship\b[^>]*>/g) ?? [];
      if (tags.some((t) => /TargetMode="External"/.test(t) && EXTERNAL_LOAD.test(t)))
        throw refuse(
          `外部のテンプレートやオブジェクトを読み込む Office 文書は証跡として保存できません: 「${label}」。PDF にして添付してください。`,
        );
    }
  }
}

async function checkZipEntries(zipName: string, bytes: Uint8Array, entries: ZipEntry[]) {
  const inZip = (name: string, problem: string) => refuse(`ZIP ファイル「${zipName}」の中の「${name}」: ${problem}`);
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue; // a folder
    const head = await inflateEntry(bytes, e, SNIFF_BYTES);
    if (isFinderMetadata(e.name, head)) continue;
    const sniffed = sniffContentType(head);
    if (isZipped(sniffed)) {
      // an Office document in the ZIP is opened and checked like one uploaded alone
      if (e.size > MAX_NESTED_DOCUMENT) throw inZip(e.name, `大きすぎて中身を確かめられません (上限 ${MAX_NESTED_DOCUMENT / MiB} MB)。`);
      await checkFile(e.name, await inflateEntry(bytes, e, e.size), { inZip: zipName });
      continue;
    }
    const problem = evidenceRefusal(e.name, sniffed);
    if (problem) throw inZip(e.name, problem);
  }
}

/** What macOS adds when it compresses a folder: AppleDouble "._" files and .DS_Store, recognised by content. */
function isFinderMetadata(name: string, head: Buffer): boolean {
  const base = name.split('/').pop() ?? '';
  if (name.startsWith('__MACOSX/') && base.startsWith('._')) return head.length >= 4 && head.readUInt32BE(0) === 0x00051607;
  return base === '.DS_Store' && head.subarray(0, 8).equals(Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
}
