import { describe, expect, it } from 'vitest';
import { readAnnexSheet } from './annex-sheet.ts';

const rows = (lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('readAnnexSheet', () => {
  it('reads numbers with answers written as words, whatever the columns around them', () => {
    const r = readAnnexSheet(
      'mds',
      rows([
        ['別紙 MDS チェックリスト'],
        ['No.', '確認内容', '回答', '備考'],
        ['1', '(項目の文言)', 'はい', ''],
        ['No.2', '(項目の文言)', 'いいえ', '次期版で対応'],
        ['MDS-3', '(項目の文言)', '対象外'],
        ['4', '(項目の文言)', ''],
        ['42', '(範囲外)', 'はい'],
      ]),
    );
    expect(r).toEqual({ answers: { '1': 'yes', '2': 'no', '3': 'na' }, unread: [6], conflicts: [] });
  });

  it('reads a mark under columns headed はい / いいえ / 対象外, and names a number answered twice differently', () => {
    const r = readAnnexSheet(
      'sds',
      rows([
        ['項番', '内容', 'はい', 'いいえ', '対象外'],
        ['１', 'x', '○', '', ''],
        ['2', 'x', '', '〇', ''],
        ['3', 'x', '', '', '✓'],
        ['4', 'x', '○', '○', ''],
        ['1', 'x', '', '○', ''],
      ]),
    );
    expect(r.answers).toEqual({ '1': 'yes', '2': 'no', '3': 'na' });
    expect(r.unread).toEqual([5]);
    expect(r.conflicts).toEqual(['項目 1 (2 行目と 6 行目)']);
  });

  it('reads the marks, not a word in a remark column, and the number from the column headed 項番', () => {
    const r = readAnnexSheet(
      'mds',
      rows([
        ['大項目', '項番', '質問', 'はい', 'いいえ', '対象外', '備考'],
        ['1', '3', 'x', '○', '', '', '-'],
        ['1', '4', 'x', '', '○', '', 'なし'],
        ['2', '5', 'x', '', '', '', 'はい'],
      ]),
    );
    expect(r.answers).toEqual({ '3': 'yes', '4': 'no' });
    expect(r.unread).toEqual([4]);
  });

  it('does not guess between two numbers before the answer without a header', () => {
    const r = readAnnexSheet(
      'mds',
      rows([
        ['1', '2', 'x', 'いいえ'],
        ['7', 'x', 'はい'],
        ['8', 'x', 'いいえ', '12'],
      ]),
    );
    expect(r.answers).toEqual({ '7': 'yes', '8': 'no' });
    expect(r.unread).toEqual([1]);
  });
});
