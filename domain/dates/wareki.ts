// Dates as people in Japan write them: 西暦 (2026-02-28, 2026/2/28) or 和暦 (令和8年2月28日, R8.2.28),
// with full-width digits. Impossible dates such as 令和7年2月30日 are refused, not rolled over.
const ERAS = [
  { name: '令和', letter: 'R', start: '2019-05-01', base: 2018 },
  { name: '平成', letter: 'H', start: '1989-01-08', base: 1988 },
  { name: '昭和', letter: 'S', start: '1926-12-25', base: 1925 },
] as const;

/** 令和7 for 2025; 令和元 for 2019. Used for fiscal-year names (年度 starts in April, after 令和 began). */
export function warekiYear(year: number): string {
  const era = year >= 2019 ? ERAS[0] : year >= 1989 ? ERAS[1] : ERAS[2];
  const n = year - era.base;
  return `${era.name}${n === 1 ? '元' : n}`;
}

export type DateParse = { ok: true; iso: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Parses a date as typed; the result is YYYY-MM-DD. */
export function parseJapaneseDate(raw: string): DateParse {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  let y: number;
  let m: number;
  let d: number;
  let eraName: string | undefined;
  const western = text.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  const japanese = text.match(/^(令和|平成|昭和|[RHS])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/i);
  if (western) {
    [y, m, d] = [Number(western[1]), Number(western[2]), Number(western[3])];
  } else if (japanese) {
    const era = ERAS.find((e) => e.name === japanese[1] || e.letter === japanese[1]?.toUpperCase());
    if (!era) return { ok: false, message: `元号を読み取れません: ${raw}` };
    eraName = era.name;
    const n = japanese[2] === '元' ? 1 : Number(japanese[2]);
    [y, m, d] = [era.base + n, Number(japanese[3]), Number(japanese[4])];
  } else {
    return { ok: false, message: `日付として読み取れません: ${raw} (例: 2026-03-31 または 令和8年3月31日)` };
  }
  if (!validDate(y, m, d)) return { ok: false, message: `${raw} は存在しない日付です` };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const era = ERAS.find((e) => e.name === eraName);
  if (era && iso < era.start) return { ok: false, message: `${raw} は${era.name}の期間外です` };
  return { ok: true, iso };
}

/** 令和7年6月1日 for 2025-06-01 (the era that was in force on that day; 元年 for its first year). */
export function formatWareki(iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  const era = ERAS.find((e) => iso >= e.start) ?? ERAS[ERAS.length - 1];
  if (!era) return iso;
  const n = Number(m[1]) - era.base;
  return `${era.name}${n === 1 ? '元' : n}年${Number(m[2])}月${Number(m[3])}日`;
}
