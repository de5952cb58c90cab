import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvStream } from './csv-stream.ts';

const TEXT = ['a,b,c', '1,"two\r\nlines, and ""quotes""",3', '"x",,"z"', '', '4,"5",6'].join('\r\n');

function readAll(text: string, size: number, options = {}): CsvRecord[] {
  const csv = new CsvStream(options);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...csv.push(text.slice(i, i + size)));
  out.push(...csv.end());
  return out;
}

describe('CsvStream', () => {
  it('reads quoted fields over lines, "" and empty cells, naming the line each record starts on', () => {
    expect(readAll(TEXT, TEXT.length)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'two\r\nlines, and "quotes"', '3'] },
      { line: 4, cells: ['x', '', 'z'] },
      { line: 6, cells: ['4', '5', '6'] },
    ]);
  });

  it('gives the same records whatever the chunks (cut inside quotes, between "" and between \\r and \\n)', () => {
    const whole = readAll(TEXT, TEXT.length);
    for (let size = 1; size <= 12; size++) expect(readAll(TEXT, size), `chunks of ${size}`).toEqual(whole);
  });

  it('reads another delimiter and a last line without a newline', () => {
    expect(readAll('a;b\n"1;2";3', 2, { delimiter: ';' })).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1;2', '3'] },
    ]);
  });

  it('gives up a record longer than the limit and reads on from the next line', () => {
    const text = `a,b\n"never closed,${'x'.repeat(200)}\nmore\n`;
    const records = readAll(text, 16, { maxRecordChars: 100 });
    expect(records[0]).toEqual({ line: 1, cells: ['a', 'b'] });
    expect(records[1]).toEqual({ line: 2, cells: [], error: 'too-long' });
    expect(records[2]).toEqual({ line: 3, cells: ['more'] });
  });

  it('says when the file ends inside quotes', () => {
    expect(readAll('a,b\n1,"open\nstill', 5)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [], error: 'unterminated' },
    ]);
  });
});
