// What makes a password guessable although it is long: runs of one character (aaaa), ascending or
// descending sequences (1234, abcd, 9876), keyboard rows (qwerty, asdf), a part repeated (1q2w1q2w),
// and common passwords with only digits or symbols added (password12345). Pure functions.

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];
const MIN_WALK = 4;
const MIN_RUN = 3;

/** Lower case with the usual digit/symbol look-alikes read as letters (p@ssw0rd → password). */
export const unleet = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[@4]/g, 'a')
    .replace(/3/g, 'e')
    .replace(/[1!|]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[$5]/g, 's')
    .replace(/7/g, 't');

const mark = (marked: boolean[], from: number, length: number) => {
  for (let i = from; i < from + length; i++) marked[i] = true;
};

function markRunsAndSequences(chars: string[], marked: boolean[]): void {
  const code = (c: string | undefined) => (c === undefined ? Number.NaN : (c.toLowerCase().codePointAt(0) ?? Number.NaN));
  for (const step of [0, 1, -1]) {
    let start = 0;
    for (let i = 1; i <= chars.length; i++) {
      const alnum = /^[\p{L}\p{Nd}]{2}$/u.test(`${chars[i - 1]}${chars[i] ?? ''}`);
      const continues = i < chars.length && code(chars[i]) - code(chars[i - 1]) === step && (step === 0 || alnum);
      if (continues) continue;
      if (i - start >= MIN_RUN) mark(marked, start, i - start);
      start = i;
    }
  }
}

function markKeyboardWalks(lower: string, marked: boolean[]): void {
  const rows = KEYBOARD_ROWS.flatMap((r) => [r, [...r].reverse().join('')]);
  for (let i = 0; i + MIN_WALK <= lower.length; i++) {
    let best = 0;
    for (const row of rows) {
      let n = 0;
      while (i + n < lower.length && row.includes(lower.slice(i, i + n + 1))) n++;
      if (n >= MIN_WALK) best = Math.max(best, n);
    }
    if (best) mark(marked, i, best);
  }
}

/** The second and later copies of a part of 3 or more characters. */
function markRepeats(lower: string, marked: boolean[]): void {
  for (let len = Math.floor(lower.length / 2); len >= 3; len--) {
    for (let i = 0; i + 2 * len <= lower.length; i++) {
      const part = lower.slice(i, i + len);
      for (let j = lower.indexOf(part, i + len); j !== -1; j = lower.indexOf(part, j + len)) mark(marked, j, len);
    }
  }
}

/** How many characters are not explained by a run, a sequence, a keyboard walk or a repeat. */
export function unpredictableCount(password: string): number {
  const chars = [...password];
  const lower = chars.map((c) => c.toLowerCase()).join('');
  const marked = chars.map(() => false);
  markRunsAndSequences(chars, marked);
  if (lower.length === chars.length) {
    markKeyboardWalks(lower, marked);
    markRepeats(lower, marked);
  }
  return marked.filter((m) => !m).length;
}

/** The password, or its letters without the digits and symbols around them, is a common password. */
export function isCommonPassword(password: string, common: ReadonlySet<string>): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [lower, unleet(lower), core, unleet(core)].some((s) => s.length >= 4 && common.has(s));
}
