// A CISA KEV catalog file (JSON, or the CSV with the same columns), checked before anything is
// replaced: the envelope, every entry's CVE id and dates; a catalog with no entries is refused.
import Papa from 'papaparse';
import type { KevEntry } from '../../../domain/findings/feeds.ts';
import { firstUnstorableField, unstorableIn } from '../../../domain/storable-text.ts';
import { AppError } from '../../lib/errors.ts';

export interface KevFeed {
  version: string;
  released: string | null;
  entries: KevEntry[];
}

const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', `KEV: ${message}`, { fields: [{ field: 'kev', message }] });
const assertStorable = (parsed: unknown) => {
  const at = firstUnstorableField(parsed);
  if (at !== null) throw bad(unstorableIn(at));
};
const CVE = /^CVE-\d{4}-\d{4,19}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function entryOf(raw: Record<string, unknown>, i: number): KevEntry {
  const e: KevEntry = {
    cveId: s(raw.cveID),
    vendor: s(raw.vendorProject),
    product: s(raw.product),
    name: s(raw.vulnerabilityName),
    dateAdded: s(raw.dateAdded),
    dueDate: s(raw.dueDate),
    requiredAction: s(raw.requiredAction),
    ransomware: s(raw.knownRansomwareCampaignUse) || 'Unknown',
    description: s(raw.shortDescription),
  };
  if (!CVE.test(e.cveId)) throw bad(`${i + 1} 件目の cveID が正しくありません (${e.cveId.slice(0, 40) || '空'})`);
  if (!e.vendor || !e.product) throw bad(`${e.cveId}: vendorProject / product がありません`);
  if (!DAY.test(e.dateAdded)) throw bad(`${e.cveId}: dateAdded が日付ではありません`);
  return e;
}

export function parseKev(bytes: Uint8Array, fileName: string): KevFeed {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  if (/\.csv$/i.test(fileName) || text.startsWith('cveID,')) {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    assertStorable(parsed.data);
    if (!parsed.meta.fields?.includes('cveID')) throw bad('CSV の見出しに cveID がありません');
    const entries = parsed.data.map(entryOf);
    if (entries.length === 0) throw bad('項目が 0 件です。正しいファイルか確かめてください (これまでのデータはそのままです)');
    return {
      version: `csv-${entries
        .map((e) => e.dateAdded)
        .sort()
        .at(-1)}`,
      released: null,
      entries,
    };
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw bad(`JSON として読めません (${(err as Error).message.slice(0, 120)})。途中で切れていないか確かめてください`);
  }
  assertStorable(json);
  if (!json || typeof json !== 'object' || typeof json.catalogVersion !== 'string' || !Array.isArray(json.vulnerabilities)) {
    throw bad('KEV カタログの形式ではありません (catalogVersion と vulnerabilities が必要です)');
  }
  const entries = (json.vulnerabilities as Record<string, unknown>[]).map(entryOf);
  if (entries.length === 0) throw bad('項目が 0 件です。正しいファイルか確かめてください (これまでのデータはそのままです)');
  if (typeof json.count === 'number' && json.count !== entries.length)
    throw bad(`count (${json.count}) と項目数 (${entries.length}) が合いません`);
  return { version: json.catalogVersion, released: typeof json.dateReleased === 'string' ? json.dateReleased : null, entries };
}
