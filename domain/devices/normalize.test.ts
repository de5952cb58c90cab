import { describe, expect, it } from 'vitest';
import { inferClass } from './classify.ts';
import { isIPv4, isIPv6, parseIpList } from './ip.ts';
import { normalizeOs, searchForm } from './normalize.ts';

describe('normalizeOs', () => {
  it('gives one spelling to the usual ways of writing an OS', () => {
    for (const s of ['Win11', 'Windows 11 Pro', 'ｗｉｎ１１', 'Microsoft Windows 11 Enterprise', 'windows11'])
      expect(normalizeOs(s)).toBe('windows 11');
    expect(normalizeOs('Windows Server 2012 R2 Standard')).toBe('windows server 2012 r2');
    expect(normalizeOs('WS2012R2')).toBe('windows server 2012 r2');
    expect(normalizeOs('Windows 8.1')).toBe('windows 8.1');
    expect(normalizeOs('FortiOS v6.0.4')).toBe('fortios 6.0.4');
    expect(normalizeOs('Red Hat Enterprise Linux 8')).toBe('rhel 8');
  });
});

describe('searchForm', () => {
  it('folds width, case and katakana', () => {
    expect(searchForm('ﾃﾞﾝｼｶﾙﾃ ｻｰﾊﾞ')).toBe(searchForm('でんしかるて さーば'));
    expect(searchForm('ＰＣ－０１')).toBe('pc-01');
  });
});

describe('IP addresses', () => {
  it('accepts IPv4 and IPv6, full-width digits included, and refuses 192.168.1.300', () => {
    expect(isIPv4('192.168.1.10')).toBe(true);
    expect(isIPv4('192.168.1.300')).toBe(false);
    expect(isIPv4('192.168.01.1')).toBe(false);
    expect(isIPv6('fe80::1')).toBe(true);
    expect(isIPv6('2001:db8:0:0:0:0:2:1')).toBe(true);
    expect(isIPv6('::ffff:192.168.1.1')).toBe(true);
    expect(isIPv6('2001:db8::2::1')).toBe(false);
    expect(isIPv6('12345::1')).toBe(false);
    expect(parseIpList('１９２．１６８．１．１０, 10.0.0.1')).toEqual({ ok: true, value: '192.168.1.10, 10.0.0.1' });
    expect(parseIpList('192.168.1.300')).toEqual({ ok: false, message: expect.stringContaining('0〜255') });
  });

  it('says an address masked as in the manual’s example (192.168.〇.〇) is no address', () => {
    for (const ip of ['192.168.〇.〇', '１９２．１６８．〇．〇', '10.0.x.x', '172.16.*.*', '192.168.1.1, 192.168.○.○']) {
      const r = parseIpList(ip);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/は伏せ字 \(.\) を含む記入例で、IP アドレスではありません/);
    }
    expect(parseIpList('abc')).toEqual({ ok: false, message: expect.not.stringContaining('伏せ字') });
  });
});

describe('the class of a row without one', () => {
  const of = (os: string) => inferClass({ os, description: '', hostname: '' });
  it('follows from the OS where it is clear, else その他', () => {
    expect(of('Windows Server 2012 R2')).toBe('server');
    expect(of('FortiOS 6.0.4')).toBe('network');
    expect(of('ｗｉｎ１１')).toBe('pc');
    expect(of('Windows 10 Pro')).toBe('pc');
    expect(of('Windows 2000')).toBe('other');
    expect(of('')).toBe('other');
  });

  it('knows Windows as institutions write it: Win7 … Win11 and XP are terminal PCs, WS2012 … WS2025 servers', () => {
    for (const os of [
      'Win7',
      'Win8',
      'Win8.1',
      'Win10',
      'Win11',
      'Win XP',
      'WinXP',
      'win vista',
      'ｗｉｎ　８．１',
      'WIN 8',
      'win10pro',
      'W10',
    ])
      expect([os, of(os)]).toEqual([os, 'pc']);
    for (const os of [
      'WS2012',
      'WS2012R2',
      'ws 2016',
      'WS2019',
      'WS2022',
      'ＷＳ２０２５',
      'Windows Server 2019',
      'windows server2016 standard',
    ])
      expect([os, of(os)]).toEqual([os, 'server']);
    for (const os of ['Windows 2012 R2', 'Win2019', 'Win Svr 2022']) expect([os, of(os)]).toEqual([os, 'server']);
  });

  it('gives those spellings one matching form', () => {
    expect(normalizeOs('Win8')).toBe('windows 8');
    expect(normalizeOs('ｗｉｎ　８．１')).toBe('windows 8.1');
    expect(normalizeOs('WinXP')).toBe('windows xp');
    expect(normalizeOs('WS2016')).toBe('windows server 2016');
    expect(normalizeOs('Windows 2012R2')).toBe('windows server 2012 r2');
    expect(normalizeOs('Windows 10.0.19045')).toBe('windows 10.0.19045');
  });
});
