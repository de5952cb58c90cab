import { describe, expect, it } from 'vitest';
import { matchLeavers, readLeavers } from './leavers.ts';
import { nameKey } from './names.ts';

const rows = (lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('the leavers list', () => {
  it('reads 氏名, 職員番号 and 退職日 in any order, 和暦 or 西暦, below a title row', () => {
    const r = readLeavers(
      rows([
        ['令和8年度 退職者一覧 (人事課)', '', ''],
        ['退職年月日', '職員番号', '氏　名', '所属'],
        ['令和8年3月31日', '２０４５１', '齋藤 花子', '看護部'],
        ['2026/04/30', '30012', 'ｽｽﾞｷ ｲﾁﾛｳ', '医事課'],
        ['', '', '', ''],
      ]),
    );
    expect(r).toEqual({
      leavers: [
        { row: 3, name: '齋藤 花子', nameKey: nameKey('斎藤花子'), employeeId: '20451', leftOn: '2026-03-31', department: '看護部' },
        {
          row: 4,
          name: 'スズキ イチロウ',
          nameKey: nameKey('すずき いちろう'),
          employeeId: '30012',
          leftOn: '2026-04-30',
          department: '医事課',
        },
      ],
      problems: [],
    });
  });

  it('names the row and column of an impossible date, an empty one, and a 職員番号 given twice', () => {
    const r = readLeavers(
      rows([
        ['氏名', '職員番号', '退職日'],
        ['山田 太郎', '1', '令和7年2月30日'],
        ['山田 次郎', '2', ''],
        ['佐藤 三郎', '3', '2026-03-31'],
        ['佐藤 四郎', '3', '2026-03-31'],
      ]),
    );
    expect('problems' in r && r.problems).toEqual([
      { row: 2, column: '退職日', message: '令和7年2月30日 は存在しない日付です' },
      { row: 3, column: '退職日', message: '退職日が空です' },
      { row: 5, column: '職員番号', message: '職員番号 3 が 4 行目にもあります' },
    ]);
    expect('leavers' in r && r.leavers.map((l) => l.name)).toEqual(['佐藤 三郎']);
  });

  it('says what is missing when it is not a leavers list', () => {
    expect(readLeavers(rows([['SamAccountName', 'Enabled']]))).toEqual({
      error: '見出しの行に「氏名」がありません (氏名・職員番号・退職日の列が必要です)。',
    });
    expect(readLeavers(rows([['氏名', '職員番号']]))).toEqual({ error: '見出しの行に「退職日」がありません。' });
  });
});

describe('matching leavers to accounts', () => {
  const leaver = (name: string, employeeId: string) => ({
    row: 2,
    name,
    nameKey: nameKey(name),
    employeeId,
    leftOn: '2026-03-31',
    department: '',
  });
  const account = (id: string, name: string, employeeId = '') => ({ id, employeeId, nameKey: nameKey(name) });

  it('matches by 職員番号 first, by name only where a 職員番号 is missing, and never across different numbers', () => {
    const accounts = [
      account('saito.h', '齋藤 花子', '20451'),
      account('karte-saito', '斎藤 花子'),
      account('saito.h2', '斉藤 花子', '99999'),
      account('yamada.t', '山田 太郎', '1'),
    ];
    const found = matchLeavers([leaver('齋藤 花子', '20451')], accounts);
    expect(found.map((m) => [m.account.id, m.by])).toEqual([
      ['saito.h', 'employeeId'],
      ['karte-saito', 'name'],
    ]);
    expect(matchLeavers([leaver('山田 太郎', '')], accounts).map((m) => [m.account.id, m.by])).toEqual([['yamada.t', 'name']]);
  });
});
