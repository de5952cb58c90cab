// The header decides whether this installation can read a backup at all; its refusals name the reason.
import { describe, expect, it } from 'vitest';
import { checkHeader } from './backup.header.ts';

const header = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'mamori-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-11-22T01:00:00.000Z',
    engine: 'pglite',
    migrations: ['0000_platform'],
    tables: ['users'],
    columns: { users: ['id', 'login_id'] },
    ...overrides,
  });

const refusal = (line: string, known = ['0000_platform', '0001_more']) => {
  try {
    checkHeader(line, known);
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('accepted');
};

describe('backup header', () => {
  it('accepts a backup whose migrations are the same as or an earlier part of ours', () => {
    expect(checkHeader(header(), ['0000_platform', '0001_more']).appVersion).toBe('0.1.0');
    expect(checkHeader(header(), ['0000_platform']).tables).toEqual(['users']);
  });

  it('refuses a newer backup, naming its version and migration', () => {
    const err = refusal(header({ appVersion: '0.3.0', migrations: ['0000_platform', '0001_more', '0002_next'] }));
    expect(err).toMatchObject({ code: 'BACKUP_INVALID' });
    expect(err.message).toMatch(/新しい Mamori \(バージョン 0\.3\.0、データベース版 0002_next\)/);
  });

  it('refuses a backup from a diverging line of migrations', () => {
    expect(refusal(header({ migrations: ['0000_platform', '0001_other'] })).message).toMatch(/0001_other .*0001_more と一致しません/);
  });

  it('refuses other files, other format versions, unknown tables and missing column lists', () => {
    expect(refusal('PK\u0003\u0004').message).toMatch(/先頭行が読めません/);
    expect(refusal(JSON.stringify({ format: 'pg_dump' })).message).toMatch(/形式名が違います/);
    expect(refusal(header({ formatVersion: 2 })).message).toMatch(/バージョン 2 には対応していません/);
    expect(refusal(header({ tables: ['users', 'pg_authid'] })).message).toMatch(/不完全/);
    expect(refusal(header({ columns: {} })).message).toMatch(/列の一覧が不完全/);
  });
});
