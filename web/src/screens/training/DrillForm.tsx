// A phishing drill (標的型メール訓練): the date (西暦 or 和暦; not in the future), what the mail pretended
// to be, and how many were sent, opened or clicked, and reported. The numbers' rules (whole, 0 or more,
// clicked and reported at most sent) are the server's, shown beside their fields; a change sends the
// version read.
import { type FormEvent, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { drillLabels } from '../../../../domain/training/training.ts';
import type { PhishingDrill } from '../../api/training.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/training.ts';

type Key = 'heldOn' | 'scenario' | 'sent' | 'clicked' | 'reported' | 'note';

const draftOf = (d: PhishingDrill | null): Record<Key, string> => ({
  heldOn: d?.heldOn ?? todayJst(new Date()),
  scenario: d?.scenario ?? '',
  sent: d ? String(d.sent) : '',
  clicked: d ? String(d.clicked) : '',
  reported: d ? String(d.reported) : '',
  note: d?.note ?? '',
});

export function DrillForm({
  org,
  drill,
  onClose,
  onSaved,
}: {
  org: OrgSummary;
  drill: PhishingDrill | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { notify } = useNotice();
  const [draft, setDraft] = useState(() => draftOf(drill));
  const save = useAction(() =>
    drill ? api.updatePhishingDrill(org.id, drill.id, { ...draft, version: drill.version }) : api.recordPhishingDrill(org.id, draft),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await save.run();
    if (!made) return;
    notify(t('training.drillSaved', { date: made.heldOn }));
    onSaved();
    onClose();
  };
  const field = (k: Exclude<Key, 'note'>, numeric = false, hint?: string) => (
    <TextField
      label={drillLabels[k]}
      hint={hint}
      required={k === 'heldOn' || k === 'scenario' || k === 'sent'}
      inputMode={numeric ? 'numeric' : undefined}
      value={draft[k]}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
    />
  );
  const title = drill ? t('training.editDrill') : t('training.addDrill');
  return (
    <Section title={title} id="training-drill-form" level={3}>
      <form onSubmit={submit} noValidate aria-label={t('training.addDrill')}>
        <FormError error={save.error} />
        <div className="form-grid">
          {field('heldOn', false, t('training.hint.heldOn'))}
          {field('scenario')}
          {field('sent', true)}
          {field('clicked', true)}
          {field('reported', true)}
        </div>
        <TextAreaField
          label={drillLabels.note}
          rows={2}
          value={draft.note}
          error={save.error?.field('note')}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
        <FormActions pending={save.pending} save={t('training.saveDrill')} close={t('training.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}
