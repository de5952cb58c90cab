// IP addresses as people type them into a ledger (full-width digits from Excel in Japan included):
// IPv4 with every part 0–255, IPv6 in its full or :: shortened form; several separated by , 、 or space.

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function isIPv4(text: string): boolean {
  const m = text.match(V4);
  return !!m && m.slice(1).every((p) => Number(p) <= 255 && (p === '0' || !p.startsWith('0')));
}

export function isIPv6(text: string): boolean {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const parts = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (!parts.flat().every((g) => /^[0-9a-f]{1,4}$/.test(g))) return false;
  const count = parts.flat().length;
  // an embedded IPv4 tail was replaced by two groups above, so the count is always out of 8
  return halves.length === 2 ? count < 8 : count === 8;
}

// the characters ledgers and manuals put where digits are hidden: 192.168.〇.〇, 10.0.x.x, 172.16.*.*
const MASKS = /[〇○◯●◎*×✕xX?△▲□■◇◆☆★]/;

/** The masking character of an address written as an example (its digits hidden), or null. */
function maskOf(item: string): string | null {
  const m = item.match(MASKS);
  if (!m) return null;
  // the address with its masks as digits would be IPv4-shaped: dotted groups of digits
  return /^[\d.]+$/.test(item.replace(new RegExp(MASKS.source, 'g'), '0')) && item.includes('.') ? m[0] : null;
}

export type IpParse = { ok: true; value: string } | { ok: false; message: string };

/** One or more addresses; the stored form is NFKC, separated by ", ". */
export function parseIpList(raw: string): IpParse {
  const items = raw
    .normalize('NFKC')
    .split(/[,、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const ip of items) {
    if (isIPv4(ip) || isIPv6(ip)) continue;
    const mask = maskOf(ip);
    if (mask) {
      return {
        ok: false,
        message: `${ip} は伏せ字 (${mask}) を含む記入例で、IP アドレスではありません。実際のアドレスを記入するか、空欄にしてください`,
      };
    }
    const v4ish = /^[\d.]+$/.test(ip);
    return {
      ok: false,
      message: v4ish
        ? `${ip} は IPv4 アドレスとして正しくありません (4 つの部分がそれぞれ 0〜255)`
        : `${ip} は IP アドレスとして読み取れません (例: 192.168.1.10, fe80::1)`,
    };
  }
  return { ok: true, value: items.join(', ') };
}
