// Saving one item as it is edited, as mutations of TanStack Query in one scope per item: one save at a
// time, each asked-for save runs after the one before it and sends the draft as it stands then (so
// saves asked for meanwhile collapse into one request), notes after a short pause in typing, and a
// note still waiting for its pause saved when the editor goes (the page is left, or the item turns
// 記入不要). Without a network the save waits (paused) and goes out when the browser is online again.
import { onlineManager, useMutation } from '@tanstack/react-query';
import { type RefObject, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { draftToSend, type SaveContext, sendDraft } from './answer-save.ts';

const NOTE_DELAY_MS = 600;

const subscribeOnline = (changed: () => void) => onlineManager.subscribe(changed);
const isOnline = () => onlineManager.isOnline();

export interface Autosave {
  /** the latest save; force sends a draft the server refused, or over a conflict */
  saveRef: RefObject<(force?: boolean) => Promise<void>>;
  /** saves now (a field was left) */
  saveNow: () => void;
  /** saves after the pause in typing */
  saveSoon: () => void;
  /** a save waits for the network to come back */
  offline: boolean;
}

/** One item's saves run one after another: the scope of the mutations. */
export const saveScope = (assessmentId: string, itemId: string) => `answer:${assessmentId}:${itemId}`;

export function useAutosave(ctx: SaveContext): Autosave {
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mutation = useMutation({
    scope: { id: saveScope(ctx.assessmentId, ctx.item.id) },
    mutationFn: async (force: boolean) => {
      // the draft as it is now that this save's turn has come (a conflict awaiting the person's choice sends nothing)
      const sent = draftToSend(ctxRef.current.state, force);
      if (sent) await sendDraft(ctxRef.current, sent);
    },
  });
  const { mutateAsync } = mutation;

  const save = useCallback(
    (force = false): Promise<void> => {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
      return mutateAsync(force);
    },
    [mutateAsync],
  );
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
  // paused is also a save waiting for the one before it: offline only when the browser says so too
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  return { saveRef, saveNow, saveSoon, offline: mutation.isPaused && !online };
}
