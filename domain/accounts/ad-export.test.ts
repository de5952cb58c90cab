import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AD_HEADER_MISSING, type AdRead, kindOf, readAdExport } from './ad-export.ts';
import { PS7_EN, PS51_JA } from './ad-fixtures.test-helpers.ts';
import { dateOrderOf, fromCultureDate, fromFiletime, isTypeName } from './ad-values.ts';
import { nameKey } from './names.ts';

const rowsOf = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data.map((cells, i) => ({ row: i + 1, cells }));
const read = (text: string) => readAdExport(rowsOf(text)) as AdRead;

describe('FILETIME', () => {
  it('reads ticks since 1601 as an instant, 0 and the largest value as never', () => {
    expect(fromFiletime('134404675650000000')).toEqual({ ok: true, value: '2026-11-29T23:12:45.000Z' });
    expect(fromFiletime('116444736000000000')).toEqual({ ok: true, value: '1970-01-01T00:00:00.000Z' });
    expect(fromFiletime('0')).toEqual({ ok: true, value: null });
    expect(fromFiletime('9223372036854775807')).toEqual({ ok: true, value: null });
    expect(fromFiletime('')).toEqual({ ok: true, value: null });
  });

  it('refuses 10^20 and words, saying why', () => {
    expect(fromFiletime('100000000000000000000')).toMatchObject({ ok: false, message: expect.stringContaining('大きすぎます') });
    expect(fromFiletime('2026/04/01')).toMatchObject({ ok: false, message: expect.stringContaining('FILETIME の数値ではありません') });
  });
});

describe('culture-formatted dates', () => {
  it('reads ja-JP, en-US with AM/PM, en-GB and de-DE, as Japan time', () => {
    expect(fromCultureDate('2024/04/01 9:00:00', 'mdy')).toEqual({ ok: true, value: '2024-04-01T00:00:00.000Z' });
    expect(fromCultureDate('4/1/2024 9:00:00 PM', 'mdy')).toEqual({ ok: true, value: '2024-04-01T12:00:00.000Z' });
    expect(fromCultureDate('12/31/2025 12:30:00 AM', 'mdy')).toEqual({ ok: true, value: '2025-12-30T15:30:00.000Z' });
    expect(fromCultureDate('01/04/2024 09:00:00', 'dmy')).toEqual({ ok: true, value: '2024-04-01T00:00:00.000Z' });
    expect(fromCultureDate('01.04.2024 09:00:00', 'dmy')).toEqual({ ok: true, value: '2024-04-01T00:00:00.000Z' });
    expect(fromCultureDate('2024-04-01T09:00:00Z', 'mdy')).toEqual({ ok: true, value: '2024-04-01T09:00:00.000Z' });
  });

  it('refuses a day that does not exist and a time past 23:59', () => {
    expect(fromCultureDate('2025/02/30 9:00:00', 'mdy')).toMatchObject({ ok: false, message: expect.stringContaining('ありえない日付') });
    expect(fromCultureDate('2025/02/01 25:00:00', 'mdy')).toMatchObject({ ok: false, message: expect.stringContaining('時刻') });
    expect(fromCultureDate('昨日', 'mdy')).toMatchObject({ ok: false });
  });

  it('decides the order from the file: a day over 12 means day first', () => {
    expect(dateOrderOf(['01/04/2024 09:00:00', '25/12/2024 09:00:00'])).toBe('dmy');
    expect(dateOrderOf(['4/1/2024 9:00:00 AM'])).toBe('mdy');
    expect(dateOrderOf(['2024/04/01 9:00:00'])).toBe('mdy');
  });
});

describe('names for matching', () => {
  it('folds old kanji, widths, kana and spaces', () => {
    expect(nameKey('髙橋　一郎')).toBe(nameKey('高橋 一郎'));
    expect(nameKey('齋藤 花子')).toBe(nameKey('斎藤花子'));
    expect(nameKey('渡邊 健')).toBe(nameKey('渡辺健'));
    expect(nameKey('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe(nameKey('やまだ たろう'));
    expect(nameKey('山田 太郎')).not.toBe(nameKey('山田 次郎'));
  });
});

describe('an Active Directory export', () => {
  it('reads PowerShell 5.1’s ja-JP export: the #TYPE line skipped, FILETIME preferred, kinds told apart', () => {
    const r = read(PS51_JA);
    expect(r.typeLine).toBe(true);
    expect(r.accounts.map((a) => [a.id, a.kind, a.enabled])).toEqual([
      ['takahashi.i', 'person', true],
      ['saito.h', 'person', false],
      ['karte-kyoyo', 'person', true],
      ['svc-backup', 'service', true],
      ['KARTE-PC01$', 'computer', true],
      ['Administrator', 'builtin', true],
    ]);
    const t = r.accounts[0];
    expect(t).toMatchObject({
      row: 3,
      displayName: '髙橋 一郎',
      nameKey: nameKey('高橋一郎'),
      employeeId: '10234',
      department: '内科',
      created: '2019-04-01T00:00:00.000Z',
      // from lastLogonTimestamp (the same instant as LastLogonDate's 2026/11/30 8:12:45 in Japan)
      lastLogon: '2026-11-29T23:12:45.000Z',
      passwordLastSet: '2026-04-01T01:00:00.000Z',
      passwordNeverExpires: false,
      expires: null,
    });
    expect(r.accounts[1]?.expires).toBe('2026-03-30T15:00:00.000Z');
    expect(r.accounts[2]).toMatchObject({ lastLogon: null, passwordNeverExpires: true });
    expect(t?.raw.MemberOf).toBe('Microsoft.ActiveDirectory.Management.ADPropertyValueCollection');
  });

  it('reports MemberOf written as a type name once, naming the column, and never reads it as a value', () => {
    const r = read(PS51_JA);
    expect(r.typeNameColumns).toEqual(['MemberOf']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        column: 'MemberOf',
        message: expect.stringContaining('Microsoft.ActiveDirectory.Management.ADPropertyValueCollection'),
      }),
    ]);
    expect(isTypeName('CN=Domain Users,CN=Users,DC=byoin,DC=local')).toBe(false);
  });

  it('reads PowerShell 7’s en-US export without #TYPE, with AM/PM dates and half-width kana', () => {
    const r = read(PS7_EN);
    expect(r.typeLine).toBe(false);
    expect(r.typeNameColumns).toEqual([]);
    expect(r.dateOrder).toBe('mdy');
    expect(r.accounts[0]).toMatchObject({
      id: 'yamada.t',
      department: 'ﾘﾊﾋﾞﾘ科',
      lastLogon: '2026-11-03T07:05:09.000Z',
      passwordLastSet: '2026-04-01T00:00:00.000Z',
    });
    expect(r.accounts[1]).toMatchObject({ id: 'watanabe.k', lastLogon: null, nameKey: nameKey('渡辺 健') });
  });

  it('names the row and column of a value it cannot read, and still reads the rest of the row', () => {
    const text = PS7_EN.replace('"12/31/2025 11:59:59 PM"', '"2/30/2025 9:00:00 AM"').replace('"True","放射線科"', '"Maybe","放射線科"');
    const r = read(text);
    expect(r.problems).toEqual([
      { row: 3, column: 'Enabled', message: 'True か False ではありません (Maybe)' },
      { row: 3, column: 'PasswordLastSet', message: 'ありえない日付です (2/30/2025 9:00:00 AM)' },
    ]);
    expect(r.accounts[1]).toMatchObject({ id: 'watanabe.k', enabled: null, passwordLastSet: null, department: '放射線科' });
  });

  it('refuses a file with only the #TYPE line, and one that is not an AD export', () => {
    expect(readAdExport(rowsOf('#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n'))).toEqual({
      error: '#TYPE の行しかありません: 列名の行とアカウントの行がありません。',
    });
    expect(readAdExport(rowsOf('氏名,職員番号\n山田,1\n'))).toEqual({ error: AD_HEADER_MISSING });
  });

  it('reads a -UseCulture export with semicolons (papaparse finds the delimiter)', () => {
    const r = read(PS7_EN.replace(/","/g, '";"'));
    expect(r.accounts.map((a) => a.id)).toEqual(['yamada.t', 'watanabe.k']);
  });

  it('tells managed service accounts and named service accounts from people', () => {
    expect(kindOf('gmsa-sql$', 'msDS-GroupManagedServiceAccount', '')).toBe('computer');
    expect(kindOf('backup', 'msDS-ManagedServiceAccount', '')).toBe('service');
    expect(kindOf('pacs_svc', 'user', '')).toBe('service');
    expect(kindOf('kensa', 'user', '検査装置のサービスアカウント')).toBe('service');
    expect(kindOf('krbtgt', 'user', '')).toBe('builtin');
    expect(kindOf('sato.m', 'user', '')).toBe('person');
  });
});
