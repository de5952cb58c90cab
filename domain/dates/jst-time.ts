// A moment as people write it in Japan (JST, to the minute), and back.

const JST_MS = 9 * 3_600_000;

/** 2026-12-07 10:15 (JST) */
export function jstMinute(d: Date): string {
  return new Date(d.getTime() + JST_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * 「10:15」 (that day of `today`, JST), 「2026-12-07 10:15」, 「2026/12/7 10:15」 or 「2026-12-07T10:15」
 * (JST, as a datetime-local field gives it), or an ISO time with its offset; null when it is none of them.
 */
export function parseJstTime(raw: string, today: Date): Date | null {
  const v = raw.normalize('NFKC').trim();
  let at: Date | null = null;
  const hm = /^(\d{1,2}):(\d{2})$/.exec(v);
  const full = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(v);
  if (hm) {
    const day = jstMinute(today).slice(0, 10);
    const written = `${day} ${hm[1]?.padStart(2, '0')}:${hm[2]}`;
    at = new Date(`${written.replace(' ', 'T')}:00+09:00`);
    if (Number.isNaN(at.getTime()) || jstMinute(at) !== written) return null;
  } else if (full) {
    const [, y, mo, d, h, mi] = full as unknown as [string, string, string, string, string, string];
    const written = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')} ${h.padStart(2, '0')}:${mi}`;
    at = new Date(`${written.replace(' ', 'T')}:00+09:00`);
    // 2月30日 or 24:00 would roll over into another day: not a moment that exists as written
    if (Number.isNaN(at.getTime()) || jstMinute(at) !== written) return null;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) at = new Date(v);
  return at && !Number.isNaN(at.getTime()) ? at : null;
}
