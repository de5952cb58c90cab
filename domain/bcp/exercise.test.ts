import { describe, expect, it } from 'vitest';
import { actionCounts, actionState, checkExercise, checkExerciseAction, readExerciseKind, readParticipants } from './exercise.ts';

const TODAY = '2026-11-22';
const fields = (c: { ok: boolean; problems?: { field: string; message: string }[] }) => (c.ok ? [] : (c.problems ?? []));

describe('checkExercise', () => {
  it('reads a 和暦 date, a kind by its Japanese label and participants one per line', () => {
    const c = checkExercise(
      {
        heldOn: '令和8年10月1日',
        scenario: 'ランサムウェアで電子カルテが停止',
        kind: '机上訓練',
        participants: '院長\n\n情報システム室\n院長',
      },
      TODAY,
    );
    expect(c).toEqual({
      ok: true,
      values: {
        heldOn: '2026-10-01',
        scenario: 'ランサムウェアで電子カルテが停止',
        kind: 'tabletop',
        participants: ['院長', '情報システム室'],
        wentWell: '',
        problems: '',
        evidenceId: null,
        note: '',
      },
    });
  });

  it('refuses a future date, an impossible date and a missing scenario or kind, naming each field', () => {
    const future = fields(checkExercise({ heldOn: '2026-11-23', scenario: 'x', kind: 'live' }, TODAY));
    expect(future).toEqual([{ field: 'heldOn', message: expect.stringContaining('実施日: 未来の日付') }]);
    const impossible = fields(checkExercise({ heldOn: '令和7年2月30日', scenario: 'x', kind: 'live' }, TODAY));
    expect(impossible.map((p) => p.field)).toEqual(['heldOn']);
    expect(impossible[0]?.message).toMatch(/^実施日: /);
    const empty = fields(checkExercise({ heldOn: '2026-01-01' }, TODAY));
    expect(empty.map((p) => p.field)).toEqual(['scenario', 'kind']);
    expect(fields(checkExercise({ heldOn: '2026-01-01', scenario: 'x', kind: '避難訓練' }, TODAY)).map((p) => p.field)).toEqual(['kind']);
  });

  it('reads kinds by code, label or short word', () => {
    expect(readExerciseKind('contact')).toBe('contact');
    expect(readExerciseKind('実動')).toBe('live');
    expect(readExerciseKind('Tabletop exercise')).toBe('tabletop');
    expect(readExerciseKind('')).toBeUndefined();
    expect(readParticipants(['a', ' a ', 'b'])).toEqual(['a', 'b']);
  });
});

describe('improvement actions', () => {
  it('needs what and a due date; the day done is not in the future', () => {
    expect(checkExerciseAction({ what: '手順書を作る', owner: '情報システム室', dueOn: 'R8.12.1' }, TODAY)).toEqual({
      ok: true,
      values: { what: '手順書を作る', owner: '情報システム室', dueOn: '2026-12-01', doneOn: null },
    });
    expect(fields(checkExerciseAction({}, TODAY)).map((p) => p.field)).toEqual(['what', 'dueOn']);
    expect(fields(checkExerciseAction({ what: 'x', dueOn: '2026-12-01', doneOn: '2026-12-01' }, TODAY)).map((p) => p.field)).toEqual([
      'doneOn',
    ]);
  });

  it('is 期限切れ after its due date until done', () => {
    expect(actionState({ dueOn: '2026-11-21', doneOn: null }, TODAY)).toBe('overdue');
    expect(actionState({ dueOn: '2026-11-22', doneOn: null }, TODAY)).toBe('open');
    expect(actionState({ dueOn: '2026-11-01', doneOn: '2026-11-20' }, TODAY)).toBe('done');
    expect(
      actionCounts(
        [
          { dueOn: '2026-11-01', doneOn: null },
          { dueOn: '2026-12-01', doneOn: null },
          { dueOn: '2026-11-01', doneOn: '2026-11-02' },
        ],
        TODAY,
      ),
    ).toEqual({ open: 2, overdue: 1 });
  });
});
