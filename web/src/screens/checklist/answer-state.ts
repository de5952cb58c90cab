// One item's answer while it is being edited: the draft on the page, the last saved answer, the save
// state, and the bookkeeping the saves share. Each piece of state is mirrored in a ref so that a save
// finishing after an await reads the latest values, not those of the render that started it.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../api-answers.ts';
import { type Draft, draftOf, sameDraft } from './answer-draft.ts';
import type { SaveState } from './save-state.ts';

export interface AnswerState {
  draft: Draft;
  saved: Draft;
  status: SaveState;
  draftRef: RefObject<Draft>;
  savedRef: RefObject<Draft>;
  statusRef: RefObject<SaveState>;
  setDraft: (next: Draft) => void;
  setSaved: (next: Draft) => void;
  setStatus: (next: SaveState) => void;
  /** the version of the saved answer the next save builds on */
  versionRef: RefObject<number>;
  /** the draft the server last refused: not sent again unchanged unless forced */
  failedRef: RefObject<Draft | null>;
  /** a save is under way */
  busyRef: RefObject<boolean>;
}

/** State mirrored in a ref; the setter updates both. */
function useSyncedState<T>(initial: () => T): [T, RefObject<T>, (next: T) => void] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
  }, []);
  return [value, ref, set];
}

export function useAnswerState(answer: Answer | null): AnswerState {
  const [draft, draftRef, setDraft] = useSyncedState(() => draftOf(answer));
  const [saved, savedRef, setSaved] = useSyncedState(() => draftOf(answer));
  const [status, statusRef, setStatus] = useSyncedState<SaveState>(() => ({ kind: 'idle' }));
  const versionRef = useRef(answer?.version ?? 0);
  const failedRef = useRef<Draft | null>(null);
  const busyRef = useRef(false);
  return { draft, saved, status, draftRef, savedRef, statusRef, setDraft, setSaved, setStatus, versionRef, failedRef, busyRef };
}

/** A newer answer from the server (the page was loaded again): take it unless there are unsaved edits. */
export function useTakeNewerAnswer(state: AnswerState, answer: Answer | null): void {
  const { draftRef, savedRef, setDraft, setSaved, versionRef, busyRef } = state;
  useEffect(() => {
    const version = answer?.version ?? 0;
    if (version <= versionRef.current || busyRef.current || !sameDraft(draftRef.current, savedRef.current)) return;
    versionRef.current = version;
    const server = draftOf(answer);
    setSaved(server);
    setDraft(server);
  }, [answer, draftRef, savedRef, setDraft, setSaved, versionRef, busyRef]);
}
