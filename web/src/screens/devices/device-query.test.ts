import { describe, expect, it } from 'vitest';
import { apiQueryOf, queryOf, searchOfQuery, viewOf } from './device-query.ts';

describe('the ledger view in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const v = viewOf(searchOfQuery('q=外来&class=pc,server&dir=desc&sort=hostname&page=3'));
    expect(v).toMatchObject({ q: '外来', classes: ['pc', 'server'], desc: true, sort: 'hostname', page: 3, retired: false });
    expect(viewOf(searchOfQuery(queryOf(v)))).toEqual(v);
    expect(queryOf(viewOf(searchOfQuery('')))).toBe('');
    expect(apiQueryOf(v)).toContain('offset=100');
  });
});
