// Which endoflife.date product and cycle a ledger value is: "Windows Server 2012 R2" → windows-server
// 2012-r2, "FortiOS 6.0.4" → fortios 6.0, "Office" + "2016" → office 2016. Values are read in their
// matching form (normalizeOs: NFKC, lower case, Win11 → windows 11). A family without its version
// ("Win11" with no release) is recognised as such: nothing can be said about its support.
import { normalizeOs } from '../devices/normalize.ts';
import type { EolCycle, EolProduct } from './feeds.ts';

export interface EolHit {
  product: string;
  /** the cycle id as endoflife.date names it, or null when the value has no usable version */
  cycle: string | null;
  /** the full version when the value has one (6.0.4), for NVD ranges */
  version: string | null;
}

interface Rule {
  product: string;
  family: RegExp;
  /** capture groups → cycle id (and version) */
  release: RegExp;
  cycle: (m: RegExpMatchArray, raw: string) => string;
  version?: (m: RegExpMatchArray) => string;
}

const edition = (raw: string) => (/enterprise|education|ltsc|ltsb/i.test(raw) ? 'e' : 'w');

const RULES: Rule[] = [
  {
    product: 'windows-server',
    family: /windows server/,
    release: /windows server (\d{4})\s*(r2)?/,
    cycle: (m) => `${m[1]}${m[2] ? '-r2' : ''}`,
  },
  {
    product: 'windows',
    family: /^windows (11|10)\b/,
    release: /^windows (11|10) (\d{2}h\d|\d{4})\b/,
    cycle: (m, raw) => `${m[1]}-${m[2]}-${edition(raw)}`,
  },
  { product: 'windows', family: /^windows (8\.1|8|7|vista|xp)\b/, release: /^windows (8\.1|8|7|vista|xp)\b/, cycle: (m) => m[1] ?? '' },
  {
    product: 'fortios',
    family: /fortios/,
    release: /fortios (\d+\.\d+)(\.\d+)?/,
    cycle: (m) => m[1] ?? '',
    version: (m) => `${m[1]}${m[2] ?? ''}`,
  },
  {
    product: 'pan-os',
    family: /pan-?os/,
    release: /pan-?os (\d+\.\d+)(\.\d+)?/,
    cycle: (m) => m[1] ?? '',
    version: (m) => `${m[1]}${m[2] ?? ''}`,
  },
  { product: 'rhel', family: /^rhel\b/, release: /^rhel (\d+)/, cycle: (m) => m[1] ?? '' },
  { product: 'vmware-esxi', family: /esxi/, release: /esxi (\d+\.\d+)/, cycle: (m) => m[1] ?? '' },
  { product: 'office', family: /^(microsoft )?office\b/, release: /office (\d{4})\b/, cycle: (m) => m[1] ?? '' },
  { product: 'mssqlserver', family: /sql server/, release: /sql server (\d{4})\b/, cycle: (m) => m[1] ?? '' },
  { product: 'msexchange', family: /exchange/, release: /exchange(?: server)? (\d{4})\b/, cycle: (m) => m[1] ?? '' },
  { product: 'internet-explorer', family: /internet explorer/, release: /internet explorer (\d+)/, cycle: (m) => m[1] ?? '' },
  { product: 'cisco-ios-xe', family: /ios[- ]?xe/, release: /ios[- ]?xe (\d+\.\d+)/, cycle: (m) => m[1] ?? '' },
  { product: 'big-ip', family: /big-?ip/, release: /big-?ip (\d+\.\d+)/, cycle: (m) => m[1] ?? '' },
];

/** The product and cycle of one value (an OS, a firmware, "name version" of a software), or null. */
export function eolHitOf(raw: string): EolHit | null {
  const s = normalizeOs(raw);
  if (!s) return null;
  for (const rule of RULES) {
    if (!rule.family.test(s)) continue;
    const m = s.match(rule.release);
    if (!m) return { product: rule.product, cycle: null, version: null };
    return { product: rule.product, cycle: rule.cycle(m, raw), version: rule.version ? rule.version(m) : null };
  }
  return null;
}

/** The product's cycle for a hit: the exact id, else the one it begins (7 → 7-sp1, 10-22h2-w → 10-22h2). */
export function cycleOf(product: EolProduct, cycle: string): EolCycle | null {
  const c = product.cycles;
  return (
    c.find((x) => x.cycle === cycle) ??
    c.find((x) => cycle.endsWith('-w') && x.cycle === cycle.slice(0, -2)) ??
    c.find((x) => x.cycle.startsWith(`${cycle}-`)) ??
    null
  );
}
