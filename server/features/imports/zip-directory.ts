// A zip's table of contents, read defensively and without inflating anything: the end record, every
// central directory record and the local header it points to. Whatever two zip readers could read
// differently — zip64, split archives, encryption, a local header or data descriptor that disagrees
// with the directory, data shared by two entries, names that repeat or climb out of the folder — is
// refused here, so that the guard (zip-guard.ts) inflates exactly what exceljs or a person unpacking
// the file would read.
import iconv from 'iconv-lite';
import { AppError } from '../../lib/errors.ts';

export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflated */
  method: number;
  crc32: number;
  compressedSize: number;
  /** the uncompressed size the directory declares; the guard checks it against the real one */
  size: number;
  dataOffset: number;
}

const SIG = { end: 0x06054b50, central: 0x02014b50, local: 0x04034b50, descriptor: 0x08074b50, zip64Locator: 0x07064b50 };
const ENCRYPTED = 0x0001 | 0x0040 | 0x2000; // traditional, strong, central directory encryption
const DESCRIPTOR = 0x0008;

/** A name as a message shows it: control characters replaced, at most 200 characters. */
const shown = (name: string) => name.replace(/\p{Cc}/gu, '\uFFFD').slice(0, 200);

/** `「file」` or `「file」の「entry」`, as every refusal starts. */
export const where = (file: string, entry?: string) =>
  entry === undefined ? `「${shown(file)}」` : `「${shown(file)}」の「${shown(entry)}」`;

export function refuseZip(file: string, message: string, entry?: string): AppError {
  return new AppError('IMPORT_FILE_INVALID', message, {
    fields: [{ field: 'file', message }],
    details: { file, ...(entry === undefined ? {} : { entry }) },
  });
}

const corrupt = (file: string, what: string, entry?: string) => refuseZip(file, `${where(file, entry)}は壊れています (${what})。`, entry);
const zip64 = (file: string, entry?: string) =>
  refuseZip(file, `${where(file, entry)}は ZIP64 形式です。この形式には対応していません (4 GB を超える zip は受け付けません)。`, entry);
export const sizesDiffer = (file: string, entry: string, a: number, b: number) =>
  refuseZip(
    file,
    `${where(file, entry)}は、zip の目次と中身の見出しとで大きさが違います (${a.toLocaleString('en-US')} / ${b.toLocaleString('en-US')} バイト)。大きさを偽った zip の疑いがあるため受け付けません。`,
    entry,
  );

export function readZipDirectory(bytes: Uint8Array, file: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEnd(bytes, view);
  if (end < 0) throw refuseZip(file, `${where(file)}を読めません (zip 形式ではありません)。`);
  if (end >= 20 && u32(end - 20) === SIG.zip64Locator) throw zip64(file);
  const [count, onDisk, cdSize, cdOffset] = [u16(end + 10), u16(end + 8), u32(end + 12), u32(end + 16)];
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw zip64(file);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || onDisk !== count)
    throw refuseZip(file, `${where(file)}は分割された zip です。対応していません。`);
  if (cdOffset + cdSize !== end) throw corrupt(file, '目次の位置が正しくありません');
  if (count > maxEntries) throw refuseZip(file, `${where(file)}の中のファイルが多すぎます (${count} 個、上限 ${maxEntries} 個)。`);
  const entries: ZipEntry[] = [];
  const spans: [number, number, string][] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || u32(p) !== SIG.central) throw corrupt(file, '目次が読めません');
    const [flags, method, crc32, compressedSize, size] = [u16(p + 8), u16(p + 10), u32(p + 16), u32(p + 20), u32(p + 24)];
    const [nameLength, extraLength, commentLength, offset] = [u16(p + 28), u16(p + 30), u16(p + 32), u32(p + 42)];
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw corrupt(file, '目次が読めません');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = decodeName(rawName, flags);
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff || u16(p + 34) === 0xffff) throw zip64(file, name);
    if (hasZip64Extra(view, p + 46 + nameLength, extraLength)) throw zip64(file, name);
    if (flags & ENCRYPTED)
      throw refuseZip(file, `${where(file, name)}は暗号化 (パスワード付き) されています。パスワードを外してから送ってください。`, name);
    if (method !== 0 && method !== 8) throw refuseZip(file, `${where(file, name)}は対応していない圧縮方式 (${method}) です。`, name);
    if (method === 0 && compressedSize !== size) throw sizesDiffer(file, name, compressedSize, size);
    if (unsafeName(name))
      throw refuseZip(
        file,
        `${where(file)}の項目名「${shown(name)}」は安全ではありません (上のフォルダーや絶対パスを指しています)。`,
        name,
      );
    const key = name.normalize('NFC').replace(/\\/g, '/').toLowerCase();
    if (seen.has(key)) throw refuseZip(file, `${where(file)}に同じ名前の項目が 2 つあります: 「${shown(name)}」。`, name);
    seen.add(key);
    // the local header must say what the directory says: a reader that trusts either reads the same
    const entry = { name, flags, method, crc32, compressedSize, size, dataOffset: 0 };
    const dataEnd = checkLocal(bytes, view, offset, cdOffset, rawName, entry, file);
    spans.push([offset, dataEnd, name]);
    entries.push(entry);
    p = next;
  }
  if (p !== end) throw corrupt(file, '目次の大きさが正しくありません');
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const [start, , name] = spans[i] as [number, number, string];
    if (start < (spans[i - 1] as [number, number, string])[1])
      throw refuseZip(file, `${where(file, name)}は他の項目とデータが重なっています (zip 爆弾の疑い)。受け付けません。`, name);
  }
  return entries;
}

/** Checks the local header (and data descriptor) of `entry`, sets its data offset, returns where its bytes end. */
function checkLocal(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  limit: number,
  rawName: Uint8Array,
  entry: ZipEntry,
  file: string,
): number {
  const u16 = (i: number) => view.getUint16(i, true);
  const u32 = (i: number) => view.getUint32(i, true);
  const { name } = entry;
  if (at + 30 > limit || u32(at) !== SIG.local) throw corrupt(file, '中身の位置が正しくありません', name);
  const [flags, method, crc, compressed, size, nameLength, extraLength] = [
    u16(at + 6),
    u16(at + 8),
    u32(at + 14),
    u32(at + 18),
    u32(at + 22),
    u16(at + 26),
    u16(at + 28),
  ];
  if (flags & ENCRYPTED)
    throw refuseZip(file, `${where(file, name)}は暗号化 (パスワード付き) されています。パスワードを外してから送ってください。`, name);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (method !== entry.method || (flags & DESCRIPTOR) !== (entry.flags & DESCRIPTOR) || !sameBytes(localName, rawName))
    throw corrupt(file, '目次と中身の見出しが一致しません', name);
  if (hasZip64Extra(view, at + 30 + nameLength, extraLength)) throw zip64(file, name);
  // with a data descriptor the local sizes may be zero; whatever is written must agree
  const descriptor = (flags & DESCRIPTOR) !== 0;
  if (!descriptor || crc !== 0 || compressed !== 0 || size !== 0) {
    if (size !== entry.size || compressed !== entry.compressedSize) throw sizesDiffer(file, name, size, entry.size);
    if (crc !== entry.crc32) throw corrupt(file, '検査値 (CRC-32) が目次と一致しません', name);
  }
  entry.dataOffset = at + 30 + nameLength + extraLength;
  let dataEnd = entry.dataOffset + entry.compressedSize;
  if (dataEnd > limit) throw corrupt(file, 'データが途中で切れています', name);
  if (!descriptor) return dataEnd;
  if (dataEnd + 4 <= limit && u32(dataEnd) === SIG.descriptor) dataEnd += 4;
  if (dataEnd + 12 > limit) throw corrupt(file, 'データが途中で切れています', name);
  if (u32(dataEnd + 4) !== entry.compressedSize || u32(dataEnd + 8) !== entry.size)
    throw sizesDiffer(file, name, u32(dataEnd + 8), entry.size);
  if (u32(dataEnd) !== entry.crc32) throw corrupt(file, '検査値 (CRC-32) が目次と一致しません', name);
  return dataEnd + 12;
}

/** The end record: the last signature whose comment reaches exactly the end of the file. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG.end && i + 22 + view.getUint16(i + 20, true) === bytes.length) return i;
  }
  return -1;
}

function hasZip64Extra(view: DataView, at: number, length: number): boolean {
  for (let p = at; p + 4 <= at + length; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) === 0x0001) return true;
  }
  return false;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 when flagged or when the bytes are valid UTF-8 (macOS writes it unflagged), else CP932 as
 * older Japanese Windows writes names (ASCII reads the same either way).
 */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x0800) return new TextDecoder().decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    return iconv.decode(Buffer.from(raw), 'cp932');
  }
}

function unsafeName(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path === '' || /\p{Cc}/u.test(name) || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..');
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);
