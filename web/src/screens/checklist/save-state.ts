// How an item's save stands, and where a refused save's messages go: on the fields the server named,
// or under the item.
import { ApiError } from '../../api.ts';
import type { Answer } from '../../api-answers.ts';
import type { Translate } from '../../i18n.ts';
import '../../messages/assessments.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; current: Answer; who: string; open: boolean };

/** The fields the answer columns show errors on; the server's other complaints go under the item. */
const FIELD_NAMES = new Set(['firstAnswer', 'firstDate', 'targetDate', 'secondAnswer', 'secondDate', 'note']);

export const toApiError = (err: unknown): ApiError => (err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));

export interface ErrorTexts {
  /** the server's message for one field, if it named that field */
  fieldError: (name: string) => string | undefined;
  /** the message under the item: no field named, or fields the columns do not show */
  generalError: string | null;
}

export function errorTexts(status: SaveState, t: Translate): ErrorTexts {
  const error = status.kind === 'error' ? status.error : null;
  const otherErrors = error ? error.fields.filter((f) => !FIELD_NAMES.has(f.field)).map((f) => f.message) : [];
  return {
    fieldError: (name) => error?.field(name),
    generalError: error && (error.fields.length === 0 ? error.message : otherErrors.join(' ') || t('item.fieldErrors')),
  };
}
