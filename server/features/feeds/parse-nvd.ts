// NVD CVE API 2.0 records (one record, an API page {vulnerabilities: [{cve}]}, or a folder of
// record files): the vulnerable CPE matches with their version bounds, per CVE.
import type { CpeRange, NvdRecord } from '../../../domain/findings/feeds.ts';
import { firstUnstorableField, unstorableIn } from '../../../domain/storable-text.ts';
import { AppError } from '../../lib/errors.ts';

const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', `NVD: ${message}`, { fields: [{ field: 'nvd', message }] });
type Obj = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function rangesOf(cve: Obj): CpeRange[] {
  const out: CpeRange[] = [];
  for (const config of (cve.configurations as Obj[] | undefined) ?? []) {
    for (const node of (config.nodes as Obj[] | undefined) ?? []) {
      for (const m of (node.cpeMatch as Obj[] | undefined) ?? []) {
        if (m.vulnerable !== true) continue;
        const parts = String(m.criteria ?? '').split(':');
        if (parts.length < 6) continue;
        const range: CpeRange = { vendor: parts[3] ?? '', product: parts[4] ?? '', version: parts[5] ?? '*' };
        for (const [k, v] of [
          ['startIncluding', m.versionStartIncluding],
          ['startExcluding', m.versionStartExcluding],
          ['endIncluding', m.versionEndIncluding],
          ['endExcluding', m.versionEndExcluding],
        ] as const) {
          const s = str(v);
          if (s) range[k] = s;
        }
        out.push(range);
      }
    }
  }
  return out;
}

export function parseNvd(name: string, text: string): NvdRecord[] {
  let json: Obj;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw bad(`${name}: JSON として読めません (${(err as Error).message.slice(0, 120)})`);
  }
  const at = firstUnstorableField(json);
  if (at !== null) throw bad(`${name}: ${unstorableIn(at)}`);
  const records = Array.isArray(json.vulnerabilities) ? (json.vulnerabilities as Obj[]).map((v) => (v.cve ?? v) as Obj) : [json];
  const out = records
    .filter((c) => typeof c.id === 'string' && /^CVE-\d{4}-\d+$/.test(c.id as string))
    .map((c) => ({ cveId: c.id as string, ranges: rangesOf(c) }));
  if (out.length === 0) throw bad(`${name}: CVE レコードがありません (NVD CVE API 2.0 の形式が必要です)`);
  return out;
}
