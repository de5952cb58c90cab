// Before an .xlsx (a zip) is opened: its central directory is read to refuse a zip bomb — too many
// entries, too much uncompressed data in all or in one entry, or an absurd compression ratio — without
// inflating anything.
import { AppError } from '../../lib/errors.ts';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxRatio: number;
}

export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 200 };

const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });

export function checkZip(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record sits in the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('Excel ファイル (.xlsx) として読めません (zip 形式ではありません)。');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries > limits.maxEntries) throw bad(`Excel ファイルの中身が多すぎます (${entries} 個)。`);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw bad('Excel ファイルが壊れています。');
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    total += size;
    if (size === 0xffffffff || total > limits.maxTotalBytes) {
      throw bad(`Excel ファイルを展開すると大きすぎます (上限 ${Math.round(limits.maxTotalBytes / 1048576)} MB)。`);
    }
    if (size > 1024 * 1024 && size / Math.max(compressed, 1) > limits.maxRatio) {
      throw bad('Excel ファイルの圧縮率が異常です (zip 爆弾の疑い)。取り込みを中止しました。');
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
