// Password rule of the MHLW guideline 7.0 (システム運用編 14.1.1): with two-factor authentication at
// least 8 characters mixing letters and digits; without it at least 13. No periodic change is forced;
// reuse is refused (the server keeps the last PASSWORD_HISTORY hashes). Mamori adds what makes a long
// password guessable all the same: a common (leaked) password, runs, sequences, keyboard rows, repeats,
// and the login ID or name inside it. Every refusal names its reason.
import { isCommonPassword, unpredictableCount } from './password-patterns.ts';

export const MIN_LENGTH_WITH_MFA = 8;
export const MIN_LENGTH_WITHOUT_MFA = 13;
export const MAX_LENGTH = 256;
/** Mamori's choice (the guideline names no number): the current and the 4 before it. */
export const PASSWORD_HISTORY = 5;
/** characters a password must have outside runs, sequences, keyboard rows and repeats (Mamori's choice) */
export const MIN_UNPREDICTABLE = 5;

export interface PasswordCheck {
  ok: boolean;
  /** Japanese message naming what is wrong */
  message?: string;
  /** shorter than 13: only allowed while MFA is on */
  short: boolean;
}

export interface PasswordContext {
  mfaEnabled: boolean;
  loginId?: string;
  displayName?: string;
  /** common passwords, lower case (the server's shipped list) */
  common?: ReadonlySet<string>;
}

export const REUSED_MESSAGE = `直近 ${PASSWORD_HISTORY} 回に使ったパスワード (現在のものを含む) は使えません。別のパスワードにしてください。`;

/** Parts of the login ID and name that must not appear in the password (3+ characters, or 2+ for kanji and kana). */
function personalParts(ctx: PasswordContext): string[] {
  const parts = [ctx.loginId, ...(ctx.loginId?.split(/[._@-]+/) ?? []), ...(ctx.displayName?.split(/[\s\u3000・]+/) ?? [])];
  return parts
    .map((p) => (p ?? '').normalize('NFKC').trim().toLowerCase())
    .filter((p) => p.length >= 3 || (p.length >= 2 && /\P{ASCII}/u.test(p)));
}

function reason(password: string, ctx: PasswordContext): string | undefined {
  const length = [...password].length;
  const min = ctx.mfaEnabled ? MIN_LENGTH_WITH_MFA : MIN_LENGTH_WITHOUT_MFA;
  if (length < min) {
    const hint = ctx.mfaEnabled ? '' : `(二要素認証を有効にすると ${MIN_LENGTH_WITH_MFA} 文字以上で可)`;
    return `パスワードは ${min} 文字以上にしてください${hint}。`;
  }
  if (length > MAX_LENGTH) return `パスワードは ${MAX_LENGTH} 文字以内にしてください。`;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'パスワードには英字と数字の両方を含めてください。';
  const lower = password.normalize('NFKC').toLowerCase();
  if (personalParts(ctx).some((p) => lower.includes(p))) return 'パスワードにログインIDや氏名を含めないでください。';
  if (ctx.common && isCommonPassword(password.normalize('NFKC'), ctx.common)) {
    return 'よく使われていて漏えいした一覧に載っているパスワード (またはそれに数字や記号を足しただけのもの) は使えません。';
  }
  if (unpredictableCount(password) < MIN_UNPREDICTABLE) {
    return '同じ文字の繰り返し、連続した英数字 (1234、abcd など)、キーボードの並び (qwerty など) が大部分を占めるパスワードは使えません。';
  }
  return undefined;
}

export function checkPassword(password: string, ctx: PasswordContext): PasswordCheck {
  const short = [...password].length < MIN_LENGTH_WITHOUT_MFA;
  const message = reason(password, ctx);
  return message ? { ok: false, short, message } : { ok: true, short };
}
