import { describe, expect, it } from 'vitest';
import {
  accountKindOf,
  failureCodeOf,
  foldAccount,
  jstHour,
  jstText,
  kindOfEventId,
  logonClassOf,
  normalizeStatus,
  parseEventTime,
  sourceOf,
  statusLabel,
  toLogonEvent,
} from './events.ts';

describe('accounts, addresses and status codes', () => {
  it('folds an account for matching and keeps its domain apart', () => {
    expect(foldAccount('BYOIN\\Takahashi.I')).toEqual({ account: 'takahashi.i', domain: 'BYOIN' });
    expect(foldAccount('takahashi.i@byoin.local')).toEqual({ account: 'takahashi.i', domain: 'byoin.local' });
    expect(foldAccount('ＳＡＩＴＯ.Ｈ', 'BYOIN')).toEqual({ account: 'saito.h', domain: 'BYOIN' });
    expect(foldAccount('-', '-')).toEqual({ account: '', domain: '' });
    expect(accountKindOf('karte-sv01$')).toBe('machine');
    expect(accountKindOf('system')).toBe('builtin');
    expect(accountKindOf('dwm-3')).toBe('builtin');
    expect(accountKindOf('saito.h')).toBe('user');
  });

  it("tells the machine's own logons ('-', loopback, LOCAL) from remote ones", () => {
    expect(sourceOf('-')).toEqual({ source: null, local: true });
    expect(sourceOf('::1')).toEqual({ source: '::1', local: true });
    expect(sourceOf('127.0.0.1')).toEqual({ source: '127.0.0.1', local: true });
    expect(sourceOf('ローカル').local).toBe(true);
    expect(sourceOf('LOCAL').local).toBe(true);
    expect(sourceOf('::ffff:192.168.10.21')).toEqual({ source: '192.168.10.21', local: false });
    expect(sourceOf('FE80::1%12')).toEqual({ source: 'fe80::1', local: false });
  });

  it('writes status codes as Windows shows them, with Japanese labels', () => {
    expect(normalizeStatus('0xc000006a')).toBe('0xC000006A');
    expect(normalizeStatus('0x0')).toBeNull();
    expect(normalizeStatus('%%2313')).toBeNull();
    expect(statusLabel('0xC000006A')).toBe('パスワードの誤り');
    expect(statusLabel('0xC0000064')).toBe('存在しないユーザー名');
    expect(statusLabel('0xC0000234')).toBe('ロックアウト中のアカウント');
    expect(statusLabel('0xC0000072')).toBe('無効化されたアカウント');
    expect(statusLabel('0xC0000133')).toContain('時刻のずれ');
    expect(statusLabel('0xC00000DC')).toBe('不明な理由 (0xC00000DC)');
    expect(failureCodeOf({ status: '0xC000006D', subStatus: '0xC000006A' })).toBe('0xC000006A');
    expect(failureCodeOf({ status: '0xC0000234', subStatus: null })).toBe('0xC0000234');
  });

  it('classes logon types: 2 interactive, 3 network, 10 RDP, 7 unlock, 11 cached, 4 batch, 5 service', () => {
    expect([2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 0].map(logonClassOf)).toEqual([
      'interactive',
      'network',
      'batch',
      'service',
      'unlock',
      'network',
      'other',
      'rdp',
      'cached',
      'rdp',
      'unlock',
      'other',
    ]);
    expect(logonClassOf(null)).toBeNull();
  });

  it("takes the small TerminalServices IDs only from TerminalServices' providers", () => {
    expect(kindOfEventId(21, 'Microsoft-Windows-TerminalServices-LocalSessionManager')).toBe('rdp-session-logon');
    expect(kindOfEventId(21, 'Microsoft-Windows-Kernel-Power')).toBeNull();
    expect(kindOfEventId(1149, 'Microsoft-Windows-TerminalServices-RemoteConnectionManager')).toBe('rdp-auth');
    expect(kindOfEventId(4624, 'security')).toBe('logon');
    expect(kindOfEventId(4624, '')).toBe('logon');
    expect(kindOfEventId(4688, 'Microsoft-Windows-Security-Auditing')).toBeNull();
  });

  it('makes an event of what a reader found', () => {
    const e = toLogonEvent({
      eventId: 4625,
      provider: 'Microsoft-Windows-Security-Auditing',
      time: '2026-11-30T00:05:10.000Z',
      computer: 'KARTE-SV01.byoin.local',
      user: 'Saito.H',
      domain: 'BYOIN',
      logonType: '3',
      address: '192.168.10.21',
      workstation: '-',
      status: '0xc000006d',
      subStatus: '0xc000006a',
      line: 7,
    });
    expect(e).toEqual({
      time: '2026-11-30T00:05:10.000Z',
      eventId: 4625,
      kind: 'failure',
      account: 'saito.h',
      domain: 'BYOIN',
      accountKind: 'user',
      logonType: 3,
      logonClass: 'network',
      source: '192.168.10.21',
      local: false,
      workstation: null,
      status: '0xC000006D',
      subStatus: '0xC000006A',
      computer: 'karte-sv01.byoin.local',
      line: 7,
    });
  });
});

describe('times', () => {
  const JST = 540;
  it('reads the files’ times into ISO UTC, zoneless ones in the given offset', () => {
    expect(parseEventTime('2026/11/30 8:12:45', JST)).toBe('2026-11-29T23:12:45.000Z');
    expect(parseEventTime('11/30/2026 8:12:45 PM', JST)).toBe('2026-11-30T11:12:45.000Z');
    expect(parseEventTime('11/30/2026 12:05:00 AM', JST)).toBe('2026-11-29T15:05:00.000Z');
    expect(parseEventTime('2026/11/30 午後 8:12:45', JST)).toBe('2026-11-30T11:12:45.000Z');
    expect(parseEventTime('30/11/2026 08:12:45', JST)).toBe('2026-11-29T23:12:45.000Z');
    expect(parseEventTime('01/02/2026 08:00:00', JST, 'dmy')).toBe('2026-01-31T23:00:00.000Z');
    expect(parseEventTime('2020-09-22 04:37:54', -240)).toBe('2020-09-22T08:37:54.000Z');
    expect(parseEventTime('2026-11-30T14:12:45.123456Z', JST)).toBe('2026-11-30T14:12:45.123Z');
    expect(parseEventTime('2026-11-30T23:12:45+09:00', 0)).toBe('2026-11-30T14:12:45.000Z');
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', 'yesterday', '2026/02/30 8:00:00', '2026/11/30 25:00:00', '13/13/2026 1:00:00', '2026/11/30 13:00:00 PM'])
      expect(parseEventTime(bad, JST), bad).toBeNull();
  });

  it('shows and buckets times in Japan time', () => {
    expect(jstText('2026-11-30T14:12:45.000Z')).toBe('2026-11-30 23:12');
    expect(jstHour('2026-11-30T14:12:45.000Z')).toBe(23);
    expect(jstHour('2026-11-30T15:00:00.000Z')).toBe(0);
  });
});
