// Text PostgreSQL can store: well-formed UTF-16 (no lone surrogate: it has no UTF-8 form) without
// NUL (text and jsonb cannot hold it). Checked at the HTTP edge and on every imported cell.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string can be stored as PostgreSQL text: well-formed UTF-16 without NUL. */
export const isStorableText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** The first field (dotted path) of a parsed value whose key or string value cannot be stored. */
export function firstUnstorableField(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (!isStorableText(v)) return at || '(本文)';
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], at ? `${at}.${i}` : String(i)]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k;
        if (!isStorableText(k)) return path;
        stack.push([child, path]);
      }
    }
  }
  return null;
}

/** The message naming where such text was found (a field path or a file's row and column). */
export const unstorableIn = (where: string): string =>
  `${where} に使用できない文字 (NUL 文字または不完全なサロゲート文字) が含まれています`;
