// One checklist item on the answer sheet, in the official columns: 1回目 (はい/いいえ and the date
// checked), 目標日 (when 1回目 is いいえ), 2回目, and a note; the gate (はい/いいえ only) has 1回目 and the
// note. Saved on its own as soon as a choice is
// made or a field is left (notes also after a short pause in typing); one save at a time, the next
// one waits. Edits stay on the page when a save fails; a 409 opens the conflict dialog.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { statusLabels, wordingLabels } from '../../../../domain/catalog/labels.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { ApiError, api } from '../../api.ts';
import type { Answer, AnswerConflict, AssessmentItem, SavedAnswer, YesNo } from '../../api-types.ts';
import { formatDateLong, formatDateTimeShort } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { AnswerValues } from './AnswerValues.tsx';
import { type DateField, type Draft, draftOf, inputOf, mergeSaved, previewDate, sameDraft, withAnswer } from './answer-draft.ts';
import { ConflictDialog } from './ConflictDialog.tsx';

const NOTE_DELAY_MS = 600;
const FIELD_NAMES = new Set(['firstAnswer', 'firstDate', 'targetDate', 'secondAnswer', 'secondDate', 'note']);

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; current: Answer; who: string; open: boolean };

export interface AnswerItemProps {
  orgId: string;
  assessmentId: string;
  item: AssessmentItem;
  fiscalYearLabel: string;
  fiscalYearEnd: string;
  canWrite: boolean;
  onSaved: (item: AssessmentItem, saved: SavedAnswer) => void;
  /** the page's data is behind (the other person's answer was taken): load it again */
  onStale: () => void;
  onPending: (itemId: string, pending: boolean) => void;
  announce: (message: string) => void;
}

const toApiError = (err: unknown): ApiError => (err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));

export const itemAnchor = (itemId: string): string => `item-${itemId}`;

export function AnswerItem(props: AnswerItemProps) {
  const { item, canWrite } = props;
  const t = useT();
  const lang = useLang();
  const headingId = `${itemAnchor(item.id)}-heading`;
  return (
    <article id={itemAnchor(item.id)} className={`answer-item${item.exempt ? ' answer-item-exempt' : ''}`} aria-labelledby={headingId}>
      <div className="answer-item-head">
        <h3 id={headingId} tabIndex={-1} lang="ja">
          {item.label}
        </h3>
        <span className="badge">{statusLabels[item.status][lang]}</span>
        <span className={`badge ${item.wording === 'confirmed' ? 'badge-ok' : 'badge-warn'}`}>{wordingLabels[item.wording][lang]}</span>
      </div>
      <p className="answer-item-text" lang="ja">
        {item.text ?? t('checklist.textUnknown')}
      </p>
      {item.text === null && item.textFragment && (
        <p className="hint" lang="ja">
          {t('checklist.fragment', { text: item.textFragment })}
        </p>
      )}
      {(item.physicalEvidenceRequired || item.newInVersion) && (
        <ul className="item-flags">
          {item.physicalEvidenceRequired && <li>{t('checklist.physical')}</li>}
          {item.newInVersion && <li>{t('checklist.new')}</li>}
        </ul>
      )}
      {item.exempt ? (
        <p className="exempt">
          <span className="badge">{t('item.exempt')}</span> {item.exemptReason && <span lang="ja">{item.exemptReason}</span>}
        </p>
      ) : canWrite ? (
        <AnswerEditor {...props} />
      ) : (
        <>
          <AnswerValues draft={draftOf(item.answer)} dated={item.answerType === 'dated'} lang={lang} />
          <SavedBy answer={item.answer} />
        </>
      )}
    </article>
  );
}

function SavedBy({ answer }: { answer: Answer | null }) {
  const t = useT();
  if (!answer?.updatedBy) return null;
  return <p className="answer-saved-by">{t('item.lastSaved', { who: answer.updatedBy, date: formatDateTimeShort(answer.updatedAt) })}</p>;
}

function AnswerEditor({
  orgId,
  assessmentId,
  item,
  fiscalYearLabel,
  fiscalYearEnd,
  onSaved,
  onStale,
  onPending,
  announce,
}: AnswerItemProps) {
  const t = useT();
  const dated = item.answerType === 'dated';
  const label = item.label;

  const [draft, setDraftState] = useState<Draft>(() => draftOf(item.answer));
  const [saved, setSavedState] = useState<Draft>(() => draftOf(item.answer));
  const [status, setStatusState] = useState<SaveState>({ kind: 'idle' });
  const draftRef = useRef(draft);
  const savedRef = useRef(saved);
  const statusRef = useRef(status);
  const versionRef = useRef(item.answer?.version ?? 0);
  const failedRef = useRef<Draft | null>(null);
  const busyRef = useRef(false);
  const againRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstGroup = useRef<HTMLFieldSetElement>(null);
  const secondGroup = useRef<HTMLFieldSetElement>(null);

  const setDraft = (next: Draft) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const setSaved = (next: Draft) => {
    savedRef.current = next;
    setSavedState(next);
  };
  const setStatus = (next: SaveState) => {
    statusRef.current = next;
    setStatusState(next);
  };

  const dirty = !sameDraft(draft, saved);
  const pendingNow = dirty || status.kind === 'saving';
  useEffect(() => {
    onPending(item.id, pendingNow);
    return () => onPending(item.id, false); // also when the item turns 記入不要 and the editor goes
  }, [onPending, item.id, pendingNow]);

  // A newer answer from the server (the page was loaded again): take it unless there are unsaved edits.
  useEffect(() => {
    const version = item.answer?.version ?? 0;
    if (version <= versionRef.current || busyRef.current || !sameDraft(draftRef.current, savedRef.current)) return;
    versionRef.current = version;
    const server = draftOf(item.answer);
    savedRef.current = server;
    setSavedState(server);
    draftRef.current = server;
    setDraftState(server);
  }, [item.answer]);

  const save = async (force = false): Promise<void> => {
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
    if (busyRef.current) {
      againRef.current = true;
      return;
    }
    if (statusRef.current.kind === 'conflict' && !force) return; // waiting for the person to choose
    const sent = draftRef.current;
    if (sameDraft(sent, savedRef.current)) {
      if (statusRef.current.kind === 'error') setStatus({ kind: 'idle' });
      return;
    }
    if (!force && failedRef.current && sameDraft(sent, failedRef.current)) return; // unchanged since it was refused
    busyRef.current = true;
    setStatus({ kind: 'saving' });
    let next = true;
    try {
      const res = await api.saveAnswer(orgId, assessmentId, item.id, inputOf(sent, dated, versionRef.current));
      versionRef.current = res.answer.version;
      const server = draftOf(res.answer);
      setSaved(server);
      setDraft(mergeSaved(draftRef.current, sent, server));
      failedRef.current = null;
      setStatus({ kind: 'saved' });
      onSaved(item, res);
      announce(t('item.announce.saved', { label }));
    } catch (err) {
      const e = toApiError(err);
      failedRef.current = sent;
      const details = e.details as Partial<AnswerConflict> | null;
      if (e.code === 'CONFLICT' && details?.current) {
        const who = details.updatedBy ?? details.current.updatedBy ?? '?';
        setStatus({ kind: 'conflict', current: details.current, who, open: true });
        announce(t('item.announce.conflict', { label, who }));
        next = false;
      } else {
        // a conflict without a current answer: there is none any more, so the next save starts afresh
        if (e.code === 'CONFLICT') versionRef.current = 0;
        setStatus({ kind: 'error', error: e });
        const message = e.fields.length > 0 ? e.fields.map((f) => f.message).join(' ') : e.message;
        announce(t('item.announce.error', { label, message }));
      }
    } finally {
      busyRef.current = false;
    }
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

  const pick = (column: 'first' | 'second', value: YesNo | null) => {
    setDraft(withAnswer(draftRef.current, column, value, dated, todayJst(new Date())));
    void saveRef.current();
    if (value === null) {
      // the clear button goes away with the answer: keep the keyboard in this group
      (column === 'first' ? firstGroup : secondGroup).current?.querySelector('input')?.focus();
    }
  };
  const edit = (field: DateField | 'note', value: string) => {
    setDraft({ ...draftRef.current, [field]: value });
    if (field === 'note') saveSoon();
  };

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
    void saveRef.current(true);
  };

  const error = status.kind === 'error' ? status.error : null;
  const fieldError = (name: string) => error?.field(name);
  const otherErrors = error ? error.fields.filter((f) => !FIELD_NAMES.has(f.field)).map((f) => f.message) : [];
  const generalError = error && (error.fields.length === 0 ? error.message : otherErrors.join(' ') || t('item.fieldErrors'));
  const fieldProps = { label, onEdit: edit, onLeave: saveNow };

  return (
    <>
      <div className="answer-grid">
        <fieldset className="answer-col" ref={firstGroup}>
          <legend>
            <span className="visually-hidden" lang="ja">
              {label}{' '}
            </span>
            {t('item.first')}
          </legend>
          <YesNoChoice
            name={`${item.id}-first`}
            value={draft.firstAnswer}
            onPick={(v) => pick('first', v)}
            error={fieldError('firstAnswer')}
            clearName={t('item.clearName', { label, column: t('item.first') })}
          />
          {dated && (
            <DateInput
              {...fieldProps}
              field="firstDate"
              visible={t('item.date')}
              name={t('item.firstDateName', { label })}
              value={draft.firstDate}
              error={fieldError('firstDate')}
            />
          )}
        </fieldset>
        {dated && (
          <div className="answer-col">
            {draft.firstAnswer === 'no' ? (
              <DateInput
                {...fieldProps}
                field="targetDate"
                visible={t('item.target')}
                name={t('item.targetName', { label })}
                value={draft.targetDate}
                hint={t('item.targetHint', { year: fiscalYearLabel, end: fiscalYearEnd.slice(0, 10) })}
                error={fieldError('targetDate')}
              />
            ) : (
              <>
                <p className="answer-col-title" aria-hidden="true">
                  {t('item.target')}
                </p>
                <p className="field-hint">{t('item.targetWhen')}</p>
              </>
            )}
          </div>
        )}
        {dated && (
          <fieldset className="answer-col" ref={secondGroup}>
            <legend>
              <span className="visually-hidden" lang="ja">
                {label}{' '}
              </span>
              {t('item.second')}
            </legend>
            <YesNoChoice
              name={`${item.id}-second`}
              value={draft.secondAnswer}
              onPick={(v) => pick('second', v)}
              error={fieldError('secondAnswer')}
              clearName={t('item.clearName', { label, column: t('item.second') })}
            />
            <DateInput
              {...fieldProps}
              field="secondDate"
              visible={t('item.date')}
              name={t('item.secondDateName', { label })}
              value={draft.secondDate}
              error={fieldError('secondDate')}
            />
          </fieldset>
        )}
        <NoteInput {...fieldProps} value={draft.note} error={fieldError('note')} />
      </div>
      <div className="answer-foot">
        <SaveStatus state={status} dirty={dirty} generalError={generalError} onRetry={() => void saveRef.current(true)} />
        {status.kind === 'conflict' && !status.open && (
          <button type="button" className="button-secondary button-small" onClick={() => setStatus({ ...status, open: true })}>
            {t('conflict.compare')}
          </button>
        )}
        <SavedBy answer={item.answer} />
      </div>
      {status.kind === 'conflict' && (
        <ConflictDialog
          open={status.open}
          label={label}
          who={status.who}
          theirs={draftOf(status.current)}
          yours={draft}
          dated={dated}
          onTakeTheirs={takeTheirs}
          onOverwrite={overwrite}
          onLater={() => setStatus({ ...status, open: false })}
        />
      )}
    </>
  );
}

function SaveStatus({
  state,
  dirty,
  generalError,
  onRetry,
}: {
  state: SaveState;
  dirty: boolean;
  generalError: string | null;
  onRetry: () => void;
}) {
  const t = useT();
  if (state.kind === 'saving') return <span className="save-status">{t('item.status.saving')}</span>;
  if (state.kind === 'conflict') return <span className="save-status save-status-error">{t('item.status.conflict')}</span>;
  if (state.kind === 'error') {
    return (
      <>
        <span className="save-status save-status-error">
          {t('item.status.error')}
          {generalError && (
            <>
              {': '}
              <span lang={state.error.fromServer ? 'ja' : undefined}>{generalError}</span>
            </>
          )}
        </span>
        {state.error.fields.length === 0 && (
          <button type="button" className="button-secondary button-small" onClick={onRetry}>
            {t('item.retry')}
          </button>
        )}
      </>
    );
  }
  if (dirty) return <span className="save-status">{t('item.status.unsaved')}</span>;
  if (state.kind === 'saved') return <span className="save-status save-status-ok">{t('item.status.saved')}</span>;
  return null;
}

function YesNoChoice({
  name,
  value,
  onPick,
  error,
  clearName,
}: {
  name: string;
  value: YesNo | null;
  onPick: (value: YesNo | null) => void;
  error: string | undefined;
  clearName: string;
}) {
  const t = useT();
  const errorId = useId();
  return (
    <>
      <div className="yes-no">
        {(['yes', 'no'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onPick(v)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            {v === 'yes' ? t('common.yes') : t('common.no')}
          </label>
        ))}
        {value && (
          <button type="button" className="button-link button-small" aria-label={clearName} onClick={() => onPick(null)}>
            {t('item.clear')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" id={errorId} lang="ja">
          {error}
        </p>
      )}
    </>
  );
}

interface InputProps {
  label: string;
  value: string;
  error: string | undefined;
  onEdit: (field: DateField | 'note', value: string) => void;
  onLeave: () => void;
}

/** A date typed as 2026-03-31 or 令和8年3月31日; below it, how it reads (the server decides). */
function DateInput({
  field,
  visible,
  name,
  value,
  hint,
  error,
  onEdit,
  onLeave,
}: InputProps & { field: DateField; visible: string; name: string; hint?: string }) {
  const lang = useLang();
  const id = useId();
  const preview = previewDate(value);
  const described = [hint && `${id}-hint`, preview && `${id}-preview`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`answer-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{visible}</label>
      <input
        id={id}
        type="text"
        className="date-input"
        autoComplete="off"
        aria-label={name}
        value={value}
        onChange={(e) => onEdit(field, e.target.value)}
        onBlur={onLeave}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {preview && (
        <p className="field-hint date-preview" id={`${id}-preview`} lang={preview.ok ? undefined : 'ja'}>
          {preview.ok ? formatDateLong(preview.iso, lang) : preview.message}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} lang="ja">
          {error}
        </p>
      )}
    </div>
  );
}

function NoteInput({ label, value, error, onEdit, onLeave }: InputProps) {
  const t = useT();
  const id = useId();
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`answer-col answer-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="answer-col-title">
        {t('item.note')}
      </label>
      <textarea
        id={id}
        rows={3}
        aria-label={t('item.noteName', { label })}
        value={value}
        maxLength={2000}
        onChange={(e) => onEdit('note', e.target.value)}
        onBlur={onLeave}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('item.noteHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} lang="ja">
          {error}
        </p>
      )}
    </div>
  );
}
