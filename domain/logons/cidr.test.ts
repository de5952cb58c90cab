import { describe, expect, it } from 'vitest';
import { inRanges, parseAddress, parseCidr, parseRanges } from './cidr.ts';

describe('address ranges', () => {
  it('reads CIDR, single addresses and netmasks, IPv4 and IPv6', () => {
    expect(parseCidr('192.168.0.0/16')).toMatchObject({ version: 4, bits: 16 });
    expect(parseCidr('１９２．１６８．１．５')).toMatchObject({ version: 4, bits: 32 });
    expect(parseCidr('192.168.1.0/255.255.255.0')).toMatchObject({ version: 4, bits: 24 });
    expect(parseCidr('2001:db8:1::/48')).toMatchObject({ version: 6, bits: 48 });
    expect(parseCidr('10.0.0.0/33')).toBe('「10.0.0.0/33」の「/33」はプレフィックス長として読み取れません (IPv4 は 0〜32、IPv6 は 0〜128)');
    expect(parseCidr('192.168.〇.〇/24')).toContain('アドレスの範囲として読み取れません');
  });

  it('says whether an address lies inside', () => {
    const { ranges, problems } = parseRanges(['192.168.0.0/16, 10.0.0.0/8', '2001:db8:1::/48', 'x']);
    expect(ranges).toHaveLength(3);
    expect(problems).toHaveLength(1);
    expect(inRanges('192.168.10.21', ranges)).toBe(true);
    expect(inRanges('10.255.0.1', ranges)).toBe(true);
    expect(inRanges('172.16.0.1', ranges)).toBe(false);
    expect(inRanges('203.0.113.50', ranges)).toBe(false);
    expect(inRanges('::ffff:192.168.1.1', ranges)).toBe(true);
    expect(inRanges('2001:db8:1:ff::5', ranges)).toBe(true);
    expect(inRanges('2001:db8:2::5', ranges)).toBe(false);
    expect(inRanges('not an address', ranges)).toBe(false);
    // a range written with host bits is its network
    expect(inRanges('192.168.1.200', parseRanges('192.168.1.5/24').ranges)).toBe(true);
  });

  it('reads an IPv4-mapped IPv6 address as IPv4', () => {
    expect(parseAddress('::ffff:10.0.0.1')).toEqual({ version: 4, value: 0x0a000001n });
    expect(parseAddress('::1')).toEqual({ version: 6, value: 1n });
  });
});
