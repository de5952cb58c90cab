// Recording a restore test of a system's backup: the date (西暦 or 和暦, read by the server; not in the
// future), what was restored and from which generation, how long it took, the result, what went wrong,
// who did it and a file of the evidence store. A recorded test is kept as it is (a correction is a new one).
import { type FormEvent, useState } from 'react';
import { RESTORE_RESULTS, type RestoreResult, restoreResultLabels, restoreTestLabels } from '../../../../domain/backups/ledger.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { countOf } from './backup-text.ts';
import { EvidenceChoice, EvidenceUpload } from './EvidenceChoice.tsx';
import '../../messages/backup-ledger.ts';

const blank = () => ({
  testedOn: todayJst(new Date()),
  target: '',
  generation: '',
  durationMinutes: '',
  result: '' as RestoreResult | '',
  problems: '',
  tester: '',
  evidenceId: '',
});

export function RestoreTestForm({ org, planId, onRecorded }: { org: OrgSummary; planId: string; onRecorded: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState(blank);
  const record = useAction(() =>
    api.recordRestoreTest(org.id, planId, {
      ...draft,
      durationMinutes: countOf(draft.durationMinutes),
      evidenceId: draft.evidenceId || null,
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await record.run();
    if (!made) return;
    notify(t('backupLedger.recorded', { date: made.testedOn }));
    setDraft(blank());
    onRecorded();
  };
  const error = (k: string) => record.error?.field(k);
  const text = (k: 'testedOn' | 'target' | 'generation' | 'tester', hint?: string) => (
    <TextField
      label={restoreTestLabels[k]}
      hint={hint}
      required={k === 'testedOn' || k === 'target'}
      value={draft[k]}
      error={error(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
    />
  );
  return (
    <details className="no-print">
      <summary>{t('backupLedger.record')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('backupLedger.record')}>
        <FormError error={record.error} />
        <div className="form-grid">
          {text('testedOn', t('backupLedger.hint.testedOn'))}
          {text('target', t('backupLedger.hint.target'))}
          {text('generation', t('backupLedger.hint.generation'))}
          <TextField
            label={restoreTestLabels.durationMinutes}
            hint={t('backupLedger.hint.duration')}
            inputMode="numeric"
            value={draft.durationMinutes}
            error={error('durationMinutes')}
            onChange={(e) => setDraft({ ...draft, durationMinutes: e.target.value })}
          />
          <SelectField
            label={restoreTestLabels.result}
            required
            value={draft.result}
            error={error('result')}
            onChange={(e) => setDraft({ ...draft, result: e.target.value as RestoreResult | '' })}
            options={[
              { value: '', label: t('backupLedger.chooseResult') },
              ...RESTORE_RESULTS.map((r) => ({ value: r, label: restoreResultLabels[r][lang] })),
            ]}
          />
          {text('tester')}
        </div>
        <TextAreaField
          label={restoreTestLabels.problems}
          rows={3}
          value={draft.problems}
          error={error('problems')}
          onChange={(e) => setDraft({ ...draft, problems: e.target.value })}
        />
        <EvidenceChoice
          org={org}
          label={restoreTestLabels.evidenceId}
          value={draft.evidenceId}
          error={error('evidenceId')}
          onChange={(evidenceId) => setDraft({ ...draft, evidenceId })}
        />
        <SubmitButton pending={record.pending} label={t('backupLedger.recordSave')} />
      </form>
      <EvidenceUpload org={org} />
    </details>
  );
}
