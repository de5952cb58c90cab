// The answer editor's state and actions: the draft and its saves, choosing はい/いいえ (which may fill
// in the date), typing in a field, and the two ways out of a conflict.

import { useEffect, useRef } from 'react';
import { answerCells } from '../../../../domain/catalog/labels.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import type { AssessmentItem, SavedAnswer, YesNo } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { type DateField, draftOf, sameDraft, withAnswer } from './answer-draft.ts';
import { type AnswerState, useAnswerState, useTakeNewerAnswer } from './answer-state.ts';
import { type Autosave, useAutosave } from './autosave.ts';
import { errorTexts } from './save-state.ts';

export type Column = 'first' | 'second';

export interface AnswerEditorProps {
  orgId: string;
  assessmentId: string;
  item: AssessmentItem;
  /** the assessment's 年度 (西暦 start year): a 目標日 falls in it, or up to the year the form names */
  fiscalYear: number;
  onSaved: (item: AssessmentItem, saved: SavedAnswer) => void;
  /** the page's data is behind (the other person's answer was taken): load it again */
  onStale: () => void;
  onPending: (itemId: string, pending: boolean) => void;
  announce: (message: string) => void;
}

export function useAnswerEditor({ orgId, assessmentId, item, onSaved, onStale, onPending, announce }: AnswerEditorProps) {
  const t = useT();
  const cells = answerCells(item);
  const state = useAnswerState(item.answer);
  const dirty = !sameDraft(state.draft, state.saved);
  usePendingReport(onPending, item.id, dirty || state.status.kind === 'saving');
  useTakeNewerAnswer(state, item.answer);
  const autosave = useAutosave({ orgId, assessmentId, item, cells, state, onSaved, announce, t });
  const firstGroup = useRef<HTMLFieldSetElement>(null);
  const secondGroup = useRef<HTMLFieldSetElement>(null);
  const groups = { first: firstGroup, second: secondGroup };

  const pick = (column: Column, value: YesNo | null) => {
    state.setDraft(withAnswer(state.draftRef.current, column, value, cells.date, todayJst(new Date())));
    void autosave.saveRef.current();
    // the clear button goes away with the answer: keep the keyboard in this group
    if (value === null) groups[column].current?.querySelector('input')?.focus();
  };
  const edit = (field: DateField | 'note', value: string) => {
    state.setDraft({ ...state.draftRef.current, [field]: value });
    if (field === 'note') autosave.saveSoon();
  };
  const errors = errorTexts(state.status, t);
  return { cells, state, dirty, autosave, groups, pick, edit, errors, ...conflictChoices(state, autosave, onStale) };
}

/** Tells the sheet whether the item has unsaved edits or a save under way; no longer once the editor goes. */
function usePendingReport(onPending: AnswerEditorProps['onPending'], itemId: string, pending: boolean): void {
  useEffect(() => {
    onPending(itemId, pending);
    return () => onPending(itemId, false); // also when the item turns 記入不要 and the editor goes
  }, [onPending, itemId, pending]);
}

/** The two ways out of a conflict: take the other person's answer, or overwrite it with this one. */
function conflictChoices(state: AnswerState, autosave: Autosave, onStale: () => void) {
  const { status, setSaved, setDraft, setStatus, versionRef, failedRef } = state;
  const takeTheirs = () => {
    if (status.kind !== 'conflict') return;
    versionRef.current = status.current.version;
    const theirs = draftOf(status.current);
    setSaved(theirs);
    setDraft(theirs);
    failedRef.current = null;
    setStatus({ kind: 'idle' });
    onStale();
  };
  const overwrite = () => {
    if (status.kind !== 'conflict') return;
    versionRef.current = status.current.version;
    failedRef.current = null;
    setStatus({ kind: 'idle' });
    void autosave.saveRef.current(true);
  };
  return { takeTheirs, overwrite };
}
