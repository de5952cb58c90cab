import { describe, expect, it } from 'vitest';
import { jst, phoneHref } from './incident-text.ts';

describe('incident texts', () => {
  it('shows times in JST to the minute', () => {
    expect(jst('2026-12-07T01:15:30.000Z')).toBe('2026-12-07 10:15');
    expect(jst(null)).toBe('');
  });

  it('dials the first phone number of a contact, or opens its address', () => {
    expect(phoneHref('06-1234-5678 (夜間)')).toBe('tel:0612345678');
    expect(phoneHref('０３－１２３４－５６７８')).toBe('tel:0312345678');
    expect(phoneHref('+81 3-1234-5678')).toBe('tel:+81312345678');
    expect(phoneHref('06-1234-5678 (24時間)')).toBe('tel:0612345678');
    expect(phoneHref('06(1234)5678')).toBe('tel:0612345678');
    expect(phoneHref('090 1234 5678')).toBe('tel:09012345678');
    expect(phoneHref('#9110')).toBe('tel:%239110');
    expect(phoneHref('110')).toBe('tel:110');
    expect(phoneHref('内線 123')).toBeNull();
    expect(phoneHref('https://www.mhlw.go.jp/')).toBe('https://www.mhlw.go.jp/');
    expect(phoneHref('代表に確認')).toBeNull();
    expect(phoneHref('')).toBeNull();
  });
});
