// CSV as Excel in Japan reads it: CRLF lines, quoted where needed, and cells that start with
// = + - @ (or a tab / carriage return) neutralised with a leading apostrophe so no formula runs.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The characters Windows writes in Shift_JIS under another code point (〜 as ～, − as －, …): without
 * this they would become "?" in the file.
 */
const CP932_VARIANTS: Record<string, string> = {
  '\u301c': '\uff5e', // 〜 → ～
  '\u2212': '\uff0d', // − → －
  '\u2016': '\u2225', // ‖ → ∥
  '\u2014': '\u2015', // — → ―
  '\u00a2': '\uffe0', // ¢ → ￠
  '\u00a3': '\uffe1', // £ → ￡
  '\u00ac': '\uffe2', // ¬ → ￢
};
export const cp932Variants = (text: string): string =>
  text.replace(/[\u301c\u2212\u2016\u2014\u00a2\u00a3\u00ac]/g, (c) => CP932_VARIANTS[c] ?? c);

/** Two texts that a Shift_JIS round trip (and NFKC) makes one: 〜 and ～ and ~ alike. */
export const sameThroughCp932 = (a: string, b: string): boolean =>
  cp932Variants(a).normalize('NFKC') === cp932Variants(b).normalize('NFKC');
