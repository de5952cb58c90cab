// The text of an uploaded file in each encoding a Windows tool writes, and the refusals: an AD export
// from PowerShell 5.1 (-Encoding Unicode: UTF-16LE with BOM; UTF8: with BOM; Default: CP932) and 7
// (UTF-8 without BOM) decodes to the same text; a UTF-16 file cut in the middle of a character, or
// with a broken surrogate, is refused with a message, never patched with replacement characters.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PS51_JA } from '../../../domain/accounts/ad-fixtures.test-helpers.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeText } from './decode.ts';

const utf16le = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

describe('decoding an uploaded text file', () => {
  it('reads the same AD export from UTF-16LE, UTF-8 with and without BOM, and CP932', () => {
    const variants: [Uint8Array, string][] = [
      [utf16le(PS51_JA), 'utf16le'],
      [new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PS51_JA, 'utf8')])), 'utf8-bom'],
      [new Uint8Array(Buffer.from(PS51_JA, 'utf8')), 'utf8'],
      [new Uint8Array(iconv.encode(PS51_JA.replace(/髙/g, '高'), 'cp932')), 'cp932'],
    ];
    for (const [bytes, detected] of variants) {
      const r = decodeText(bytes);
      expect(r.detected).toBe(detected);
      expect(r.text.startsWith('#TYPE Microsoft.ActiveDirectory.Management.ADUser')).toBe(true);
      expect(r.text).toContain('齋藤 花子');
    }
  });

  it('refuses UTF-16 cut in the middle of a character, and a lone surrogate', () => {
    const whole = utf16le('"SamAccountName"\r\n"yamada"');
    const cut = whole.subarray(0, whole.byteLength - 1);
    expect(() => decodeText(cut)).toThrow(/UTF-16 のファイルが文字の途中で切れています/);
    const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]); // A, a high surrogate alone, A
    try {
      decodeText(lone);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toContain('UTF-16 として読めない部分があります');
    }
  });
});
