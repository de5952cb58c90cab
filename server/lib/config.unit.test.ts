import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('PostgreSQL connections', () => {
  it('default to 2 × cores + 2, as many as the machine runs at once', () => {
    expect(loadConfig({}, {}).pgPoolSize).toBe(2 * os.availableParallelism() + 2);
  });

  it('follow MAMORI_PG_POOL, and refuse what is not a number', () => {
    expect(loadConfig({}, { MAMORI_PG_POOL: '24' }).pgPoolSize).toBe(24);
    expect(() => loadConfig({}, { MAMORI_PG_POOL: 'many' })).toThrow(/数値ではありません/);
    expect(() => loadConfig({}, { MAMORI_PG_POOL: '0' })).toThrow(/数値ではありません/);
  });
});
