// Saving one item as it is edited: one save at a time (a save asked for meanwhile runs after it),
// notes after a short pause in typing, and a note still waiting for its pause saved when the editor
// goes (the page is left, or the item turns 記入不要).
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { draftToSend, type SaveContext, sendDraft } from './answer-save.ts';

const NOTE_DELAY_MS = 600;

export interface Autosave {
  /** the latest save; force sends a draft the server refused, or over a conflict */
  saveRef: RefObject<(force?: boolean) => Promise<void>>;
  /** saves now (a field was left) */
  saveNow: () => void;
  /** saves after the pause in typing */
  saveSoon: () => void;
}

export function useAutosave(ctx: SaveContext): Autosave {
  const againRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = async (force = false): Promise<void> => {
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
    if (ctx.state.busyRef.current) {
      againRef.current = true;
      return;
    }
    const sent = draftToSend(ctx.state, force);
    if (!sent) return;
    const next = await sendDraft(ctx, sent);
    if (againRef.current) {
      againRef.current = false;
      if (next) await saveRef.current();
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // leaving the page with a note still waiting for its pause: save it now
  useEffect(
    () => () => {
      if (timerRef.current !== undefined) void saveRef.current();
    },
    [],
  );

  const saveNow = useCallback(() => void saveRef.current(), []);
  const saveSoon = () => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(), NOTE_DELAY_MS);
  };
  return { saveRef, saveNow, saveSoon };
}
