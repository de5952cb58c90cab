// Checks a backup's header line: our format, a version we read, and a database version (migrations)
// that this installation has too (a backup from a newer Mamori must wait for an update).
import { AppError } from '../../lib/errors.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, isBackupTable } from './backup.format.ts';

const invalid = (message: string) => new AppError('BACKUP_INVALID', message);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function checkHeader(line: string, knownMigrations: string[]): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    throw invalid('Mamori のバックアップファイルではありません (先頭行が読めません)。');
  }
  if (header?.format !== BACKUP_FORMAT) throw invalid('Mamori のバックアップファイルではありません (先頭行の形式名が違います)。');
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw invalid(
      `バックアップ形式のバージョン ${String(header.formatVersion)} には対応していません (対応: ${BACKUP_FORMAT_VERSION})。Mamori を更新してください。`,
    );
  }
  const { migrations, tables, columns } = header;
  if (!strings(migrations) || !strings(tables) || !tables.every(isBackupTable) || typeof columns !== 'object' || columns === null) {
    throw invalid('バックアップファイルが壊れています (先頭行の内容が不完全です)。');
  }
  if (!tables.every((t) => strings(columns[t]) && columns[t].length > 0)) {
    throw invalid('バックアップファイルが壊れています (先頭行の列の一覧が不完全です)。');
  }
  checkMigrations(migrations, knownMigrations, String(header.appVersion));
  return header as BackupHeader;
}

/** The backup's migrations must be the same as, or an earlier part of, this installation's. */
function checkMigrations(theirs: string[], ours: string[], appVersion: string): void {
  const differs = theirs.findIndex((tag, i) => ours[i] !== tag);
  if (differs < 0) return;
  const tag = theirs[differs];
  if (differs >= ours.length) {
    throw invalid(
      `このバックアップは新しい Mamori (バージョン ${appVersion}、データベース版 ${tag}) で作成されました。` +
        `Mamori をバージョン ${appVersion} 以降に更新してから復元してください。`,
    );
  }
  throw invalid(
    `このバックアップのデータベース版 ${tag} (Mamori ${appVersion}) は、このインストールの ${ours[differs]} と一致しません。` +
      '同じ系統の Mamori で復元してください。',
  );
}
