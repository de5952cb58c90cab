// A system's backup: the system and the vendor who restores it, what is backed up (data, system image,
// configuration), how often and how, the generations kept, where the copies are, whether one is offline
// or immutable, on another network, encrypted, who is responsible, the restore order, the target hours,
// the restore procedure (text and/or a file of the evidence store), status and note. A change sends the
// version read; another person's change first is refused (409) with the server's message.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import {
  BACKUP_SCOPES,
  BACKUP_STATUSES,
  type BackupScope,
  backupPlanLabels,
  FREQUENCIES,
  type Frequency,
  frequencyLabels,
  ISOLATIONS,
  type Isolation,
  isolationLabels,
  PLACES,
  type Place,
  placeLabels,
  scopeLabels,
} from '../../../../domain/backups/ledger.ts';
import { type LedgerStatus, ledgerStatusLabels } from '../../../../domain/devices/status.ts';
import type { BackupPlan, BackupPlanInput } from '../../api/backup-ledger.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { CheckboxField, FieldErrorText, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { choiceOf, countOf, type FlagChoice, flagOf } from './backup-text.ts';
import { EvidenceChoice, EvidenceUpload } from './EvidenceChoice.tsx';
import '../../messages/backup-ledger.ts';

type Text = 'systemName' | 'vendorName' | 'method' | 'responsible' | 'restoreProcedure' | 'note';
type Count = 'generations' | 'restoreOrder' | 'recoveryHours';

interface Draft {
  text: Record<Text, string>;
  count: Record<Count, string>;
  scope: BackupScope[];
  places: Place[];
  frequency: Frequency;
  isolation: Isolation;
  separateNetwork: FlagChoice;
  encrypted: FlagChoice;
  status: LedgerStatus;
  procedureEvidenceId: string;
}

const TEXTS: Text[] = ['systemName', 'vendorName', 'method', 'responsible', 'restoreProcedure', 'note'];
const COUNTS: Count[] = ['generations', 'restoreOrder', 'recoveryHours'];

function draftOf(p: BackupPlan | null): Draft {
  return {
    text: Object.fromEntries(TEXTS.map((k) => [k, p?.[k] ?? ''])) as Record<Text, string>,
    count: Object.fromEntries(COUNTS.map((k) => [k, p?.[k] === null || p?.[k] === undefined ? '' : String(p[k])])) as Record<Count, string>,
    scope: p?.scope ?? [],
    places: p?.places ?? [],
    frequency: p?.frequency ?? 'unknown',
    isolation: p?.isolation ?? 'unknown',
    separateNetwork: choiceOf(p?.separateNetwork ?? null),
    encrypted: choiceOf(p?.encrypted ?? null),
    status: p?.status ?? 'active',
    // the file as it is now (a file deleted since is not sent back)
    procedureEvidenceId: p?.procedureEvidence?.id ?? '',
  };
}

const inputOf = (d: Draft): BackupPlanInput => ({
  ...d.text,
  generations: countOf(d.count.generations),
  restoreOrder: countOf(d.count.restoreOrder),
  recoveryHours: countOf(d.count.recoveryHours),
  scope: d.scope,
  places: d.places,
  frequency: d.frequency,
  isolation: d.isolation,
  separateNetwork: flagOf(d.separateNetwork),
  encrypted: flagOf(d.encrypted),
  status: d.status,
  procedureEvidenceId: d.procedureEvidenceId || null,
});

const toggled = <T,>(list: T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

interface Props {
  org: OrgSummary;
  plan: BackupPlan | null;
  onClose: () => void;
  onSaved: (saved: BackupPlan) => void;
  /** after a conflict (409): read the plan again (the form is then made anew from it) */
  onReload?: () => void;
}

export function BackupPlanForm({ org, plan, onClose, onSaved, onReload }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const save = useAction(() =>
    plan
      ? api.updateBackupPlan(org.id, plan.id, { ...inputOf(draft), version: plan.version })
      : api.createBackupPlan(org.id, inputOf(draft)),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('backupLedger.saved', { name: saved.systemName }));
    onSaved(saved);
  };
  const error = (k: string) => save.error?.field(k);
  const text = (k: Text, multiline = false) => {
    const hint =
      k === 'systemName' || k === 'vendorName' || k === 'method' || k === 'restoreProcedure' ? t(`backupLedger.hint.${k}`) : undefined;
    const common = { label: backupPlanLabels[k], value: draft.text[k], error: error(k), hint, required: k === 'systemName' };
    const set = (v: string) => setDraft({ ...draft, text: { ...draft.text, [k]: v } });
    return multiline ? (
      <TextAreaField {...common} rows={3} onChange={(e) => set(e.target.value)} />
    ) : (
      <TextField {...common} onChange={(e) => set(e.target.value)} />
    );
  };
  const count = (k: Count) => (
    <TextField
      label={backupPlanLabels[k]}
      hint={t(`backupLedger.hint.${k}`)}
      inputMode="numeric"
      value={draft.count[k]}
      error={error(k)}
      onChange={(e) => setDraft({ ...draft, count: { ...draft.count, [k]: e.target.value } })}
    />
  );
  const flag = (k: 'separateNetwork' | 'encrypted') => (
    <SelectField
      label={backupPlanLabels[k]}
      value={draft[k]}
      error={error(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value as FlagChoice })}
      options={[
        { value: '', label: t('backupLedger.flag.unknown') },
        { value: 'yes', label: t('backupLedger.flag.yes') },
        { value: 'no', label: t('backupLedger.flag.no') },
      ]}
    />
  );
  const conflict = save.error?.status === 409;
  return (
    <Section title={plan ? t('backupLedger.editTitle', { name: plan.systemName }) : t('backupLedger.add')} id="backup-plan-form">
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        {conflict && onReload && (
          <p>
            <button type="button" className="button-secondary" onClick={onReload}>
              {t('backupLedger.reload')}
            </button>
          </p>
        )}
        <div className="form-grid">
          {text('systemName')}
          {text('vendorName')}
          <Choices legend={backupPlanLabels.scope} error={error('scope')}>
            {BACKUP_SCOPES.map((s) => (
              <CheckboxField
                key={s}
                label={scopeLabels[s][lang]}
                checked={draft.scope.includes(s)}
                onChange={() => setDraft({ ...draft, scope: toggled(draft.scope, s) })}
              />
            ))}
          </Choices>
          <SelectField
            label={backupPlanLabels.frequency}
            value={draft.frequency}
            error={error('frequency')}
            onChange={(e) => setDraft({ ...draft, frequency: e.target.value as Frequency })}
            options={FREQUENCIES.map((f) => ({ value: f, label: frequencyLabels[f][lang] }))}
          />
          {text('method')}
          {count('generations')}
          <Choices legend={backupPlanLabels.places} error={error('places')}>
            {PLACES.map((p) => (
              <CheckboxField
                key={p}
                label={placeLabels[p][lang]}
                checked={draft.places.includes(p)}
                onChange={() => setDraft({ ...draft, places: toggled(draft.places, p) })}
              />
            ))}
          </Choices>
          <SelectField
            label={backupPlanLabels.isolation}
            hint={t('backupLedger.hint.isolation')}
            value={draft.isolation}
            error={error('isolation')}
            onChange={(e) => setDraft({ ...draft, isolation: e.target.value as Isolation })}
            options={ISOLATIONS.map((i) => ({ value: i, label: isolationLabels[i][lang] }))}
          />
          {flag('separateNetwork')}
          {flag('encrypted')}
          {text('responsible')}
          {count('restoreOrder')}
          {count('recoveryHours')}
          <SelectField
            label={backupPlanLabels.status}
            value={draft.status}
            error={error('status')}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as LedgerStatus })}
            options={BACKUP_STATUSES.map((s) => ({ value: s, label: ledgerStatusLabels[s][lang] }))}
          />
        </div>
        {text('restoreProcedure', true)}
        <EvidenceChoice
          org={org}
          label={backupPlanLabels.procedureEvidenceId}
          value={draft.procedureEvidenceId}
          error={error('procedureEvidenceId')}
          onChange={(procedureEvidenceId) => setDraft({ ...draft, procedureEvidenceId })}
        />
        {text('note', true)}
        <FormActions pending={save.pending} save={t('backupLedger.save')} close={t('backupLedger.close')} onClose={onClose} />
      </form>
      <EvidenceUpload org={org} />
    </Section>
  );
}

/** Several choices under one name, the server's error for them below, linked to the group. */
function Choices({ legend, error, children }: { legend: string; error: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className={`checkbox-row ${error ? 'field-invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {children}
      <FieldErrorText id={`${id}-error`} error={error} lang="ja" />
    </fieldset>
  );
}
