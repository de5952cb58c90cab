// A training session: the date (西暦 or 和暦, read by the server; not in the future), the topic, the
// kind, who gave it, the material (a file of the evidence store) and a note, and who attended. A new
// session is sent with its attendees at once; on a recorded one, the fields are saved with the version
// read (another person's change first is refused, 409, with the server's message) and each attendee
// added or removed at once.
import { type FormEvent, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { sessionLabels, TRAINING_KINDS, type TrainingKind, trainingKindLabels } from '../../../../domain/training/training.ts';
import type { AttendeeInput, TrainingSession } from '../../api/training.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { EvidenceChoice, EvidenceUpload } from '../backup-ledger/EvidenceChoice.tsx';
import { AttendeePicker } from './AttendeePicker.tsx';
import '../../messages/training.ts';

type Shown = { key: string; id: string | null; accountId: string | null; name: string; department: string };

const draftOf = (s: TrainingSession | null) => ({
  heldOn: s?.heldOn ?? todayJst(new Date()),
  topic: s?.topic ?? '',
  kind: (s?.kind ?? '') as TrainingKind | '',
  instructor: s?.instructor ?? '',
  materialEvidenceId: s?.materialEvidenceId ?? '',
  note: s?.note ?? '',
});

export function SessionForm({
  org,
  session,
  onClose,
  onSaved,
}: {
  org: OrgSummary;
  session: TrainingSession | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState(() => draftOf(session));
  // a new session's attendees, sent with it
  const [picked, setPicked] = useState<(AttendeeInput & { name: string })[]>([]);
  // a recorded session's attendees as the server last answered
  const [current, setCurrent] = useState(session);
  const fields = () => ({ ...draft, materialEvidenceId: draft.materialEvidenceId || null });
  const save = useAction(() =>
    current
      ? api.updateTrainingSession(org.id, current.id, { ...fields(), version: current.version })
      : api.createTrainingSession(org.id, { ...fields(), attendees: picked }),
  );
  const change = useAction(async (run: () => Promise<TrainingSession>) => {
    const next = await run();
    setCurrent(next);
    // the list and the per-person table behind the form read the attendees too
    onSaved();
    return next;
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await save.run();
    if (!made) return;
    notify(t('training.sessionSaved', { date: made.heldOn }));
    onSaved();
    onClose();
  };
  const error = (k: string) => save.error?.field(k);
  const shown: Shown[] = current
    ? current.attendees.map((a) => ({ key: a.id, ...a }))
    : picked.map((a, i) => ({ key: String(i), id: null, accountId: a.accountId ?? null, name: a.name, department: a.department ?? '' }));
  const pick = (a: AttendeeInput & { name: string }) => {
    if (current) void change.run(() => api.addTrainingAttendees(org.id, current.id, [a]));
    else setPicked([...picked, a]);
  };
  const remove = (a: Shown) => {
    if (current && a.id) {
      const attendeeId = a.id;
      void change.run(() => api.removeTrainingAttendee(org.id, current.id, attendeeId));
    } else setPicked(picked.filter((_, i) => String(i) !== a.key));
  };
  const text = (k: 'heldOn' | 'topic' | 'instructor', hint?: string) => (
    <TextField
      label={sessionLabels[k]}
      hint={hint}
      required={k !== 'instructor'}
      value={draft[k]}
      error={error(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
    />
  );
  const title = current ? t('training.editSessionTitle') : t('training.addSession');
  return (
    <Section title={title} id="training-session-form">
      <form onSubmit={submit} noValidate aria-label={title}>
        <FormError error={save.error} />
        <div className="form-grid">
          {text('heldOn', t('training.hint.heldOn'))}
          {text('topic')}
          <SelectField
            label={sessionLabels.kind}
            required
            value={draft.kind}
            error={error('kind')}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as TrainingKind | '' })}
            options={[
              { value: '', label: t('training.chooseKind') },
              ...TRAINING_KINDS.map((k) => ({ value: k, label: trainingKindLabels[k][lang] })),
            ]}
          />
          {text('instructor')}
        </div>
        <EvidenceChoice
          org={org}
          label={sessionLabels.materialEvidenceId}
          value={draft.materialEvidenceId}
          error={error('materialEvidenceId')}
          onChange={(materialEvidenceId) => setDraft({ ...draft, materialEvidenceId })}
        />
        <TextAreaField
          label={sessionLabels.note}
          rows={2}
          value={draft.note}
          error={error('note')}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
        <fieldset className="training-attendees">
          <legend>{t('training.attendeesTitle')}</legend>
          <FormError error={change.error} />
          {save.error?.field('attendees') && <p className="field-error">{save.error.field('attendees')}</p>}
          {shown.length === 0 ? (
            <p>{t('training.noAttendees')}</p>
          ) : (
            <ul className="training-attendee-list">
              {shown.map((a) => (
                <li key={a.key}>
                  {a.name}
                  {a.department && <small> ({a.department})</small>}{' '}
                  <span className="badge">{a.accountId ? t('training.fromLedger') : t('training.typed')}</span>{' '}
                  <button
                    type="button"
                    className="button-link"
                    disabled={change.pending}
                    aria-label={t('training.remove', { name: a.name })}
                    onClick={() => remove(a)}
                  >
                    {t('training.removeShort')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AttendeePicker org={org} taken={shown.map((a) => a.name)} pending={change.pending} onPick={pick} />
        </fieldset>
        <FormActions pending={save.pending} save={t('training.saveSession')} close={t('training.cancel')} onClose={onClose} />
      </form>
      <EvidenceUpload org={org} />
    </Section>
  );
}
