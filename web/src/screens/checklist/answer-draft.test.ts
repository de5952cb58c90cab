import { describe, expect, it } from 'vitest';
import { answerCells } from '../../../../domain/catalog/labels.ts';
import type { Answer } from '../../api-answers.ts';
import { draftOf, inputOf, mergeSaved, previewDate, sameDraft, withAnswer } from './answer-draft.ts';

const answer: Answer = {
  firstAnswer: 'no',
  firstDate: '2025-06-10',
  targetDate: '2026-03-31',
  secondAnswer: null,
  secondDate: null,
  note: '',
  outOfScope: false,
  suggestion: null,
  version: 3,
  updatedAt: '2025-06-10T01:00:00Z',
  updatedBy: 'nurse01',
};

const FULL = answerCells({ answerType: 'dated', status: 'required' });
const GATE = answerCells({ answerType: 'yes_no_only', status: 'gate' });
const ONCE = answerCells({ answerType: 'dated_once', status: 'required' });

describe('answer drafts', () => {
  it('reads an answer (or none) as editable text', () => {
    expect(draftOf(null)).toEqual({ firstAnswer: null, firstDate: '', targetDate: '', secondAnswer: null, secondDate: '', note: '' });
    expect(draftOf(answer).targetDate).toBe('2026-03-31');
  });

  it('sends dates as typed, no dates for yes/no-only items, and a target date only beside a first いいえ', () => {
    const d = { ...draftOf(answer), targetDate: ' 令和8年3月31日 ' };
    expect(inputOf(d, FULL, 3)).toMatchObject({ firstDate: '2025-06-10', targetDate: '令和8年3月31日', secondDate: null, version: 3 });
    expect(inputOf({ ...d, secondAnswer: 'yes' }, GATE, 3)).toMatchObject({ firstDate: null, targetDate: null, secondAnswer: null });
    expect(inputOf({ ...d, firstAnswer: 'yes' }, FULL, 3).targetDate).toBeNull();
    // R5 3(1): one dated cell, no 目標日 or 2回目 sent
    expect(inputOf({ ...d, secondAnswer: 'yes', secondDate: '2025-07-01' }, ONCE, 3)).toMatchObject({
      firstDate: '2025-06-10',
      targetDate: null,
      secondAnswer: null,
      secondDate: null,
    });
  });

  it('treats 和暦 and 西暦 for the same day as the same answer', () => {
    expect(sameDraft({ ...draftOf(answer), targetDate: '令和8年3月31日' }, draftOf(answer))).toBe(true);
    expect(sameDraft({ ...draftOf(answer), targetDate: '令和8年3月30日' }, draftOf(answer))).toBe(false);
  });

  it('keeps what was typed while a save ran, and the 和暦 the person wrote', () => {
    const sent = { ...draftOf(answer), targetDate: '令和8年3月31日', note: 'a' };
    const current = { ...sent, note: 'ab' };
    const saved = { ...draftOf(answer), note: 'a' };
    expect(mergeSaved(current, sent, saved)).toEqual({ ...saved, targetDate: '令和8年3月31日', note: 'ab' });
    const typing = { ...draftOf(answer), note: 'USB は ' };
    expect(mergeSaved(typing, typing, { ...draftOf(answer), note: 'USB は' }).note).toBe('USB は ');
    expect(sameDraft(typing, { ...typing, note: 'USB は' })).toBe(true);
  });

  it('fills an empty date with today when an answer is picked, and clears it with the answer', () => {
    const empty = draftOf(null);
    expect(withAnswer(empty, 'first', 'no', true, '2025-07-01')).toMatchObject({ firstAnswer: 'no', firstDate: '2025-07-01' });
    expect(withAnswer(empty, 'first', 'yes', false, '2025-07-01').firstDate).toBe('');
    expect(withAnswer(draftOf(answer), 'first', 'yes', true, '2025-07-01')).toMatchObject({ firstDate: '2025-06-10', targetDate: '' });
    expect(withAnswer(draftOf(answer), 'first', null, true, '2025-07-01')).toMatchObject({ firstAnswer: null, firstDate: '' });
    expect(withAnswer(empty, 'second', 'yes', true, '2025-09-01').secondDate).toBe('2025-09-01');
  });

  it('previews typed dates and says why one cannot be read', () => {
    expect(previewDate('')).toBeNull();
    expect(previewDate('R8.3.31')).toEqual({ ok: true, iso: '2026-03-31' });
    expect(previewDate('令和7年2月30日')).toMatchObject({ ok: false });
  });
});
