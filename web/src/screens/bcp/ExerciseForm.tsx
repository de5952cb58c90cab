// A BCP exercise: the date (西暦 or 和暦; not in the future), the scenario, the kind, participants one
// per line, what went well, what went wrong, a file of the evidence store and a note. The rules are
// the server's, shown beside their fields; a change sends the version read.
import { type FormEvent, useState } from 'react';
import { EXERCISE_KINDS, exerciseKindLabels } from '../../../../domain/bcp/exercise.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import type { BcpExercise } from '../../api/bcp.ts';
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
import '../../messages/bcp.ts';

type Key = 'heldOn' | 'scenario' | 'kind' | 'participants' | 'wentWell' | 'problems' | 'evidenceId' | 'note';

const draftOf = (e: BcpExercise | null): Record<Key, string> => ({
  heldOn: e?.heldOn ?? todayJst(new Date()),
  scenario: e?.scenario ?? '',
  kind: e?.kind ?? 'tabletop',
  participants: e?.participants.join('\n') ?? '',
  wentWell: e?.wentWell ?? '',
  problems: e?.problems ?? '',
  evidenceId: e?.evidence?.id ?? '',
  note: e?.note ?? '',
});

export function ExerciseForm({
  org,
  exercise,
  onClose,
  onSaved,
}: {
  org: OrgSummary;
  exercise: BcpExercise | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState(() => draftOf(exercise));
  const body = () => ({ ...draft, evidenceId: draft.evidenceId || null });
  const save = useAction(() =>
    exercise ? api.updateBcpExercise(org.id, exercise.id, { ...body(), version: exercise.version }) : api.createBcpExercise(org.id, body()),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await save.run();
    if (!made) return;
    notify(t('bcp.exerciseSaved', { date: made.heldOn }));
    onSaved();
    onClose();
  };
  const set = (k: Key) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const title = exercise ? t('bcp.editExercise') : t('bcp.addExercise');
  return (
    <Section title={title} id="bcp-exercise-form" level={3}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <FormError error={save.error} />
        <div className="form-grid">
          <TextField
            label={t('bcp.field.heldOn')}
            hint={t('bcp.hint.heldOn')}
            required
            value={draft.heldOn}
            error={save.error?.field('heldOn')}
            onChange={set('heldOn')}
          />
          <TextField
            label={t('bcp.field.scenario')}
            hint={t('bcp.hint.scenario')}
            required
            value={draft.scenario}
            error={save.error?.field('scenario')}
            onChange={set('scenario')}
          />
          <SelectField
            label={t('bcp.field.kind')}
            required
            value={draft.kind}
            error={save.error?.field('kind')}
            onChange={set('kind')}
            options={EXERCISE_KINDS.map((k) => ({ value: k, label: exerciseKindLabels[k][lang] }))}
          />
        </div>
        <TextAreaField
          label={t('bcp.field.participants')}
          hint={t('bcp.hint.participants')}
          rows={4}
          value={draft.participants}
          error={save.error?.field('participants')}
          onChange={set('participants')}
        />
        <TextAreaField
          label={t('bcp.field.wentWell')}
          rows={3}
          value={draft.wentWell}
          error={save.error?.field('wentWell')}
          onChange={set('wentWell')}
        />
        <TextAreaField
          label={t('bcp.field.problems')}
          rows={3}
          value={draft.problems}
          error={save.error?.field('problems')}
          onChange={set('problems')}
        />
        <EvidenceChoice
          org={org}
          label={t('bcp.field.evidence')}
          value={draft.evidenceId}
          error={save.error?.field('evidenceId')}
          onChange={(id) => setDraft({ ...draft, evidenceId: id })}
        />
        <TextAreaField label={t('bcp.field.note')} rows={2} value={draft.note} error={save.error?.field('note')} onChange={set('note')} />
        <FormActions pending={save.pending} save={t('bcp.saveExercise')} close={t('bcp.cancel')} onClose={onClose} />
      </form>
      <EvidenceUpload org={org} />
    </Section>
  );
}
