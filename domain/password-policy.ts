// Password rule of the MHLW guideline 7.0 (システム運用編 14.1.1): with two-factor authentication at
// least 8 characters mixing letters and digits; without it at least 13. No periodic change is forced.
export const MIN_LENGTH_WITH_MFA = 8;
export const MIN_LENGTH_WITHOUT_MFA = 13;
export const MAX_LENGTH = 256;

export interface PasswordCheck {
  ok: boolean;
  /** Japanese message naming what is missing */
  message?: string;
  /** shorter than 13: only allowed while MFA is on */
  short: boolean;
}

export function checkPassword(password: string, opts: { mfaEnabled: boolean; loginId?: string }): PasswordCheck {
  const length = [...password].length;
  const short = length < MIN_LENGTH_WITHOUT_MFA;
  const min = opts.mfaEnabled ? MIN_LENGTH_WITH_MFA : MIN_LENGTH_WITHOUT_MFA;
  if (length < min) {
    const hint = opts.mfaEnabled ? '' : '(二要素認証を有効にすると 8 文字以上で可)';
    return { ok: false, short, message: `パスワードは ${min} 文字以上にしてください${hint}。` };
  }
  if (length > MAX_LENGTH) return { ok: false, short, message: `パスワードは ${MAX_LENGTH} 文字以内にしてください。` };
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return { ok: false, short, message: 'パスワードには英字と数字の両方を含めてください。' };
  }
  if (opts.loginId && password.toLowerCase().includes(opts.loginId.toLowerCase())) {
    return { ok: false, short, message: 'パスワードにログインIDを含めないでください。' };
  }
  return { ok: true, short };
}
