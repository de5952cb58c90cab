// One finding per vulnerability or end of life per device, even when it is seen both on the device
// and on a 外部接続点 it is reachable through (a point that runs on it, or the point it is maintained
// through, devices.remote_via): the device's finding takes the point's in, says both, keeps the worse
// severity (an internet-facing point raises it) and counts once. A known-exploited CVE confirmed by
// version is not listed again among the device's name-only matches (要確認).
import { type Cve, type Finding, type MatchMethod, type Subject, worse } from './finding.ts';

/** The finding's key without its subject: "kev:CVE-2018-13379", "eol:fortios:6.0". */
const keyOf = (f: Finding) => f.id.slice(f.subject.id.length + 1);
const RANK: Record<MatchMethod, number> = { 'version-range': 0, 'exact-cycle': 0, rule: 1, 'name-only': 2 };
const nameOnly = (f: Finding) => f.method === 'name-only';
const withCount = (title: string, n: number) => title.replace(/\d+ 件 \(要確認\)$/, `${n} 件 (要確認)`);

function unionCves(a: Cve[], b: Cve[]): Cve[] {
  const ids = new Set(a.map((c) => c.cveId));
  return [...a, ...b.filter((c) => !ids.has(c.cveId))];
}

/** The device's finding that is the same as a point's: the same key, or name-only with a CVE in common. */
function counterpart(own: Finding[], pf: Finding): Finding | undefined {
  if (pf.kind === 'rule') return undefined;
  if (!nameOnly(pf)) return own.find((f) => keyOf(f) === keyOf(pf));
  const ids = new Set(pf.cves.map((c) => c.cveId));
  return own.find((f) => nameOnly(f) && f.cves.some((c) => ids.has(c.cveId)));
}

function combine(dev: Finding, pf: Finding, point: { id: string; label: string }): Finding {
  const seen = new Set(dev.detail);
  const cves = unionCves(dev.cves, pf.cves);
  const better = RANK[pf.method] < RANK[dev.method] ? pf : dev;
  return {
    ...dev,
    subject: { ...dev.subject, stamp: `${dev.subject.stamp}+${point.id.slice(0, 8)}:${pf.subject.stamp}` },
    severity: worse(dev.severity, pf.severity),
    title: nameOnly(dev) ? withCount(dev.title, cves.length) : dev.title,
    detail: [
      ...dev.detail,
      `外部接続点「${point.label}」でも同じ指摘になります (この機器の指摘 1 件として数えます)。`,
      ...pf.detail.filter((d) => !seen.has(d)),
    ],
    method: better.method,
    confidence: better.confidence,
    cves,
    eol: dev.eol ?? pf.eol,
    topics: [...new Set([...dev.topics, ...pf.topics])],
  };
}

const bySubjectOf = (list: Finding[]) => {
  const by = new Map<string, Finding[]>();
  for (const f of list) {
    const l = by.get(f.subject.id);
    if (l) l.push(f);
    else by.set(f.subject.id, [f]);
  }
  return by;
};

export function mergeThroughPoints(found: Finding[], subjects: Subject[]): Finding[] {
  const linked = subjects.filter((s) => s.type === 'device' && s.via?.length);
  if (linked.length === 0) return found;
  const bySubject = bySubjectOf(found);
  const merged = new Map<Finding, Finding>();
  const consumed = new Set<Finding>();
  for (const d of linked) {
    const own = bySubject.get(d.id) ?? [];
    if (own.length === 0) continue;
    for (const point of d.via ?? []) {
      for (const pf of bySubject.get(point.id) ?? []) {
        const target = counterpart(own, pf);
        if (!target) continue;
        merged.set(target, combine(merged.get(target) ?? target, pf, point));
        consumed.add(pf);
      }
    }
  }
  const out = found.filter((f) => !consumed.has(f)).map((f) => merged.get(f) ?? f);
  // a CVE confirmed by version on a device or its points is not counted again as a name-only match
  const after = bySubjectOf(out);
  const replaced = new Map<Finding, Finding | null>();
  for (const d of linked) {
    const mine = [d.id, ...(d.via ?? []).map((p) => p.id)].flatMap((id) => after.get(id) ?? []);
    const confirmed = new Set(mine.filter((f) => f.method === 'version-range').flatMap((f) => f.cves.map((c) => c.cveId)));
    if (confirmed.size === 0) continue;
    for (const f of mine.filter((x) => nameOnly(x) && x.cves.some((c) => confirmed.has(c.cveId)))) {
      const cur = replaced.get(f) === undefined ? f : replaced.get(f);
      if (!cur) continue;
      const cves = cur.cves.filter((c) => !confirmed.has(c.cveId));
      replaced.set(f, cves.length ? { ...cur, cves, title: withCount(cur.title, cves.length) } : null);
    }
  }
  if (replaced.size === 0) return out;
  return out.flatMap((f) => {
    const r = replaced.get(f);
    return r === undefined ? [f] : r ? [r] : [];
  });
}
