// One save of one item's answer: what to send (if anything), the request, and what the server's
// answer or refusal does to the item's state. autosave.ts runs these one at a time.
import type { AnswerCells } from '../../../../domain/catalog/labels.ts';
import { type ApiError, api } from '../../api.ts';
import type { AnswerConflict, AssessmentItem, SavedAnswer } from '../../api-answers.ts';
import type { Translate } from '../../i18n.ts';
import { type Draft, draftOf, inputOf, mergeSaved, sameDraft } from './answer-draft.ts';
import type { AnswerState } from './answer-state.ts';
import { toApiError } from './save-state.ts';
import '../../messages/assessments.ts';

export interface SaveContext {
  orgId: string;
  assessmentId: string;
  item: AssessmentItem;
  cells: AnswerCells;
  state: AnswerState;
  onSaved: (item: AssessmentItem, saved: SavedAnswer) => void;
  announce: (message: string) => void;
  t: Translate;
}

/** The draft to send now, or null: nothing changed, a conflict awaits the person's choice, or the server refused this very draft. */
export function draftToSend(state: AnswerState, force: boolean): Draft | null {
  const { statusRef, draftRef, savedRef, failedRef } = state;
  if (statusRef.current.kind === 'conflict' && !force) return null; // waiting for the person to choose
  const sent = draftRef.current;
  if (sameDraft(sent, savedRef.current)) {
    if (statusRef.current.kind === 'error') state.setStatus({ kind: 'idle' });
    return null;
  }
  if (!force && failedRef.current && sameDraft(sent, failedRef.current)) return null; // unchanged since it was refused
  return sent;
}

/** Sends the draft; false when a save asked for meanwhile must not follow (a conflict awaits the person). */
export async function sendDraft(ctx: SaveContext, sent: Draft): Promise<boolean> {
  const { state } = ctx;
  state.busyRef.current = true;
  state.setStatus({ kind: 'saving' });
  try {
    const res = await api.saveAnswer(ctx.orgId, ctx.assessmentId, ctx.item.id, inputOf(sent, ctx.cells, state.versionRef.current));
    applySaved(ctx, sent, res);
    return true;
  } catch (err) {
    return applyRefusal(ctx, sent, toApiError(err));
  } finally {
    state.busyRef.current = false;
  }
}

/** The server's saved answer, with keystrokes made while the save was under way kept. */
function applySaved(ctx: SaveContext, sent: Draft, res: SavedAnswer): void {
  const { state } = ctx;
  state.versionRef.current = res.answer.version;
  const server = draftOf(res.answer);
  state.setSaved(server);
  state.setDraft(mergeSaved(state.draftRef.current, sent, server));
  state.failedRef.current = null;
  state.setStatus({ kind: 'saved' });
  ctx.onSaved(ctx.item, res);
  ctx.announce(ctx.t('item.announce.saved', { label: ctx.item.label }));
}

/** A refused save: a conflict (someone else saved first) or an error; the edits stay on the page. */
function applyRefusal(ctx: SaveContext, sent: Draft, e: ApiError): boolean {
  const { state, t, announce } = ctx;
  const label = ctx.item.label;
  state.failedRef.current = sent;
  const details = e.details as Partial<AnswerConflict> | null;
  if (e.code === 'CONFLICT' && details?.current) {
    const who = details.updatedBy ?? details.current.updatedBy ?? '?';
    state.setStatus({ kind: 'conflict', current: details.current, who, open: true });
    announce(t('item.announce.conflict', { label, who }));
    return false;
  }
  // a conflict without a current answer: there is none any more, so the next save starts afresh
  if (e.code === 'CONFLICT') state.versionRef.current = 0;
  state.setStatus({ kind: 'error', error: e });
  const message = e.fields.length > 0 ? e.fields.map((f) => f.message).join(' ') : e.message;
  announce(t('item.announce.error', { label, message }));
  return true;
}
