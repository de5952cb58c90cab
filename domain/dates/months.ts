// Calendar months on ISO dates: the same day N months later, or the month's last day when it has no
// such day (2026-01-31 + 1 month = 2026-02-28).
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}
