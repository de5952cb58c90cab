// Date rendering: the server stores and sends UTC (ISO 8601); people read JST, with the Japanese
// era (和暦) next to the western date where a date is shown prominently. Pure: no React, no DOM.
export type DateLang = 'ja' | 'en';

const TZ = 'Asia/Tokyo';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const eraJa = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: TZ, era: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const eraEn = new Intl.DateTimeFormat('en-US-u-ca-japanese', { timeZone: TZ, era: 'long', year: 'numeric' });

const toDate = (value: string | Date): Date | null => {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
};

interface JstParts {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  seconds: string;
}

function jstParts(d: Date): JstParts {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(d)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, seconds: p.second ?? '00' };
}

/** 令和8年11月22日 / Reiwa 8 */
function eraLabel(d: Date, lang: DateLang): string {
  if (lang === 'ja') return eraJa.format(d);
  const p: Record<string, string> = {};
  for (const part of eraEn.formatToParts(d)) p[part.type] = part.value;
  return `${p.era} ${p.year}`;
}

/** Prominent date: 令和8年11月22日 (2026-11-22) / 2026-11-22 (Reiwa 8). */
export function formatDateLong(value: string | Date, lang: DateLang): string {
  const d = toDate(value);
  if (!d) return '';
  const { date } = jstParts(d);
  return lang === 'ja' ? `${eraLabel(d, lang)} (${date})` : `${date} (${eraLabel(d, lang)})`;
}

/** Prominent date and time: 令和8年11月22日 (2026-11-22) 14:05 / 2026-11-22 14:05 JST (Reiwa 8). */
export function formatDateTimeLong(value: string | Date, lang: DateLang): string {
  const d = toDate(value);
  if (!d) return '';
  const { date, time } = jstParts(d);
  return lang === 'ja' ? `${eraLabel(d, lang)} (${date}) ${time}` : `${date} ${time} JST (${eraLabel(d, lang)})`;
}

/** Compact JST date and time for tables: 2026-11-22 14:05:09. */
export function formatDateTimeShort(value: string | Date): string {
  const d = toDate(value);
  if (!d) return '';
  const { date, time, seconds } = jstParts(d);
  return `${date} ${time}:${seconds}`;
}

/** The JST calendar day (YYYY-MM-DD) of an instant, e.g. for date inputs. */
export function jstDay(value: string | Date): string {
  const d = toDate(value);
  return d ? jstParts(d).date : '';
}

/** File sizes in binary units, as Windows Explorer shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let n = bytes / 1024;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit += 1;
  }
  return `${n < 10 ? n.toFixed(1) : Math.round(n)} ${units[unit]}`;
}
