// mamori backup --out FILE / mamori restore FILE: the whole database, evidence included, as one file.
// While a server holds the embedded data folder the backup is made by the server (streamed through
// its local channel) and a restore is refused: the folder must not be written behind its back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { knownMigrations } from '../../server/db/migrate.ts';
import type { Deps } from '../../server/deps.ts';
import { writeFileAtomically } from '../../server/features/backup/backup.file.ts';
import type { BackupSummary } from '../../server/features/backup/backup.format.ts';
import { readBackup } from '../../server/features/backup/backup.reader.ts';
import { recordOf } from '../../server/features/backup/record-verification.ts';
import { restoreBackup } from '../../server/features/backup/restore-backup.ts';
import { restoreIntoFolder } from '../../server/features/backup/restore-folder.ts';
import { type BackupVerification, verifyBackup } from '../../server/features/backup/verify-backup.ts';
import { writeBackup } from '../../server/features/backup/write-backup.ts';
import { type Config, loadConfig } from '../../server/lib/config.ts';
import { AppError } from '../../server/lib/errors.ts';
import { callServer, cliActor, configFrom, runningServer, runOperation, withDatabase } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function backupCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  if (!values.out || positionals.length > 0)
    return usageError('保存先のファイルを --out FILE で指定してください: mamori backup --out FILE');
  const out = path.resolve(values.out);
  const config = configFrom(values);
  const server = runningServer(config);
  const summary = server
    ? await backupThroughServer(server, out)
    : await withDatabase(config, (deps) => writeBackup(deps, out, { actor: cliActor() }));
  // the key file is never in a backup, and a restore needs it (audit chain, TOTP secrets)
  print(values.json, { file: out, ...summary, keyFile: config.keyFile }, () =>
    [
      describe('バックアップを作成しました', out, summary),
      `  注意: 鍵ファイル ${config.keyFile} はバックアップに含まれません。復元には同じ鍵ファイルが必要です。` +
        'バックアップとは別の安全な場所に控えを保管してください。',
    ].join('\n'),
  );
  return 0;
}

export async function restoreCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) return usageError('復元するバックアップファイルを 1 つ指定してください: mamori restore FILE');
  const config = configFrom(values);
  const server = runningServer(config);
  if (server) {
    throw new AppError(
      'DATA_DIR_LOCKED',
      `サーバーが起動中です (${server.url})。復元するには、先にサーバーを停止してください (データフォルダ ${config.dataDir})。`,
    );
  }
  const source = path.resolve(file);
  // the whole file first (format, version, sha256): a bad file is refused before anything is created
  await readBackup(source, { knownMigrations: knownMigrations() });
  const restore = (c: Config) => withDatabase(c, (deps) => restoreBackup(deps, source, cliActor()));
  // the embedded folder is built beside the target and swapped in only when the restore succeeded;
  // PostgreSQL restores in one transaction, which a refusal rolls back
  const summary = config.databaseUrl
    ? await restore(config)
    : await restoreIntoFolder(config.dataDir, (temp) => restore(configFrom({ ...values, data: temp })));
  print(values.json, { file: source, ...summary }, () => describe('復元しました', source, summary));
  return 0;
}

export async function backupVerifyCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) return usageError('検証するバックアップファイルを 1 つ指定してください: mamori backup verify FILE');
  const config = configFrom(values);
  const result = await verifyBackup(path.resolve(file), (fn) => inThrowawayFolder(config, fn));
  print(values.json, result, () => describeVerification(result));
  await recordInInstallation(config, result);
  return result.ok ? 0 : 1;
}

/**
 * The restore test recorded in this installation (audited; shown on 「Mamori のバックアップ」), through
 * the server when it holds the folder; skipped where there is no installation yet. A failure to record
 * is said, and does not change the verification's answer.
 */
async function recordInInstallation(config: Config, result: BackupVerification): Promise<void> {
  const exists = config.databaseUrl || fs.existsSync(path.join(config.dataDir, 'pgdata'));
  if (!exists) return;
  try {
    await runOperation(config, 'backup.verified', { result: recordOf(result) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    process.stderr.write(`注意: 復元テストの結果をこの環境に記録できませんでした (${reason})。\n`);
  }
}

/**
 * An embedded database in a new temporary folder, whatever this installation runs on, with a copy of
 * this installation's key file (a backup does not hold it); the folder is removed afterwards. Messages
 * name the installation's key file, not the copy.
 */
async function inThrowawayFolder<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-verify-'));
  const keyCopy = path.join(dir, 'data', 'mamori.key');
  try {
    fs.mkdirSync(path.dirname(keyCopy), { mode: 0o700 });
    if (fs.existsSync(config.keyFile)) fs.copyFileSync(config.keyFile, keyCopy);
    else if (!config.auditKey) {
      throw new AppError(
        'KEYS_UNUSABLE',
        `鍵ファイル ${config.keyFile} がありません。バックアップを作った環境の鍵ファイルを置くか、MAMORI_KEY_FILE でその場所を指定してください。`,
      );
    }
    const temp = { ...loadConfig({ data: path.dirname(keyCopy) }, { ...process.env, DATABASE_URL: '' }), keyFile: keyCopy };
    return await withDatabase(temp, fn);
  } catch (err) {
    if (err instanceof AppError && err.message.includes(keyCopy)) {
      throw new AppError(err.code, err.message.replaceAll(keyCopy, config.keyFile), { details: err.details, cause: err });
    }
    throw err;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const jst = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });

function describeVerification(r: BackupVerification): string {
  const lines = [`${r.ok ? 'バックアップを検証しました (復元できます)' : 'バックアップを復元できません'}: ${r.file}`];
  if (r.createdAt)
    lines.push(`  作成 ${jst(r.createdAt)} (日本時間)、Mamori ${r.appVersion}、${r.engine}、${r.bytes?.toLocaleString('ja-JP')} バイト`);
  if (r.sha256) lines.push(`  sha256 ${r.sha256}`);
  if (r.tables.length) {
    const restored = r.tables.reduce((n, t) => n + t.restored, 0);
    lines.push(
      `  一時データベースへの復元: ${r.tables.length} テーブル、${restored.toLocaleString('ja-JP')} 行 / ファイル ${r.rows?.toLocaleString('ja-JP')} 行 (${(r.ms / 1000).toFixed(1)} 秒)`,
    );
  }
  if (r.audit?.ok) lines.push(`  監査ログ: 改ざんなし (チェーン ${r.audit.chains}、イベント ${r.audit.events})`);
  lines.push(...r.problems.map((p) => `  問題: ${p}`));
  return lines.join('\n');
}

/** Receives the server's backup into a temporary file and checks it completely before it takes the final name. */
async function backupThroughServer(server: { url: string; token: string }, out: string): Promise<BackupSummary> {
  const res = await callServer(server, '/backup', { actor: cliActor().label });
  if (!res.body) throw new AppError('INTERNAL', 'サーバーがバックアップを返しませんでした。');
  const body = res.body as unknown as NodeWebStream<Uint8Array>;
  return writeFileAtomically(out, async (file, temp) => {
    try {
      await pipeline(Readable.fromWeb(body), file);
    } catch {
      throw new AppError('INTERNAL', 'サーバーからの受信が途中で切れました。サーバーのログを確認してください。');
    }
    return (await readBackup(temp, { knownMigrations: knownMigrations() })).summary;
  });
}

function usageError(message: string): number {
  process.stderr.write(`エラー: ${message}\n`);
  return 2;
}

function describe(done: string, file: string, s: BackupSummary): string {
  const size = s.bytes >= 1048576 ? `${(s.bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(s.bytes / 1024)} KB`;
  const tables = Object.entries(s.tables).map(([name, n]) => `${name} ${n}`);
  return [
    `${done}: ${file}`,
    `  作成日時 ${new Date(s.createdAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })} (日本時間)、${s.rows} 行 (${tables.join('、')})`,
    `  サイズ ${size}、SHA-256 ${s.sha256}`,
  ].join('\n');
}
