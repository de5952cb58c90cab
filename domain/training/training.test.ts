import { describe, expect, it } from 'vitest';
import { completionOf, percent } from './completion.ts';
import { checkAttendees, checkDrill, checkSession, readTrainingKind } from './training.ts';

const TODAY = '2026-11-22';

describe('a training session', () => {
  it('reads 和暦 and the kinds by their Japanese names', () => {
    const r = checkSession({ heldOn: '令和8年6月1日', topic: ' 標的型メール ', kind: 'e ラーニング' }, TODAY);
    expect(r).toEqual({
      ok: true,
      values: { heldOn: '2026-06-01', topic: '標的型メール', kind: 'elearning', instructor: '', materialEvidenceId: null, note: '' },
    });
    expect(readTrainingKind('資料の配布・回覧')).toBe('handout');
    expect(readTrainingKind('group')).toBe('group');
    expect(readTrainingKind('講演')).toBeNull();
  });

  it('refuses a future or impossible date, a missing topic and an unknown kind, naming each field', () => {
    const future = checkSession({ heldOn: '2026-11-23', topic: 'x', kind: 'group' }, TODAY);
    expect(future.ok || future.problems).toEqual([{ field: 'heldOn', message: '実施日: 未来の日付 (2026-11-23) は入れられません' }]);
    const bad = checkSession({ heldOn: '令和7年2月30日', topic: '', kind: '講演' }, TODAY);
    expect(bad.ok || bad.problems.map((p) => p.message)).toEqual([
      '実施日: 令和7年2月30日 は存在しない日付です',
      '内容 (テーマ): 研修の内容を入力してください (例: 標的型メールへの対応)',
      '形式: 「講演」は選べる値ではありません',
    ]);
    const empty = checkSession({}, TODAY);
    expect(empty.ok || empty.problems.map((p) => p.field)).toEqual(['heldOn', 'topic', 'kind']);
  });

  it('reads attendees as ledger ids or typed names, and names a bad one by its place', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    expect(checkAttendees([{ accountId: id }, { name: ' 山田 花子 ', department: '看護部' }])).toEqual({
      ok: true,
      values: [
        { accountId: id, department: '' },
        { name: '山田 花子', department: '看護部' },
      ],
    });
    const bad = checkAttendees([{ name: 'a' }, { department: '医事課' }, { accountId: 'x' }]);
    expect(bad.ok || bad.problems.map((p) => p.message)).toEqual([
      '受講者 2: 利用者台帳から選ぶか、名前を入力してください',
      '受講者 3: 利用者台帳の指定が正しくありません',
    ]);
    expect(checkAttendees(undefined)).toEqual({ ok: true, values: [] });
  });
});

describe('a phishing drill', () => {
  const drill = { heldOn: '2026-09-01', scenario: '不在通知', sent: 10, clicked: 3, reported: 4 };
  it('takes non-negative whole numbers, clicked and reported at most sent', () => {
    expect(checkDrill({ ...drill, sent: '10', clicked: '', reported: '1,0' }, TODAY)).toMatchObject({
      ok: true,
      values: { sent: 10, clicked: 0, reported: 10 },
    });
    const bad = checkDrill({ ...drill, clicked: 11, reported: 1.5 }, TODAY);
    expect(bad.ok || bad.problems).toEqual([
      { field: 'clicked', message: '開封・クリック数: 送信数 (10) 以下にしてください' },
      { field: 'reported', message: '報告数: 0 以上の整数にしてください (「1.5」)' },
    ]);
    const none = checkDrill({ heldOn: '2026-09-01', scenario: 'x', sent: -1 }, TODAY);
    expect(none.ok || none.problems.map((p) => p.field)).toEqual(['sent']);
  });
});

describe("a fiscal year's completion", () => {
  const sessions = [
    {
      id: 's1',
      heldOn: '2026-06-01',
      topic: '標的型メール',
      attendees: [
        { accountId: 'a1', name: '山田 太郎', department: '医事課' },
        { accountId: null, name: '委託 清掃員', department: '' },
      ],
    },
    { id: 's2', heldOn: '2027-03-31', topic: 'パスワード', attendees: [{ accountId: null, name: '山田太郎', department: '' }] },
    { id: 's0', heldOn: '2026-03-31', topic: '前年度', attendees: [{ accountId: null, name: '佐藤 花子', department: '' }] },
  ];
  const staff = [
    { name: '山田 太郎', nameKana: 'ヤマダ タロウ', department: '医事課' },
    // the same person's account in a second system counts once
    { name: '佐藤 花子', nameKana: 'サトウ ハナコ', department: '看護部' },
    { name: '佐藤　花子', nameKana: 'サトウ ハナコ', department: '看護部' },
    { name: '阿部 一郎', nameKana: 'アベ イチロウ', department: '看護部' },
  ];
  const drills = [
    { heldOn: '2026-09-01', sent: 40, clicked: 6, reported: 10 },
    { heldOn: '2027-01-10', sent: 10, clicked: 4, reported: 0 },
    { heldOn: '2026-03-01', sent: 99, clicked: 99, reported: 0 },
  ];

  it('merges one person by folded name, lists 未受講 from the ledger, and counts the year only', () => {
    const c = completionOf(2026, sessions, drills, staff);
    expect(c.people).toEqual([
      { name: '委託 清掃員', department: '', fromLedger: false, sessions: [{ id: 's1', heldOn: '2026-06-01', topic: '標的型メール' }] },
      {
        name: '山田 太郎',
        department: '医事課',
        fromLedger: true,
        sessions: [
          { id: 's1', heldOn: '2026-06-01', topic: '標的型メール' },
          { id: 's2', heldOn: '2027-03-31', topic: 'パスワード' },
        ],
      },
    ]);
    expect(c.notAttended).toEqual([
      { name: '阿部 一郎', department: '看護部' },
      { name: '佐藤 花子', department: '看護部' },
    ]);
    expect(c.ledgerPeople).toBe(3);
    expect(c.totals).toEqual({
      sessions: 2,
      attendees: 2,
      drills: 2,
      sent: 50,
      clicked: 10,
      reported: 10,
      clickRate: 0.2,
      reportRate: 0.2,
    });
  });

  it('has no rates without a drill, and an empty ledger gives no 未受講', () => {
    const c = completionOf(2025, [], [], []);
    expect(c.totals.clickRate).toBeNull();
    expect(c.notAttended).toEqual([]);
    expect(c.ledgerPeople).toBe(0);
    expect(percent(null)).toBe('—');
    expect(percent(0.125)).toBe('12.5%');
  });
});
