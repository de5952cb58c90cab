// Product names as a person reads them: a maker, a product and a version joined without saying a
// word twice. endoflife.date labels a product "Windows Server" (API) or "Microsoft Windows Server"
// (product files) and its cycle "Windows Server 2012 R2"; KEV names "SonicWall" the vendor of
// "SonicWall Email Security"; ledgers write "FortiOS" as the software and "FortiOS 6.0.4" as its version.

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const same = (a: string, b: string) => a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();

/** Two parts joined, the words the end of the first shares with the start of the second said once. */
function joinTwo(a: string, b: string): string {
  const x = words(a);
  const y = words(b);
  if (x.length === 0) return y.join(' ');
  if (y.length === 0) return x.join(' ');
  for (let n = Math.min(x.length, y.length); n > 0; n--) {
    const tail = x.slice(x.length - n);
    if (tail.every((w, i) => same(w, y[i] ?? ''))) return [...x.slice(0, x.length - n), ...y].join(' ');
  }
  return [...x, ...y].join(' ');
}

/** "Microsoft Windows Server" + "Windows Server 2012 R2" → "Microsoft Windows Server 2012 R2". */
export function productName(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p?.trim()).reduce((acc, p) => joinTwo(acc, p), '');
}
