// The text of an uploaded CSV: UTF-8 (with or without BOM), UTF-16 with BOM (PowerShell "Unicode"),
// or Shift_JIS / CP932 as Excel in Japan writes it — detected, or as the person chose. A file that is
// none of these is refused, never silently read with replacement characters.
import iconv from 'iconv-lite';
import { AppError } from '../../lib/errors.ts';

export type Encoding = 'auto' | 'utf8' | 'cp932';
export type Detected = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'cp932';

const startsWith = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function cp932(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp932');
  // iconv-lite puts U+FFFD (or the ・ fallback) where a byte sequence is not CP932
  return text.includes('\ufffd') ? null : text;
}

/** UTF-16 as PowerShell's "Unicode" writes it; a file cut in the middle of a character is refused, not patched. */
function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.byteLength % 2 !== 0) {
    throw refuse(`UTF-16 のファイルが文字の途中で切れています (${bytes.byteLength + 2} バイト)。ファイルを出力し直してください。`);
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw refuse(
      'UTF-16 の印 (BOM) がありますが、UTF-16 として読めない部分があります (文字の途中で切れているなど)。ファイルを出力し直してください。',
    );
  }
}

const refuse = (message: string) => new AppError('IMPORT_ENCODING', message, { fields: [{ field: 'encoding', message }] });

export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): { text: string; detected: Detected } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = utf8(bytes.subarray(3));
    if (text === null) throw refuse('UTF-8 の印 (BOM) がありますが、UTF-8 として読めない部分があります。');
    return { text, detected: 'utf8-bom' };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return { text: utf16(bytes.subarray(2), 'utf-16le'), detected: 'utf16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: utf16(bytes.subarray(2), 'utf-16be'), detected: 'utf16be' };
  if (encoding !== 'cp932') {
    const text = utf8(bytes);
    if (text !== null) return { text, detected: 'utf8' };
    if (encoding === 'utf8') throw refuse('UTF-8 として読めません。Excel で保存した CSV なら「Shift_JIS (CP932)」を選んでください。');
  }
  const text = cp932(bytes);
  if (text === null) {
    throw refuse('文字コードを判別できません (UTF-8 でも Shift_JIS (CP932) でもありません)。CSV (UTF-8) で保存し直してください。');
  }
  return { text, detected: 'cp932' };
}
