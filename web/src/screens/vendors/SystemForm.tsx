// One system a vendor provides: kind, contract, maintenance contract, remote maintenance as confirmed
// with the vendor (who, when, recorded where: 2(2)), who applies security updates and the contract's
// clause (保守委託機関編), the 外部接続点 and ledger devices it uses, status.
import { type FormEvent, useState } from 'react';
import {
  REMOTE_ANSWERS,
  remoteAnswerLabels,
  SYSTEM_KINDS,
  systemKindLabels,
  UPDATE_RESPONSIBILITIES,
  updateResponsibilityLabels,
  VENDOR_STATUSES,
  vendorStatusLabels,
} from '../../../../domain/vendors/vendor.ts';
import { api } from '../../api.ts';
import type { OrgSummary, SystemInput, VendorSystem } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { type MessageKey, useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { keys } from '../../query.ts';
import { DevicePicker } from '../connections/DevicePicker.tsx';
import '../../messages/vendors.ts';

type Text =
  | 'name'
  | 'currentVersion'
  | 'disclosureRequestedOn'
  | 'contractFrom'
  | 'contractTo'
  | 'remoteConfirmedBy'
  | 'remoteConfirmedOn'
  | 'remoteDocumentedAs'
  | 'securityUpdatesClause'
  | 'note';
const TEXT_LABELS: Record<Text, MessageKey> = {
  name: 'system.field.name',
  currentVersion: 'system.field.currentVersion',
  disclosureRequestedOn: 'system.field.disclosureRequestedOn',
  contractFrom: 'system.field.contractFrom',
  contractTo: 'system.field.contractTo',
  remoteConfirmedBy: 'system.field.remoteBy',
  remoteConfirmedOn: 'system.field.remoteOn',
  remoteDocumentedAs: 'system.field.remoteAs',
  securityUpdatesClause: 'system.field.clause',
  note: 'system.field.note',
};

interface Draft {
  text: Record<Text, string>;
  kind: string;
  maintenanceContract: '' | 'yes' | 'no';
  remoteMaintenance: string;
  securityUpdates: string;
  status: string;
  connectionIds: string[];
  devices: { id: string; label: string }[];
}

const draftOf = (s: VendorSystem | null): Draft => ({
  text: Object.fromEntries(Object.keys(TEXT_LABELS).map((k) => [k, s ? ((s[k as Text] as string | null) ?? '') : ''])) as Record<
    Text,
    string
  >,
  kind: s?.kind ?? 'emr',
  maintenanceContract: s?.maintenanceContract === null || !s ? '' : s.maintenanceContract ? 'yes' : 'no',
  remoteMaintenance: s?.remoteMaintenance ?? 'unknown',
  securityUpdates: s?.securityUpdates ?? 'unknown',
  status: s?.status ?? 'active',
  connectionIds: s?.connectionIds ?? [],
  devices: s?.devices ?? [],
});

const inputOf = (d: Draft): SystemInput => ({
  ...d.text,
  contractFrom: d.text.contractFrom || null,
  contractTo: d.text.contractTo || null,
  remoteConfirmedOn: d.text.remoteConfirmedOn || null,
  disclosureRequestedOn: d.text.disclosureRequestedOn || null,
  kind: d.kind,
  maintenanceContract: d.maintenanceContract === '' ? null : d.maintenanceContract === 'yes',
  remoteMaintenance: d.remoteMaintenance,
  securityUpdates: d.securityUpdates,
  status: d.status,
  connectionIds: d.connectionIds,
  deviceIds: d.devices.map((x) => x.id),
});

interface Props {
  org: OrgSummary;
  vendorId: string;
  system: VendorSystem | null;
  onClose: () => void;
  onSaved: () => void;
}

export function SystemForm({ org, vendorId, system, onClose, onSaved }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const points = useLoad(keys.connections(org.id), () => api.connections(org.id));
  const [draft, setDraft] = useState<Draft>(() => draftOf(system));
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const save = useAction(() =>
    system
      ? api.updateSystem(org.id, vendorId, system.id, { ...inputOf(draft), version: system.version })
      : api.createSystem(org.id, vendorId, inputOf(draft)),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('vendors.saved', { name: saved.name }));
    onSaved();
  };
  const text = (k: Text, hint?: string) => (
    <TextField
      label={t(TEXT_LABELS[k])}
      hint={hint}
      required={k === 'name'}
      value={draft.text[k]}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, text: { ...draft.text, [k]: e.target.value } })}
    />
  );
  const choice = <K extends 'kind' | 'remoteMaintenance' | 'securityUpdates' | 'status'>(
    k: K,
    label: MessageKey,
    options: { value: string; label: string }[],
  ) => (
    <SelectField
      label={t(label)}
      value={draft[k]}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      options={options}
    />
  );
  const dateHint = t('system.field.dateHint');
  return (
    <Section title={system ? t('vendors.editSystem', { name: system.name }) : t('vendors.addSystem')} id="system-form">
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          {text('name')}
          {choice(
            'kind',
            'system.field.kind',
            SYSTEM_KINDS.map((k) => ({ value: k, label: systemKindLabels[k][lang] })),
          )}
          {text('currentVersion', t('system.field.currentVersionHint'))}
          {text('disclosureRequestedOn', dateHint)}
          {text('contractFrom', dateHint)}
          {text('contractTo', dateHint)}
          <SelectField
            label={t('system.field.maintenance')}
            value={draft.maintenanceContract}
            onChange={(e) => setDraft({ ...draft, maintenanceContract: e.target.value as Draft['maintenanceContract'] })}
            options={[
              { value: '', label: t('system.maintenance.unknown') },
              { value: 'yes', label: t('system.maintenance.yes') },
              { value: 'no', label: t('system.maintenance.no') },
            ]}
          />
          {choice(
            'remoteMaintenance',
            'system.field.remote',
            REMOTE_ANSWERS.map((r) => ({ value: r, label: remoteAnswerLabels[r][lang] })),
          )}
          {text('remoteConfirmedBy')}
          {text('remoteConfirmedOn', dateHint)}
          {text('remoteDocumentedAs')}
          {choice(
            'securityUpdates',
            'system.field.updates',
            UPDATE_RESPONSIBILITIES.map((r) => ({ value: r, label: updateResponsibilityLabels[r][lang] })),
          )}
          {text('securityUpdatesClause', t('system.field.clauseHint'))}
          {choice(
            'status',
            'system.field.status',
            VENDOR_STATUSES.map((s) => ({ value: s, label: vendorStatusLabels[s][lang] })),
          )}
        </div>
        <fieldset className={save.error?.field('connectionIds') ? 'field-invalid' : undefined}>
          <legend>{t('system.field.connections')}</legend>
          {(points.data?.connections ?? []).length === 0 && <p className="muted">{t('system.field.connectionsNone')}</p>}
          {(points.data?.connections ?? []).map((p) => (
            <CheckboxField
              key={p.id}
              label={p.name}
              checked={draft.connectionIds.includes(p.id)}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  connectionIds: e.target.checked ? [...draft.connectionIds, p.id] : draft.connectionIds.filter((x) => x !== p.id),
                })
              }
            />
          ))}
          {save.error?.field('connectionIds') && <p className="field-error">{save.error.field('connectionIds')}</p>}
        </fieldset>
        <fieldset className={save.error?.field('deviceIds') ? 'field-invalid' : undefined}>
          <legend>{t('system.field.devices')}</legend>
          {draft.devices.length === 0 ? (
            <p className="muted">{t('system.field.devicesNone')}</p>
          ) : (
            <ul className="plain-list">
              {draft.devices.map((d) => (
                <li key={d.id}>
                  {d.label}{' '}
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('system.device.remove', { name: d.label })}
                    onClick={() => setDraft({ ...draft, devices: draft.devices.filter((x) => x.id !== d.id) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <DevicePicker orgId={org.id} value={picked} error={save.error?.field('deviceIds')} onChange={setPicked} />
          <button
            type="button"
            className="button-secondary"
            disabled={!picked}
            onClick={() => {
              if (picked && !draft.devices.some((d) => d.id === picked.id)) setDraft({ ...draft, devices: [...draft.devices, picked] });
              setPicked(null);
            }}
          >
            {t('system.device.add')}
          </button>
        </fieldset>
        <TextAreaField
          label={t('system.field.note')}
          rows={2}
          value={draft.text.note}
          error={save.error?.field('note')}
          onChange={(e) => setDraft({ ...draft, text: { ...draft.text, note: e.target.value } })}
        />
        <FormActions pending={save.pending} save={t('vendors.save')} close={t('vendors.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}
