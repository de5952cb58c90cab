// The values of an Active Directory export (Get-ADUser … | Export-Csv) as they really come: FILETIME
// integers (100-ns ticks since 1601-01-01 UTC; 0 and 9223372036854775807 mean never), .NET DateTimes
// rendered in the exporting machine's culture (ja-JP 2024/04/01 9:00:00, en-US 4/1/2024 9:00:00 AM,
// en-GB 01/04/2024 09:00:00, de-DE 01.04.2024 09:00:00), True/False, and multi-valued properties that
// Export-Csv writes as their .NET type name. A DateTime is taken as Japan time (the exporting domain
// controller's clock); every value is returned as an ISO instant, or a message saying what is wrong.

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(message: string): Read<T> => ({ ok: false, message });

/** FILETIME ticks of 1970-01-01 UTC. */
const EPOCH_TICKS = 116_444_736_000_000_000n;
/** 9999-12-31 23:59:59 UTC, the last instant .NET and AD know. */
const MAX_TICKS = 2_650_467_743_999_999_999n;
const NEVER = new Set(['0', '9223372036854775807']);

/** A FILETIME integer as an ISO instant; null when empty or "never". */
export function fromFiletime(raw: string): Read<string | null> {
  const s = raw.trim();
  if (s === '' || NEVER.has(s)) return ok(null);
  if (!/^\d+$/.test(s)) return bad(`FILETIME の数値ではありません (${s.slice(0, 30)})`);
  const ticks = BigInt(s);
  if (ticks > MAX_TICKS) return bad(`FILETIME の値が大きすぎます (${s.slice(0, 30)}): 9999年より後の日時になります`);
  const ms = Number((ticks - EPOCH_TICKS) / 10_000n);
  return ok(new Date(ms).toISOString());
}

/** How the culture orders a date with slashes or dots: year first, month first (en-US) or day first (en-GB, de-DE). */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

const DATE_TIME =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T](?:(午前|午後)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(AM|PM|午前|午後)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Which order the file's x/y/yyyy dates are in: a first part over 12 means day first, a second over 12 month first, AM/PM month first (en-US). */
export function dateOrderOf(values: string[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = DATE_TIME.exec(v.trim());
    if (!m || (m[1] as string).length === 4) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12 || /AM|PM/i.test(v)) monthFirst = true;
  }
  return dayFirst && !monthFirst ? 'dmy' : 'mdy';
}

/** A culture-formatted date and time (or an ISO one) as an ISO instant, read as Japan time unless it names its zone. */
export function fromCultureDate(raw: string, order: DateOrder): Read<string | null> {
  const s = raw.trim();
  if (s === '') return ok(null);
  const m = DATE_TIME.exec(s);
  if (!m) return bad(`日時として読めません (${s.slice(0, 40)})`);
  const [a, b, c] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const yearFirst = (m[1] as string).length === 4;
  const [y, mo, d] = yearFirst ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (y < 1601 || y > 9999 || (!yearFirst && (m[3] as string).length !== 4)) return bad(`年が読めません (${s.slice(0, 40)})`);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return bad(`ありえない日付です (${s.slice(0, 40)})`);
  let h = Number(m[5] ?? 0);
  const mi = Number(m[6] ?? 0);
  const sec = Number(m[7] ?? 0);
  const half = (m[4] ?? m[8] ?? '').toUpperCase();
  if (half) {
    if (h < 1 || h > 12) return bad(`時刻が読めません (${s.slice(0, 40)})`);
    const pm = half === 'PM' || half === '午後';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || mi > 59 || sec > 59) return bad(`時刻が読めません (${s.slice(0, 40)})`);
  const zone = m[9];
  const offsetMin = zone === undefined ? 9 * 60 : zone.toUpperCase() === 'Z' ? 0 : offsetOf(zone);
  const ms = Date.UTC(y, mo - 1, d, h, mi, sec) - offsetMin * 60_000;
  return ok(new Date(ms).toISOString());
}

function offsetOf(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[+:-]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** True / False as PowerShell writes them (and the Japanese words a person may type). */
export function fromBoolean(raw: string): Read<boolean | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return ok(null);
  if (['true', '1', 'yes', 'はい', '有効'].includes(s)) return ok(true);
  if (['false', '0', 'no', 'いいえ', '無効'].includes(s)) return ok(false);
  return bad(`True か False ではありません (${raw.trim().slice(0, 20)})`);
}

/** A multi-valued property Export-Csv wrote as its .NET type name instead of its values. */
export const isTypeName = (raw: string): boolean =>
  /^(Microsoft\.ActiveDirectory\.Management\.|System\.(Collections|Object\[\]|String\[\]|Security\.|DirectoryServices))/.test(raw.trim());
