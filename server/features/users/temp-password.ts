// Temporary passwords given out by an administrator: 16 random characters in 4 groups, always with
// letters and digits, long enough (19) to satisfy the rule without MFA.
import { randomInt } from 'node:crypto';

const LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

export function newTemporaryPassword(): string {
  const all = LETTERS + DIGITS;
  const chars = Array.from({ length: 16 }, () => all[randomInt(all.length)] as string);
  chars[randomInt(8)] = DIGITS[randomInt(DIGITS.length)] as string;
  chars[8 + randomInt(8)] = LETTERS[randomInt(LETTERS.length)] as string;
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
