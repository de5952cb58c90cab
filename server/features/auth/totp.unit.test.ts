import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, otpauthUrl, totpCode, verifyTotp } from './totp.ts';

// RFC 6238 appendix B, SHA-1 secret "12345678901234567890" (8-digit values; we use the last 6).
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at %i s gives the RFC value', (seconds, eight) => {
    expect(totpCode(RFC_SECRET, Math.floor(seconds / 30))).toBe(eight.slice(2));
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  });

  it('accepts the previous and next step but not two steps away', () => {
    const t = new Date(1_700_000_000_000);
    const step = Math.floor(t.getTime() / 30_000);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), t, null)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), t, null)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), t, null)).toBeNull();
  });

  it('refuses a code at or before the last used step (no replay)', () => {
    const t = new Date(1_700_000_000_000);
    const step = Math.floor(t.getTime() / 30_000);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), t, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), t, step)).toBe(step + 1);
  });

  it('accepts full-width digits and spaces as typed on a Japanese IME', () => {
    const t = new Date(1_700_000_000_000);
    const code = totpCode(RFC_SECRET, Math.floor(t.getTime() / 30_000));
    const fullWidth = [...code].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    expect(verifyTotp(RFC_SECRET, `${fullWidth.slice(0, 3)} ${fullWidth.slice(3)}`, t, null)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, 'abcdef', t, null)).toBeNull();
  });

  it('builds an otpauth URL authenticator apps read', () => {
    const url = new URL(otpauthUrl('ABC', '山田'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe('ABC');
    expect(decodeURIComponent(url.pathname)).toContain('Mamori:山田');
  });
});
