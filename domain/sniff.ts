// Content-type detection from a file's first bytes; the client's claim is never trusted.
export interface Sniffed {
  type: string;
  label: string;
  /** executables are never accepted as evidence */
  executable?: boolean;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, n = 4096) => new TextDecoder('latin1').decode(b.subarray(0, n));
// ISO base media files whose major brand is HEIF/HEIC (an iPhone's photos): "ftyp" + brand at offset 4
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].map((b) => `ftyp${b}`));

function sniffZip(b: Uint8Array): Sniffed {
  const head = ascii(b, 65536);
  if (head.includes('xl/')) return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (.xlsx)' };
  if (head.includes('word/'))
    return { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (.docx)' };
  if (head.includes('ppt/'))
    return { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint (.pptx)' };
  return { type: 'application/zip', label: 'ZIP' };
}

function sniffText(b: Uint8Array): Sniffed | undefined {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return { type: 'text/plain', label: 'テキスト (UTF-16)' };
  const sample = b.subarray(0, 8192);
  if (sample.includes(0)) return undefined;
  const text = ascii(sample, 512)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<script[\s>]/.test(text))
    return { type: 'text/html', label: 'HTML' };
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return { type: 'image/svg+xml', label: 'SVG' };
  if (text.startsWith('<?xml') || text.startsWith('<')) return { type: 'application/xml', label: 'XML' };
  if (text.startsWith('{') || text.startsWith('[')) return { type: 'application/json', label: 'JSON' };
  if (text.startsWith('#!')) return { type: 'text/x-script', label: 'スクリプト', executable: true };
  return { type: 'text/plain', label: 'テキスト' };
}

export function sniffContentType(b: Uint8Array): Sniffed {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { type: 'application/pdf', label: 'PDF' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image/png', label: 'PNG' };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg', label: 'JPEG' };
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return { type: 'image/gif', label: 'GIF' };
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return { type: 'image/webp', label: 'WebP' };
  if (HEIF_BRANDS.has(ascii(b, 12).slice(4, 12))) return { type: 'image/heic', label: 'HEIC' };
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { type: 'image/tiff', label: 'TIFF' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(b);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { type: 'application/x-ole-storage', label: '旧形式の Office 文書・インストーラー (OLE)' };
  if (startsWith(b, [0x4d, 0x5a])) return { type: 'application/x-msdownload', label: 'Windows 実行ファイル', executable: true };
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return { type: 'application/x-elf', label: '実行ファイル (ELF)', executable: true };
  if (startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xca, 0xfe, 0xba, 0xbe]))
    return { type: 'application/x-mach-binary', label: '実行ファイル (Mach-O / Java)', executable: true };
  if (startsWith(b, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]))
    return { type: 'application/x-ms-shortcut', label: 'Windows ショートカット (.lnk)', executable: true };
  if (startsWith(b, [0x1f, 0x8b])) return { type: 'application/gzip', label: 'gzip' };
  return sniffText(b) ?? { type: 'application/octet-stream', label: '不明な形式' };
}
