import { describe, expect, it } from 'vitest';
import { firstUnstorableField, isStorableText } from './storable-text.ts';

describe('storable text', () => {
  it('refuses NUL and lone surrogates, keeps pairs and other control characters', () => {
    expect(isStorableText('受付PC 😀\t\n')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\uD83D')).toBe(false);
    expect(isStorableText('x\uDE00')).toBe(false);
    expect(isStorableText('\uDE00\uD83D')).toBe(false);
  });

  it('names the first bad field of a nested value, keys included, without recursion limits', () => {
    expect(firstUnstorableField({ a: 'ok', b: [{ c: 'ok' }, { c: 'no\u0000' }] })).toBe('b.1.c');
    expect(firstUnstorableField({ ['k\uD800']: 1 })).toBe('k\uD800');
    expect(firstUnstorableField({ a: 1, b: null, c: ['x'] })).toBeNull();
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(firstUnstorableField(deep)).toMatch(/^0(\.0)+$/);
  });
});
