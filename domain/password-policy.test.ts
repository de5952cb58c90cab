import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';

describe('password rule (guideline 7.0, 14.1.1)', () => {
  it('needs 13 characters without MFA', () => {
    expect(checkPassword('abcdefgh1234', { mfaEnabled: false }).ok).toBe(false);
    expect(checkPassword('abcdefgh12345', { mfaEnabled: false })).toEqual({ ok: true, short: false });
  });

  it('allows 8 characters with MFA, and marks the password as short', () => {
    expect(checkPassword('abcd1234', { mfaEnabled: true })).toEqual({ ok: true, short: true });
    expect(checkPassword('abc1234', { mfaEnabled: true }).ok).toBe(false);
  });

  it('names the MFA alternative in the message when too short', () => {
    expect(checkPassword('short1', { mfaEnabled: false }).message).toMatch(/13 文字以上.*8 文字以上/);
  });

  it('requires both letters and digits', () => {
    expect(checkPassword('abcdefghijklmn', { mfaEnabled: false }).message).toMatch(/英字と数字/);
    expect(checkPassword('12345678901234', { mfaEnabled: false }).ok).toBe(false);
    expect(checkPassword('パスワードは長くて安全です2026', { mfaEnabled: false }).ok).toBe(true);
  });

  it('refuses a password that contains the login ID', () => {
    expect(checkPassword('Yamada-2026-clinic', { mfaEnabled: false, loginId: 'yamada' }).ok).toBe(false);
  });
});
