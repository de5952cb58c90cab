// Reads a backup file as a stream and checks it completely: gzip, header, table order, row count and
// the trailer's sha256. Every problem becomes BACKUP_INVALID with a message that names it. Row lines
// go to `onRow` as they pass, so the same reader serves the checking pass and the restoring pass.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../lib/errors.ts';
import { BACKUP_TABLES, type BackupHeader, type BackupSummary, type BackupTable, parseRowLine } from './backup.format.ts';
import { checkHeader } from './backup.header.ts';

const MAX_LINE_BYTES = 500 * 1024 * 1024; // below V8's longest string

const invalid = (message: string, cause?: unknown) => new AppError('BACKUP_INVALID', message, { cause });
const TRUNCATED = 'バックアップファイルが途中で切れています。コピーや転送が最後まで終わっているか確認してください。';
const corrupt = (what: string) => `バックアップファイルが壊れています (${what})。`;

export interface ReadOptions {
  knownMigrations: string[];
  onRow?: (table: BackupTable, rowJson: string) => Promise<void>;
}

export async function readBackup(file: string, opts: ReadOptions): Promise<{ header: BackupHeader; summary: BackupSummary }> {
  await checkGzipMagic(file);
  const source = fs.createReadStream(file);
  const fileHash = createHash('sha256');
  let bytes = 0;
  source.on('data', (chunk) => {
    fileHash.update(chunk as Buffer);
    bytes += chunk.length;
  });
  const gunzip = createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  const lineHash = createHash('sha256');
  const counts: Record<string, number> = {};
  let header: BackupHeader | undefined;
  let rows = 0;
  let tableIndex = 0;
  let ended = false;
  try {
    for await (const line of lines(source.pipe(gunzip))) {
      if (ended) throw invalid(corrupt('終端の記録の後に余分なデータがあります'));
      const text = line.toString('utf8');
      if (!header) {
        header = checkHeader(text, opts.knownMigrations);
        for (const t of header.tables) counts[t] = 0;
      } else if (text.startsWith('{"t":"')) {
        const row = parseRowLine(text);
        const index = BACKUP_TABLES.indexOf(row?.table as BackupTable);
        if (!row || index < tableIndex || !header.tables.includes(row.table)) throw invalid(corrupt(`${rows + 2} 行目が読めません`));
        tableIndex = index;
        rows += 1;
        counts[row.table] = (counts[row.table] ?? 0) + 1;
        await opts.onRow?.(row.table as BackupTable, row.rowJson);
      } else {
        checkTrailer(text, rows, lineHash.digest('hex'));
        ended = true;
        continue;
      }
      lineHash.update(line).update('\n');
    }
  } catch (err) {
    source.destroy();
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw invalid(TRUNCATED, err);
    throw invalid(corrupt(`圧縮データを展開できません: ${(err as Error).message}`), err);
  }
  if (!header || !ended) throw invalid(TRUNCATED);
  return { header, summary: { tables: counts, rows, bytes, sha256: fileHash.digest('hex'), createdAt: header.createdAt } };
}

function checkTrailer(text: string, rows: number, sha256: string): void {
  let trailer: { end?: unknown; rows?: unknown; sha256?: unknown };
  try {
    trailer = JSON.parse(text) as typeof trailer;
  } catch {
    throw invalid(corrupt(`${rows + 2} 行目が読めません`));
  }
  if (trailer.end !== true) throw invalid(corrupt(`${rows + 2} 行目が読めません`));
  if (trailer.rows !== rows) throw invalid(corrupt(`行数 ${rows} が終端の記録 (${String(trailer.rows)}) と一致しません`));
  if (trailer.sha256 !== sha256) throw invalid(corrupt('SHA-256 が一致しません。内容が変更されています'));
}

async function checkGzipMagic(file: string): Promise<void> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (err) {
    throw new AppError('NOT_FOUND', `バックアップファイル ${file} を開けません (${(err as NodeJS.ErrnoException).code})。`);
  }
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    if (bytesRead < 2 || buffer[0] !== 0x1f || buffer[1] !== 0x8b) {
      throw invalid(`Mamori のバックアップファイルではありません (gzip 形式ではありません): ${file}`);
    }
  } finally {
    await handle.close();
  }
}

/** Splits a byte stream at "\n". A last piece without "\n" is dropped: the trailer always ends with one. */
async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, nl));
      yield pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw invalid(corrupt('1 行が長すぎます'));
    }
  }
}
