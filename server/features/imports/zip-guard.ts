// Every zip the product reads (.xlsx imports, the official workbook, evidence zips and Office
// documents) passes here before anything else opens it. No declared size is trusted: the directory
// is read defensively (zip-directory.ts), refused early when its declared sizes already break the
// limits, then every entry is inflated as a stream whose output is counted and dropped — never kept —
// and the stream is destroyed at the first byte past the declared size, the limits or the ratio. An
// entry must inflate to exactly its declared size and CRC-32, so what exceljs reads afterwards is
// what was counted here (issue 11: a sheet declaring 1,000 bytes inflated to 2 GB).
import { crc32, createInflateRaw } from 'node:zlib';
import { readZipDirectory, refuseZip, where, type ZipEntry } from './zip-directory.ts';

export type { ZipEntry } from './zip-directory.ts';

export interface ZipLimits {
  maxEntries: number;
  /** real bytes of all entries together */
  maxTotalBytes: number;
  /** real bytes of one entry */
  maxEntryBytes: number;
  /** real size / compressed size, for an entry and for the whole file, above RATIO_FLOOR */
  maxRatio: number;
}

const MiB = 1024 * 1024;
/** Small parts (styles, empty sheets) may compress far better than real data without being a threat. */
const RATIO_FLOOR = MiB;

// An .xlsx's XML compresses 5–30 times (a sheet of repeated rows up to ~100); deflate's ceiling is
// ~1,030. 200 MB of XML is several times the largest ledger and what exceljs can hold in memory.
export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 200 * MiB, maxEntryBytes: 200 * MiB, maxRatio: 200 };

const tooBig = (file: string, limit: number, entry?: string) =>
  refuseZip(file, `${where(file, entry)}は展開すると大きすぎます (上限 ${Math.round(limit / MiB)} MB)。`, entry);
const badRatio = (file: string, ratio: number, entry?: string) =>
  refuseZip(file, `${where(file, entry)}は圧縮率が異常です (${Math.round(ratio)} 倍)。zip 爆弾の疑いがあるため受け付けません。`, entry);

/** The entries of `bytes` once every one has inflated within the limits to exactly its declared size. */
export async function guardZip(bytes: Uint8Array, file: string, limits: ZipLimits = XLSX_LIMITS): Promise<ZipEntry[]> {
  const entries = readZipDirectory(bytes, file, limits.maxEntries);
  const check = sizeCheck(bytes, file, limits);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    check(e, e.size, declared); // an honest bomb is refused before anything is inflated
  }
  let total = 0;
  for (const e of entries) total += await inflateCounted(bytes, e, file, (real) => check(e, real, total + real));
  return entries;
}

function sizeCheck(bytes: Uint8Array, file: string, limits: ZipLimits) {
  return (entry: ZipEntry, real: number, total: number) => {
    if (real > limits.maxEntryBytes) throw tooBig(file, limits.maxEntryBytes, entry.name);
    if (total > limits.maxTotalBytes) throw tooBig(file, limits.maxTotalBytes);
    const ratio = real / Math.max(entry.compressedSize, 1);
    if (real > RATIO_FLOOR && ratio > limits.maxRatio) throw badRatio(file, ratio, entry.name);
    if (total > RATIO_FLOOR && total / bytes.byteLength > limits.maxRatio) throw badRatio(file, total / bytes.byteLength);
  };
}

/**
 * Inflates one entry as a stream, counting its output (each chunk is dropped once counted). `onCount`
 * may throw to stop; past the declared size it stops as forged; at the end size and CRC-32 must match.
 */
async function inflateCounted(bytes: Uint8Array, entry: ZipEntry, file: string, onCount: (real: number) => void): Promise<number> {
  let real = 0;
  let crc = 0;
  await eachChunk(bytes, entry, file, (chunk) => {
    real += chunk.length;
    crc = crc32(chunk, crc);
    if (real > entry.size) throw forged(file, entry);
    onCount(real);
    return true;
  });
  if (real !== entry.size) {
    throw refuseZip(
      file,
      `${where(file, entry.name)}は記録された大きさ (${bytesOf(entry.size)}) より小さく展開されました (${bytesOf(real)})。ファイルが壊れているか、改ざんされています。`,
      entry.name,
    );
  }
  if (crc >>> 0 !== entry.crc32)
    throw refuseZip(
      file,
      `${where(file, entry.name)}の検査値 (CRC-32) が一致しません。ファイルが壊れているか、改ざんされています。`,
      entry.name,
    );
  return real;
}

const bytesOf = (n: number) => `${n.toLocaleString('en-US')} バイト`;
const forged = (file: string, entry: ZipEntry) =>
  refuseZip(
    file,
    `${where(file, entry.name)}は、記録された大きさ (${bytesOf(entry.size)}) を超えて展開されます。大きさを偽った zip (zip 爆弾) の疑いがあるため受け付けません。`,
    entry.name,
  );

/**
 * Feeds an entry's real bytes to `onChunk` as they inflate (a stored entry in one piece). `onChunk`
 * returns false to stop early or throws to fail; either way the stream is destroyed at once, so no
 * more is inflated than was asked for.
 */
function eachChunk(bytes: Uint8Array, entry: ZipEntry, file: string, onChunk: (chunk: Buffer) => boolean): Promise<void> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataOffset, entry.compressedSize);
  if (entry.method === 0) return Promise.resolve().then(() => void onChunk(input));
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let settled = false;
    const settle = (err?: unknown) => {
      if (settled) return;
      settled = true;
      z.destroy();
      if (err) reject(err);
      else resolve();
    };
    z.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        if (!onChunk(chunk)) settle();
      } catch (err) {
        settle(err);
      }
    });
    z.on('error', (err) =>
      settle(refuseZip(file, `${where(file, entry.name)}は壊れています (展開できません: ${err.message})。`, entry.name)),
    );
    z.on('end', () => settle());
    z.end(input);
  });
}

/** The first `maxBytes` bytes of an entry that `guardZip` has passed (to sniff or read a small part). */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, file = entry.name): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let kept = 0;
  await eachChunk(bytes, entry, file, (chunk) => {
    chunks.push(chunk);
    kept += chunk.length;
    return kept < maxBytes;
  });
  return Buffer.concat(chunks).subarray(0, maxBytes);
}
