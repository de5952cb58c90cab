// The vulnerability and end-of-life data Mamori checks the ledgers against, as it is kept after
// loading: CISA KEV entries, endoflife.date product cycles, and NVD CPE version ranges per CVE.

export interface KevEntry {
  cveId: string;
  vendor: string;
  product: string;
  name: string;
  dateAdded: string;
  dueDate: string;
  requiredAction: string;
  /** "Known" when a ransomware campaign is known to use it */
  ransomware: string;
  description: string;
}

export interface EolCycle {
  cycle: string;
  label: string;
  releaseDate: string | null;
  /** end of all support (security included): a date, true (ended, date unknown) or false */
  eol: string | boolean;
  eoas: string | boolean | null;
  /** end of extended (paid) support, e.g. Microsoft ESU */
  eoes: string | boolean | null;
  latest: string | null;
}

export interface EolProduct {
  product: string;
  label: string;
  cpes: string[];
  cycles: EolCycle[];
}

/** One vulnerable CPE match of an NVD configuration, with its version bounds. */
export interface CpeRange {
  vendor: string;
  product: string;
  /** an exact version in the CPE, or '*' for a range */
  version: string;
  startIncluding?: string;
  startExcluding?: string;
  endIncluding?: string;
  endExcluding?: string;
}

export interface NvdRecord {
  cveId: string;
  ranges: CpeRange[];
}

/** Dotted version comparison: 6.0.4 < 6.0.10 < 6.1; non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.\-_]/);
  const pb = b.split(/[.\-_]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}

/** Whether a version falls in a CPE match's bounds (an exact CPE version must be equal). */
export function inRange(version: string, r: CpeRange): boolean {
  if (r.version !== '*' && r.version !== '-' && !r.startIncluding && !r.startExcluding && !r.endIncluding && !r.endExcluding) {
    return compareVersions(version, r.version) === 0;
  }
  if (r.startIncluding && compareVersions(version, r.startIncluding) < 0) return false;
  if (r.startExcluding && compareVersions(version, r.startExcluding) <= 0) return false;
  if (r.endIncluding && compareVersions(version, r.endIncluding) > 0) return false;
  if (r.endExcluding && compareVersions(version, r.endExcluding) >= 0) return false;
  return true;
}
