// The first-response steps as a checklist, in order: each with its label and what to do; a done one
// says who did it and when (the first record stands: a second 「済みにする」 is refused with the server's
// message, and the page shows who was first); 担当者・管理者 mark one done, with an optional note,
// while the incident is open. The steps are Mamori's summary of the BCP ひな形 and the 2018 notice.
import { type FormEvent, useId, useState } from 'react';
import { PROVENANCE, stepLabels } from '../../../../domain/incidents/incident.ts';
import type { IncidentStep } from '../../api/incidents.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { jst } from './incident-text.ts';
import '../../messages/incidents.ts';

interface Props {
  org: OrgSummary;
  incidentId: string;
  steps: IncidentStep[];
  writable: boolean;
  onChanged: () => void;
}

export function IncidentSteps({ org, incidentId, steps, writable, onChanged }: Props) {
  const t = useT();
  const done = steps.filter((s) => s.doneAt).length;
  return (
    <Section title={t('incidents.steps')} id="incident-steps">
      <p>
        <strong>{t('incidents.stepsCount', { done, total: steps.length })}</strong>
        {writable && <> {t('incidents.stepsLead')}</>}
      </p>
      <ol className="incident-steps">
        {steps.map((s) => (
          <StepItem key={s.step} org={org} incidentId={incidentId} step={s} writable={writable} onChanged={onChanged} />
        ))}
      </ol>
      <p className="field-hint" lang="ja">
        {PROVENANCE}
      </p>
    </Section>
  );
}

function StepItem({ org, incidentId, step, writable, onChanged }: Omit<Props, 'steps'> & { step: IncidentStep }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const headingId = useId();
  const [note, setNote] = useState('');
  const mark = useAction(() => api.markIncidentStep(org.id, incidentId, step.step, note));
  const label = stepLabels[step.step];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const marked = await mark.run();
    // also after a 409: the page then shows who marked it first
    onChanged();
    if (marked) notify(t('incidents.stepMarked', { step: label[lang] }));
  };
  const isDone = step.doneAt !== null;
  return (
    <li className={`incident-step ${isDone ? 'is-done' : ''}`}>
      <h3 id={headingId}>{label[lang]}</h3>
      <p className="incident-step-state">
        {isDone ? (
          <>
            <span className="badge badge-ok">{t('incidents.stepDone')}</span>{' '}
            <span lang="ja">{t('incidents.stepDoneAt', { at: jst(step.doneAt), who: step.doneBy ?? '' })}</span>
          </>
        ) : (
          <span className="badge badge-warn">{t('incidents.stepNotDone')}</span>
        )}
      </p>
      {isDone && step.note && (
        <p className="pre-line" lang="ja">
          {t('incidents.stepNoteOf', { note: step.note })}
        </p>
      )}
      <p className="field-hint" lang="ja">
        {label.hint}
      </p>
      {/* outside the form: a refusal (done meanwhile by someone else) stays in sight once the form is gone */}
      <FormError error={mark.error} />
      {writable && !isDone && (
        <form className="incident-step-form no-print" onSubmit={submit} noValidate aria-labelledby={headingId}>
          <TextField
            label={t('incidents.stepNote')}
            maxLength={1000}
            value={note}
            error={mark.error?.field('note')}
            onChange={(e) => setNote(e.target.value)}
          />
          <SubmitButton pending={mark.pending} label={t('incidents.markDone')} />
        </form>
      )}
    </li>
  );
}
