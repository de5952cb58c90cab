// The institution's address ranges as people write them: CIDR (192.168.0.0/16, 2001:db8::/32), a
// single address (a /32 or /128), or an IPv4 netmask (192.168.1.0/255.255.255.0); full-width digits
// and spaces as Excel leaves them. An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is its IPv4.
import { isIPv4, isIPv6 } from '../devices/ip.ts';

export interface AddressRange {
  text: string;
  version: 4 | 6;
  base: bigint;
  bits: number;
}

export interface ParsedAddress {
  version: 4 | 6;
  value: bigint;
}

function v4Value(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function v6Value(text: string): bigint {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = v4Value(tail);
    s = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = s.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const groups = rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** An address → its version and value (an IPv4-mapped IPv6 as IPv4), or null. */
export function parseAddress(raw: string): ParsedAddress | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^\[|\]$/g, '');
  if (isIPv4(text)) return { version: 4, value: v4Value(text) };
  if (!isIPv6(text)) return null;
  const value = v6Value(text);
  if (value >> 32n === MAPPED_PREFIX >> 32n) return { version: 4, value: value & 0xffffffffn };
  return { version: 6, value };
}

function maskBits(mask: string): number | null {
  if (!isIPv4(mask)) return null;
  const v = v4Value(mask);
  const bits = v.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? (bits.indexOf('0') < 0 ? 32 : bits.indexOf('0')) : null;
}

/** One range as written → the range, or a Japanese reason it cannot be read. */
export function parseCidr(raw: string): AddressRange | string {
  const text = raw.normalize('NFKC').trim();
  const [addressText = '', bitsText, extra] = text.split('/').map((s) => s.trim());
  if (extra !== undefined) return `「${text}」はアドレスの範囲として読み取れません (例: 192.168.0.0/16, 2001:db8::/32)`;
  const address = parseAddress(addressText);
  if (!address) return `「${text}」はアドレスの範囲として読み取れません (例: 192.168.0.0/16, 2001:db8::/32)`;
  const width = address.version === 4 ? 32 : 128;
  let bits = width;
  if (bitsText !== undefined) {
    const fromMask = address.version === 4 && bitsText.includes('.') ? maskBits(bitsText) : null;
    if (fromMask !== null) bits = fromMask;
    else if (/^\d{1,3}$/.test(bitsText) && Number(bitsText) <= width) bits = Number(bitsText);
    else return `「${text}」の「/${bitsText}」はプレフィックス長として読み取れません (IPv4 は 0〜32、IPv6 は 0〜128)`;
  }
  const shift = BigInt(width - bits);
  return { text, version: address.version, base: (address.value >> shift) << shift, bits };
}

/** Several ranges (a list, or one text separated by commas, 、, spaces or lines) → ranges and problems. */
export function parseRanges(list: string[] | string): { ranges: AddressRange[]; problems: string[] } {
  const items = (Array.isArray(list) ? list : [list])
    .flatMap((s) => s.normalize('NFKC').split(/[,、\s]+/))
    .map((s) => s.trim())
    .filter(Boolean);
  const ranges: AddressRange[] = [];
  const problems: string[] = [];
  for (const item of items) {
    const r = parseCidr(item);
    if (typeof r === 'string') problems.push(r);
    else ranges.push(r);
  }
  return { ranges, problems };
}

/** Whether an address lies in one of the ranges (false for what is not an address). */
export function inRanges(address: string, ranges: AddressRange[]): boolean {
  const a = parseAddress(address);
  if (!a) return false;
  const width = a.version === 4 ? 32 : 128;
  return ranges.some((r) => {
    if (r.version !== a.version) return false;
    const shift = BigInt(width - r.bits);
    return (a.value >> shift) << shift === r.base;
  });
}
