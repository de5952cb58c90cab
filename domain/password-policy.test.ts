import { describe, expect, it } from 'vitest';
import { isCommonPassword, unpredictableCount } from './password-patterns.ts';
import { checkPassword } from './password-policy.ts';

const common = new Set(['password', 'qwertyuiop', 'dragon', 'hospital']);

describe('password rule (guideline 7.0, 14.1.1)', () => {
  it('needs 13 characters without MFA', () => {
    expect(checkPassword('kuma7-tsuki-x', { mfaEnabled: false }).ok).toBe(true);
    expect(checkPassword('kuma7-tsukix', { mfaEnabled: false }).ok).toBe(false);
    expect(checkPassword('kuma7-tsuki-x', { mfaEnabled: false })).toEqual({ ok: true, short: false });
  });

  it('allows 8 characters with MFA, and marks the password as short', () => {
    expect(checkPassword('kuma7tsk', { mfaEnabled: true })).toEqual({ ok: true, short: true });
    expect(checkPassword('kuma7ts', { mfaEnabled: true }).ok).toBe(false);
  });

  it('names the MFA alternative in the message when too short', () => {
    expect(checkPassword('short1', { mfaEnabled: false }).message).toMatch(/13 文字以上.*8 文字以上/);
  });

  it('requires both letters and digits', () => {
    expect(checkPassword('kumatsukiyamix', { mfaEnabled: false }).message).toMatch(/英字と数字/);
    expect(checkPassword('90417253860291', { mfaEnabled: false }).ok).toBe(false);
    expect(checkPassword('パスワードは長くて安全です2026', { mfaEnabled: false }).ok).toBe(true);
  });

  it('refuses a password that contains the login ID, a part of it or of the name', () => {
    const refused = /ログインIDや氏名/;
    expect(checkPassword('Yamada-2026-clinic', { mfaEnabled: false, loginId: 'yamada' }).message).toMatch(refused);
    expect(checkPassword('my-taro-kuma-77x', { mfaEnabled: false, loginId: 'taro.yamada' }).message).toMatch(refused);
    expect(checkPassword('山田の診療所の受付パス2026', { mfaEnabled: false, displayName: '山田 太郎' }).message).toMatch(refused);
  });
});

describe('guessable long passwords (issue 11: accepted before)', () => {
  it.each([
    ['password12345', /よく使われて/],
    ['qwertyuiop123', /よく使われて|キーボードの並び/],
    ['1234567890abc', /連続した英数字/],
    ['aaaaaaaaaaaa1', /同じ文字の繰り返し/],
  ])('refuses %s naming the reason', (password, reason) => {
    const check = checkPassword(password, { mfaEnabled: false, common });
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(reason);
  });

  it('refuses the patterns even without the common list', () => {
    for (const password of ['qwertyuiop123', '1234567890abc', 'aaaaaaaaaaaa1', '1q2w1q2w1q2w1q2w', 'zyxwvutsr98765', 'asdfghjkl;1234']) {
      expect(checkPassword(password, { mfaEnabled: false }).ok, password).toBe(false);
    }
  });

  it('sees common passwords behind look-alike characters and added digits or symbols', () => {
    expect(isCommonPassword('P@ssw0rd2026!', common)).toBe(true);
    expect(isCommonPassword('2026dragon!!', common)).toBe(true);
    expect(isCommonPassword('dragon-fruit-77', common)).toBe(false);
  });

  it('counts what is left outside runs, sequences, keyboard rows and repeats', () => {
    expect(unpredictableCount('aaaaaaaaaaaa1')).toBe(1);
    expect(unpredictableCount('1234567890abc')).toBe(0);
    expect(unpredictableCount('qwertyuiop123')).toBe(0);
    expect(unpredictableCount('kuma7-tsuki-x')).toBe(13);
  });

  it('accepts passphrases and random passwords', () => {
    for (const password of ['correct-horse-battery-42', 'Str0ngPassw0rd!x', 'hx7k-m2p9-qr4t-w8zn', 'さくら病院の受付は9時から']) {
      expect(checkPassword(password, { mfaEnabled: false, common }), password).toEqual({ ok: true, short: false });
    }
  });
});
