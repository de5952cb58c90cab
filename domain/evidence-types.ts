// What may be kept as evidence (issue 11 item 7): a list of kinds, not a list of dangers. A file is
// kept when its extension is on the list and its content (sniffed, never the browser's claim) is what
// the extension promises; everything else is refused with the reason. Scripts, installers, shortcuts
// and Office files with macros are never kept: a person opening evidence must not run anything.
// Old binary Office files (.doc/.xls/.ppt) are refused too, since their macros cannot be checked.
import type { Sniffed } from './sniff.ts';

export const OOXML_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

// Text of any shape is kept as text: it is stored and served as text/plain, an attachment.
const TEXT = ['text/plain', 'application/json', 'application/xml', 'text/html', 'image/svg+xml'];

/** Extension → the sniffed types its content may have, and the type stored (default: the sniffed one). */
const KINDS: Record<string, { accepts: string[]; store?: string }> = {
  pdf: { accepts: ['application/pdf'] },
  png: { accepts: ['image/png'] },
  jpg: { accepts: ['image/jpeg'] },
  jpeg: { accepts: ['image/jpeg'] },
  gif: { accepts: ['image/gif'] },
  webp: { accepts: ['image/webp'] },
  heic: { accepts: ['image/heic'] },
  heif: { accepts: ['image/heic'] },
  tif: { accepts: ['image/tiff'] },
  tiff: { accepts: ['image/tiff'] },
  docx: { accepts: [OOXML_TYPES.docx] },
  xlsx: { accepts: [OOXML_TYPES.xlsx] },
  pptx: { accepts: [OOXML_TYPES.pptx] },
  txt: { accepts: TEXT, store: 'text/plain' },
  md: { accepts: TEXT, store: 'text/plain' },
  log: { accepts: TEXT, store: 'text/plain' },
  csv: { accepts: TEXT, store: 'text/csv' },
  tsv: { accepts: TEXT, store: 'text/tab-separated-values' },
  zip: { accepts: ['application/zip', ...Object.values(OOXML_TYPES)] },
};

/** For the file picker's `accept` attribute. */
export const EVIDENCE_ACCEPT = Object.keys(KINDS)
  .map((ext) => `.${ext}`)
  .join(',');

const KINDS_JA = 'PDF、画像、Office 文書（マクロなし）、テキスト、CSV、ZIP を添付してください。';
const MACRO_EXTENSIONS = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xlsb', 'pptm', 'potm', 'ppsm', 'ppam', 'sldm']);
const OLD_OFFICE = new Set(['doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot']);

/** The extension, lower case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export const isEvidenceExtension = (fileName: string) => extensionOf(fileName) in KINDS;

/** Why this file cannot be kept as evidence, in words for the person; null when it can. */
export function evidenceRefusal(fileName: string, sniffed: Sniffed): string | null {
  const ext = extensionOf(fileName);
  if (sniffed.executable) return `${sniffed.label}は証跡として保存できません。${KINDS_JA}`;
  if (MACRO_EXTENSIONS.has(ext))
    return `マクロを含む形式の Office 文書 (.${ext}) は証跡として保存できません。マクロなしの形式 (.docx/.xlsx/.pptx) で保存し直すか、PDF にして添付してください。`;
  if (OLD_OFFICE.has(ext))
    return `旧形式の Office 文書 (.${ext}) はマクロの有無を確かめられないため、証跡として保存できません。.docx/.xlsx/.pptx 形式で保存し直すか、PDF にして添付してください。`;
  const kind = KINDS[ext];
  if (!kind)
    return ext
      ? `この種類のファイル (.${ext}) は証跡として保存できません。${KINDS_JA}`
      : `拡張子のないファイルは証跡として保存できません。${KINDS_JA}`;
  if (!kind.accepts.includes(sniffed.type)) return `ファイルの中身 (${sniffed.label}) が拡張子と一致しません: ${fileName}`;
  return null;
}

/** The type stored for an accepted file (text kinds as text, whatever markup they hold). */
export const storedEvidenceType = (fileName: string, sniffed: Sniffed) => KINDS[extensionOf(fileName)]?.store ?? sniffed.type;

const SERVED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/tiff',
  ...Object.values(OOXML_TYPES),
  'text/plain',
  'text/csv',
  'text/tab-separated-values',
  'application/zip',
]);

/** The type a stored file is served as: its own when it is a kept kind, else opaque bytes (files kept before the list). */
export const servedEvidenceType = (contentType: string) => (SERVED.has(contentType) ? contentType : 'application/octet-stream');
