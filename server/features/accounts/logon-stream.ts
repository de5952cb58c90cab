// A logon event file read as a stream (an upload's body, a file on disk), never whole: its encoding
// from the first bytes, its format from the first decoded text, then each piece decoded, read and
// summarised as it arrives, and hashed. Memory stays flat as the file grows (the summary's caps);
// only the read's verdict decides whether anything may be stored (domain/logons/readers.ts).
import { createHash } from 'node:crypto';
import { createReader, detectEncoding, detectFormat, type LogonFormat, type ReadStats } from '../../../domain/logons/readers.ts';
import { createSummary, type LogonSummary } from '../../../domain/logons/summary.ts';
import { AppError } from '../../lib/errors.ts';

/** enough of the start of a file to tell its encoding and format */
const HEAD_BYTES = 64 * 1024;

export interface LogonRead {
  format: LogonFormat;
  encoding: string;
  bytes: number;
  sha256: string;
  stats: ReadStats;
  summary: LogonSummary;
  /** the file's bytes, when asked to keep them (keepUpTo) */
  original: Uint8Array | null;
}

/**
 * Reads and summarises `chunks`. `computer`: the system a file that names none is from (Event
 * Viewer's CSV). Throws an AppError (nothing read is kept) when the file is empty, larger than
 * `maxBytes`, not a logon event file, or refused by the reader's malformed-record policy.
 */
export async function readLogonStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: { computer: string; maxBytes: number; utcOffset?: string; keepUpTo?: number; onProgress?: (bytes: number) => void },
): Promise<LogonRead> {
  const hash = createHash('sha256');
  const summary = createSummary();
  let bytes = 0;
  let pending: Uint8Array[] = [];
  const kept: Uint8Array[] = [];
  let pendingBytes = 0;
  type State = { decoder: TextDecoder; reader: ReturnType<typeof createReader>; encoding: string };
  let state = null as State | null;

  const start = (head: Uint8Array) => {
    const { encoding, bomLength } = detectEncoding(head);
    const decoder = new TextDecoder(encoding);
    const text = new TextDecoder(encoding).decode(head.subarray(bomLength));
    const detected = detectFormat(text);
    if (!detected.ok) throw new AppError('VALIDATION', detected.message, { fields: [{ field: 'file', message: detected.message }] });
    state = {
      decoder,
      reader: createReader(detected.format, { computer: options.computer, ...(options.utcOffset ? { utcOffset: options.utcOffset } : {}) }),
      encoding,
    };
    feed(head.subarray(bomLength));
  };
  const feed = (piece: Uint8Array, last = false) => {
    if (!state || state.reader.stopped) return;
    const text = state.decoder.decode(piece, { stream: !last });
    for (const e of state.reader.push(text)) summary.add(e);
    if (last) for (const e of state.reader.end()) summary.add(e);
  };

  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > options.maxBytes) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `ファイルが大きすぎます (上限 ${Math.round(options.maxBytes / 1048576)} MB)。期間を分けて書き出してください。`,
      );
    }
    hash.update(chunk);
    if (options.keepUpTo !== undefined) {
      if (bytes > options.keepUpTo) {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `元のファイルを証跡として残せるのは ${Math.round(options.keepUpTo / 1048576)} MB までです。残さずに読むか、期間を分けて書き出してください。`,
          { fields: [{ field: 'keep', message: '上限を超えています' }] },
        );
      }
      kept.push(chunk);
    }
    if (state) feed(chunk);
    else {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= HEAD_BYTES) {
        start(Buffer.concat(pending));
        pending = [];
      }
    }
    options.onProgress?.(bytes);
  }
  if (!state) {
    if (pendingBytes === 0) throw new AppError('VALIDATION', 'ファイルが空です。', { fields: [{ field: 'file', message: '空です' }] });
    start(Buffer.concat(pending));
  }
  const read = state as State;
  feed(new Uint8Array(0), true);
  const verdict = read.reader.verdict();
  if (!verdict.ok) throw new AppError('VALIDATION', verdict.message, { fields: [{ field: 'file', message: verdict.message }] });
  if (verdict.stats.events === 0) {
    const message = `ログオンのイベント (4624・4625 など) がありません (読んだ記録 ${verdict.stats.records} 件、対象外のイベント ${verdict.stats.ignored} 件)。セキュリティ ログを書き出したか確かめてください。`;
    throw new AppError('VALIDATION', message, { fields: [{ field: 'file', message }] });
  }
  return {
    format: read.reader.format,
    encoding: read.encoding,
    bytes,
    sha256: hash.digest('hex'),
    stats: verdict.stats,
    summary: summary.result(),
    original: options.keepUpTo !== undefined ? new Uint8Array(Buffer.concat(kept)) : null,
  };
}
