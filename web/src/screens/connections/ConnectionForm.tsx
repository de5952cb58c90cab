// One connection point: kind, the ledger device it runs on, vendor, purpose, line, 接続元制限 and the
// allowed sources, time window, geo restriction, MFA, firmware, who confirmed it and when, status.
import { type FormEvent, useState } from 'react';
import {
  CONNECTION_KINDS,
  CONNECTION_STATUSES,
  connectionLabels,
  connectionStatusLabels,
  kindLabels,
  RESTRICTIONS,
  restrictionLabels,
} from '../../../../domain/connections/connection.ts';
import { api } from '../../api.ts';
import type { ConnectionInput, ConnectionPoint, OrgSummary } from '../../api-answers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { DevicePicker } from './DevicePicker.tsx';
import '../../messages/connections.ts';

type Text =
  | 'name'
  | 'vendorName'
  | 'purpose'
  | 'carrier'
  | 'timeWindow'
  | 'geoRestriction'
  | 'firmware'
  | 'confirmedBy'
  | 'confirmedOn'
  | 'note';

interface Draft {
  text: Record<Text, string>;
  kind: string;
  sourceRestriction: string;
  allowedSources: string;
  mfa: '' | 'yes' | 'no';
  status: string;
  device: { id: string; label: string } | null;
}

const TEXTS: Text[] = [
  'name',
  'vendorName',
  'purpose',
  'carrier',
  'timeWindow',
  'geoRestriction',
  'firmware',
  'confirmedBy',
  'confirmedOn',
  'note',
];

function draftOf(p: ConnectionPoint | null): Draft {
  return {
    text: Object.fromEntries(TEXTS.map((k) => [k, p ? ((p[k] as string | null) ?? '') : ''])) as Record<Text, string>,
    kind: p?.kind ?? 'vpn',
    sourceRestriction: p?.sourceRestriction ?? 'unknown',
    allowedSources: p?.allowedSources.join('\n') ?? '',
    mfa: p?.mfa === null || !p ? '' : p.mfa ? 'yes' : 'no',
    status: p?.status ?? 'active',
    device: p?.deviceId ? { id: p.deviceId, label: p.deviceLabel ?? p.deviceId } : null,
  };
}

const inputOf = (d: Draft): ConnectionInput => ({
  ...d.text,
  kind: d.kind,
  sourceRestriction: d.sourceRestriction,
  allowedSources: d.allowedSources,
  mfa: d.mfa === '' ? null : d.mfa === 'yes',
  status: d.status,
  deviceId: d.device?.id ?? null,
});

interface Props {
  org: OrgSummary;
  point: ConnectionPoint | null;
  onClose: () => void;
  onSaved: () => void;
}

export function ConnectionForm({ org, point, onClose, onSaved }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [draft, setDraft] = useState<Draft>(() => draftOf(point));
  const save = useAction(() =>
    point
      ? api.updateConnection(org.id, point.id, { ...inputOf(draft), version: point.version })
      : api.createConnection(org.id, inputOf(draft)),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('connections.saved', { name: saved.name }));
    onSaved();
  };
  const text = (k: Text, hint?: string, multiline = false) => {
    const common = { label: connectionLabels[k], value: draft.text[k], error: save.error?.field(k), hint, required: k === 'name' };
    const set = (v: string) => setDraft({ ...draft, text: { ...draft.text, [k]: v } });
    return multiline ? (
      <TextAreaField {...common} rows={2} onChange={(e) => set(e.target.value)} />
    ) : (
      <TextField {...common} onChange={(e) => set(e.target.value)} />
    );
  };
  const select = (k: 'kind' | 'sourceRestriction' | 'status', options: { value: string; label: string }[]) => (
    <SelectField
      label={connectionLabels[k]}
      value={draft[k]}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      options={options}
    />
  );
  return (
    <Section title={point ? t('connections.edit', { name: point.name }) : t('connections.add')} id="connection-form">
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          {text('name')}
          {select(
            'kind',
            CONNECTION_KINDS.map((k) => ({ value: k, label: kindLabels[k][lang] })),
          )}
          {text('vendorName')}
          {text('carrier')}
          <DevicePicker
            orgId={org.id}
            value={draft.device}
            error={save.error?.field('deviceId')}
            onChange={(device) => setDraft({ ...draft, device })}
          />
          {text('firmware')}
          {select(
            'sourceRestriction',
            RESTRICTIONS.map((r) => ({ value: r, label: restrictionLabels[r][lang] })),
          )}
          <TextAreaField
            label={connectionLabels.allowedSources}
            hint={t('connections.sourcesHint')}
            rows={3}
            value={draft.allowedSources}
            error={save.error?.field('allowedSources')}
            onChange={(e) => setDraft({ ...draft, allowedSources: e.target.value })}
          />
          {text('timeWindow')}
          {text('geoRestriction')}
          <SelectField
            label={connectionLabels.mfa}
            value={draft.mfa}
            onChange={(e) => setDraft({ ...draft, mfa: e.target.value as Draft['mfa'] })}
            options={[
              { value: '', label: t('connections.mfa.unknown') },
              { value: 'yes', label: t('connections.mfa.yes') },
              { value: 'no', label: t('connections.mfa.no') },
            ]}
          />
          {text('confirmedBy')}
          {text('confirmedOn', t('connections.dateHint'))}
          {select(
            'status',
            CONNECTION_STATUSES.map((s) => ({ value: s, label: connectionStatusLabels[s][lang] })),
          )}
        </div>
        {text('purpose', undefined, true)}
        {text('note', undefined, true)}
        <FormActions pending={save.pending} save={t('connections.save')} close={t('connections.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}
