import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tableFile } from './table-file.ts';

describe('a Shift_JIS table file', () => {
  it('writes 〜 − ‖ — as Windows writes them in Shift_JIS, not as "?"', async () => {
    const file = await tableFile([['備考'], ['4月〜3月、−5℃、‖、—']], 'csv-cp932', 'x', 'x');
    const text = iconv.decode(file.body, 'cp932');
    expect(text).toBe('備考\r\n4月～3月、－5℃、∥、―\r\n');
    expect(text).not.toContain('?');
  });
});
