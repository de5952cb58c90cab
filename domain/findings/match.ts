// Findings from real data: ledger rows and connection points checked against endoflife.date cycles
// and the CISA KEV catalog (refined by NVD version ranges where loaded), plus rule findings that need
// no feed. Worst first: 重大 (known-exploited on an internet-facing point, or with known ransomware
// use), 高 (known-exploited; end-of-life on a server, network device or connection point), 中
// (end-of-life elsewhere; support ending within 180 days), 情報 (nothing can be said: no version).
import { searchForm } from '../devices/normalize.ts';
import { cycleOf, type EolHit, eolHitOf } from './eol-rules.ts';
import { type EolProduct, inRange, type KevEntry, type NvdRecord } from './feeds.ts';
import { base, type Finding, PATCH, SEVERITIES, type Severity, type Subject } from './finding.ts';
import { kevActionJa } from './kev-action.ts';
import { mergeThroughPoints } from './merge.ts';
import { productName } from './names.ts';
import { ruleFindings } from './rule-findings.ts';

export {
  type Cve,
  type Finding,
  type MatchMethod,
  type PointRef,
  SEVERITIES,
  type Severity,
  type Subject,
  severityLabels,
  worse,
} from './finding.ts';

export interface Feeds {
  kev: KevEntry[];
  eol: EolProduct[];
  nvd: NvdRecord[];
}

const PERIMETER = new Set<Subject['deviceClass']>(['network', 'connection']);
const VENDOR_ALIASES: [RegExp, string][] = [
  [/フォーティネット/g, 'fortinet'],
  [/富士通/g, 'fujitsu'],
  [/日本電気/g, 'nec'],
  [/キヤノン/g, 'canon'],
  [/マイクロソフト/g, 'microsoft'],
  [/シスコ/g, 'cisco'],
  [/パロアルト/g, 'palo alto'],
  // product names that say their maker
  [/fortigate/g, 'fortigate fortinet'],
  [/netscaler/g, 'netscaler citrix'],
  [/globalprotect/g, 'globalprotect palo alto'],
];
const norm = (s: string) => VENDOR_ALIASES.reduce((t, [re, to]) => t.replace(re, to), searchForm(s));

/** KEV entries by the first word of their product, with the whole product in matching form. */
export function kevIndex(kev: KevEntry[]) {
  const index = new Map<string, { entry: KevEntry; product: string; vendor: string }[]>();
  for (const entry of kev) {
    const product = norm(entry.product);
    const first = product.split(/[\s/(),-]+/)[0] ?? '';
    if (!first || product === 'multiple products') continue;
    const list = index.get(first) ?? [];
    list.push({ entry, product, vendor: norm(entry.vendor) });
    index.set(first, list);
  }
  return index;
}

export type KevIndex = ReturnType<typeof kevIndex>;

const versionIn = (text: string) => text.match(/\d+(?:\.\d+)+/)?.[0] ?? null;

function nvdVerdict(nvd: Map<string, NvdRecord>, cveId: string, product: string, version: string | null): 'in' | 'out' | 'unknown' {
  const rec = nvd.get(cveId);
  if (!rec || rec.ranges.length === 0) return 'unknown';
  const mine = rec.ranges.filter(
    (r) => product.includes(r.product.replace(/_/g, ' ')) || r.product.replace(/_/g, '').includes(product.split(' ')[0] ?? '~'),
  );
  if (mine.length === 0) return 'unknown';
  if (!version) return 'unknown';
  return mine.some((r) => inRange(version, r)) ? 'in' : 'out';
}

/** A site's own spellings (e.g. ﾌｫｰﾁｹﾞｰﾄ → fortigate), in matching form, applied to ledger values. */
export type SiteAliases = readonly (readonly [string, string])[];

/** The value with the site's aliases applied (in matching form), or as it is when none applies. */
export function withAliases(text: string, aliases: SiteAliases): string {
  if (aliases.length === 0) return text;
  const t = searchForm(text);
  const out = aliases.reduce((acc, [from, to]) => (from && acc.includes(from) ? acc.split(from).join(to) : acc), t);
  return out === t ? text : out;
}

export function findingsOf(
  subjects: Subject[],
  feeds: Feeds,
  today: string,
  prepared?: { index: KevIndex; nvd: Map<string, NvdRecord> },
  aliases: SiteAliases = [],
): Finding[] {
  const index = prepared?.index ?? kevIndex(feeds.kev);
  const nvd = prepared?.nvd ?? new Map(feeds.nvd.map((r) => [r.cveId, r]));
  const products = new Map(feeds.eol.map((p) => [p.product, p]));
  // hospitals have thousands of rows with the same few OS and software values: read each value once
  const hits = new Map<string, EolHit | null>();
  const kevs = new Map<string, KevLookup>();
  const out: Finding[] = [];
  for (const s of subjects) {
    out.push(...ruleFindings(s));
    for (const raw of s.values) {
      const v = aliases.length ? { ...raw, text: withAliases(raw.text, aliases) } : raw;
      let hit = hits.get(v.text);
      if (hit === undefined) {
        hit = eolHitOf(v.text);
        hits.set(v.text, hit);
      }
      if (hit) out.push(...eolFindings(s, v.text, hit, products, today));
      const maker = withAliases(s.maker, aliases);
      const key = `${maker}\u0000${v.text}`;
      let lookup = kevs.get(key);
      if (!lookup) {
        lookup = kevLookup(maker, v.text, index, nvd);
        kevs.set(key, lookup);
      }
      out.push(...kevFindings(s, v.text, lookup));
    }
  }
  return mergeThroughPoints(out, subjects).sort(worstFirst);
}

/** Worst first, then by the subject's name. */
export const worstFirst = (a: Finding, b: Finding) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.subject.label.localeCompare(b.subject.label);

function eolFindings(s: Subject, text: string, hit: EolHit, products: Map<string, EolProduct>, today: string): Finding[] {
  const product = products.get(hit.product);
  if (!product) return [];
  if (!hit.cycle) {
    return [
      {
        ...base(s),
        id: `${s.id}:vermissing:${hit.product}`,
        severity: 'info',
        kind: 'version-missing',
        title: `${productName(product.label)}: バージョンが分からないため、サポート期限を判断できません`,
        detail: [`台帳の値「${text}」に版 (例: 22H2、6.0.4) がありません。`],
        method: 'rule',
        confidence: 'high',
        topics: PATCH,
      },
    ];
  }
  const cycle = cycleOf(product, hit.cycle);
  if (!cycle) return [];
  const eol = cycle.eol;
  const ended = eol === true || (typeof eol === 'string' && eol <= today);
  const date = typeof eol === 'string' ? eol : null;
  // endoflife.date's cycle labels often repeat the product ("Windows Server 2012 R2")
  const name = productName(product.label, cycle.label);
  const esu = typeof cycle.eoes === 'string' && cycle.eoes > today ? [`延長サポート (有償) は ${cycle.eoes} まで。`] : [];
  if (ended) {
    return [
      {
        ...base(s),
        id: `${s.id}:eol:${product.product}:${cycle.cycle}`,
        severity: s.deviceClass === 'server' || PERIMETER.has(s.deviceClass) ? 'high' : 'medium',
        kind: 'eol',
        title: `${name} はサポートが終了しています${date ? ` (${date})` : ''}`,
        detail: [`台帳の値「${text}」を endoflife.date の ${product.product} ${cycle.cycle} と照合しました。`, ...esu],
        method: 'exact-cycle',
        confidence: 'high',
        eol: { product: product.product, cycle: cycle.cycle, date },
        topics: PATCH,
      },
    ];
  }
  if (date && Date.parse(date) - Date.parse(today) <= 180 * 86_400_000) {
    return [
      {
        ...base(s),
        id: `${s.id}:eolsoon:${product.product}:${cycle.cycle}`,
        severity: 'medium',
        kind: 'eol-soon',
        title: `${name} のサポートが ${date} に終わります`,
        detail: [`台帳の値「${text}」。180 日以内です。更新を計画してください。`],
        method: 'exact-cycle',
        confidence: 'high',
        eol: { product: product.product, cycle: cycle.cycle, date },
        topics: PATCH,
      },
    ];
  }
  return [];
}

interface KevLookup {
  version: string | null;
  confirmed: KevEntry[];
  nameOnly: KevEntry[];
}

/** The KEV entries one value (with its maker) matches: by NVD version range, or by name only. */
function kevLookup(maker: string, text: string, index: KevIndex, nvd: Map<string, NvdRecord>): KevLookup {
  const t = norm(`${maker} ${text}`);
  const own = norm(text);
  const words = new Set(t.split(/[\s/(),-]+/));
  const version = versionIn(text);
  const confirmed: KevEntry[] = [];
  const nameOnly: KevEntry[] = [];
  for (const w of words) {
    for (const cand of index.get(w) ?? []) {
      if (!t.includes(cand.product)) continue;
      const verdict = nvdVerdict(nvd, cand.entry.cveId, cand.product, version);
      if (verdict === 'in') confirmed.push(cand.entry);
      // a bare name matches only with its vendor named, or when the value begins with the product
      else if (verdict === 'unknown' && (t.includes(cand.vendor.split(' ')[0] ?? '~') || own.startsWith(cand.product)))
        nameOnly.push(cand.entry);
    }
  }
  return { version, confirmed, nameOnly };
}

const cveCache = new WeakMap<KevEntry[], Finding['cves']>();

function kevFindings(s: Subject, text: string, { version, confirmed, nameOnly }: KevLookup): Finding[] {
  const out: Finding[] = [];
  const cves = (list: KevEntry[]) => {
    const cached = cveCache.get(list);
    if (cached) return cached;
    const made = list.map((e) => ({
      cveId: e.cveId,
      name: e.name,
      dueDate: e.dueDate,
      requiredAction: e.requiredAction,
      action: kevActionJa(e.requiredAction),
      ransomware: e.ransomware === 'Known',
    }));
    cveCache.set(list, made);
    return made;
  };
  const worst = (list: KevEntry[]): Severity => (s.exposed || list.some((e) => e.ransomware === 'Known') ? 'critical' : 'high');
  for (const e of confirmed) {
    out.push({
      ...base(s),
      id: `${s.id}:kev:${e.cveId}`,
      severity: worst([e]),
      kind: 'kev',
      title: `${e.cveId} ${e.name}`,
      detail: [
        `台帳の値「${text}」の版 ${version} が NVD の影響範囲に入っています。`,
        ...(s.exposed ? ['インターネットから到達できる外部接続点です。最優先で対応してください。'] : []),
        ...(e.ransomware === 'Known' ? ['ランサムウェア攻撃での悪用が知られています。'] : []),
      ],
      method: 'version-range',
      confidence: 'high',
      cves: cves([e]),
      topics: PATCH,
    });
  }
  if (nameOnly.length) {
    // without version ranges, a name match is only worth a look: perimeter boxes rank by it, PCs do not
    const perimeter = PERIMETER.has(s.deviceClass) || s.exposed;
    const first = nameOnly[0] as KevEntry;
    out.push({
      ...base(s),
      id: `${s.id}:kevname:${norm(first.vendor)}:${norm(first.product)}`,
      severity: perimeter ? worst(nameOnly) : 'info',
      kind: 'kev',
      title: nameOnlyTitle(first, nameOnly.length),
      detail: [
        `台帳の値「${text}」と製品名が一致しました。版の照合には NVD のデータが必要です${version ? '' : '。台帳に版もありません'}。`,
      ],
      method: 'name-only',
      confidence: 'low',
      cves: cves(nameOnly),
      topics: PATCH,
    });
  }
  return out;
}

/** "Fortinet FortiOS: 既知の悪用された脆弱性 12 件 (要確認)" (KEV names "SonicWall" the vendor of "SonicWall Email Security"). */
export const nameOnlyTitle = (e: Pick<KevEntry, 'vendor' | 'product'>, n: number) =>
  `${productName(e.vendor, e.product)}: 既知の悪用された脆弱性 ${n} 件 (要確認)`;
