// The incident's timeline, oldest first (the newest at the bottom, beside the form that adds to it), as
// the report prints it: each entry's time in JST, kind, text and who recorded it. Append-only: an entry
// is never changed; a correction is a new entry of the kind 訂正. The time may be given (10:15 today,
// or 2026-12-07 10:15; the server reads it and refuses the future), else it is now.
import { type FormEvent, useState } from 'react';
import { type EntryKind, entryKindLabels } from '../../../../domain/incidents/incident.ts';
import type { IncidentEntry } from '../../api/incidents.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { jst } from './incident-text.ts';
import '../../messages/incidents.ts';

/** What a person may record (a step's entry is written by marking the step done). */
const KINDS = ['note', 'decision', 'correction'] as const satisfies readonly EntryKind[];

const badgeOf: Record<EntryKind, string> = { note: '', decision: 'incident-badge-decision', correction: 'badge-warn', step: 'badge-ok' };

interface Props {
  org: OrgSummary;
  incidentId: string;
  entries: IncidentEntry[];
  writable: boolean;
  onChanged: () => void;
}

export function Timeline({ org, incidentId, entries, writable, onChanged }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('incidents.timeline')} id="incident-timeline">
      <p className="field-hint">{t('incidents.timelineOrder')}</p>
      {entries.length === 0 ? (
        <p>{t('incidents.timelineEmpty')}</p>
      ) : (
        <ol className="incident-timeline">
          {entries.map((e) => (
            <li key={e.seq} className={`incident-entry entry-${e.kind}`}>
              <p className="incident-entry-meta">
                <time dateTime={e.at}>{jst(e.at)}</time> <span className={`badge ${badgeOf[e.kind]}`}>{entryKindLabels[e.kind][lang]}</span>{' '}
                <span lang="ja">{e.author}</span>
              </p>
              <p className="incident-entry-text pre-line" lang="ja">
                {e.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="incident-rule">{t('incidents.timelineRule')}</p>
      {writable && <EntryForm org={org} incidentId={incidentId} onAdded={onChanged} />}
    </Section>
  );
}

const blank = () => ({ text: '', kind: 'note' as (typeof KINDS)[number], at: '' });

function EntryForm({ org, incidentId, onAdded }: { org: OrgSummary; incidentId: string; onAdded: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState(blank);
  const add = useAction(() => api.addIncidentEntry(org.id, incidentId, draft));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await add.run();
    if (!made) return;
    notify(t('incidents.entry.added'));
    setDraft(blank());
    onAdded();
  };
  const error = (k: string) => add.error?.field(k);
  return (
    <form className="incident-entry-form no-print" onSubmit={submit} noValidate aria-labelledby="incident-entry-heading">
      <h3 id="incident-entry-heading">{t('incidents.entry.add')}</h3>
      <FormError error={add.error} />
      <TextAreaField
        label={t('incidents.entry.text')}
        hint={t('incidents.entry.textHint')}
        required
        rows={3}
        maxLength={4000}
        value={draft.text}
        error={error('text')}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
      />
      <div className="form-grid">
        <SelectField
          label={t('incidents.entry.kind')}
          value={draft.kind}
          error={error('kind')}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as (typeof KINDS)[number] })}
          options={KINDS.map((k) => ({ value: k, label: entryKindLabels[k][lang] }))}
        />
        <TextField
          label={t('incidents.entry.at')}
          hint={t('incidents.entry.atHint')}
          inputMode="text"
          autoComplete="off"
          maxLength={40}
          value={draft.at}
          error={error('at')}
          onChange={(e) => setDraft({ ...draft, at: e.target.value })}
        />
      </div>
      <SubmitButton pending={add.pending} label={t('incidents.entry.submit')} />
    </form>
  );
}
