// One ledger row: the manual's 12 columns, then what the checklist asks about; software as rows;
// errors next to their fields; 廃棄にする instead of delete; the row's history. Viewers read only.

import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { columnLabels } from '../../../../domain/devices/columns.ts';
import { classLabels, DEVICE_CLASSES, DEVICE_STATUSES, statusLabels } from '../../../../domain/devices/device.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { Device, OrgSummary } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { deviceLink, devicesLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { DeviceHistory } from './DeviceHistory.tsx';
import { deviceName } from './DeviceTable.tsx';
import { DATE_KEYS, type DeviceDraft, draftOf, inputOf, MANUAL_TEXT, MORE_TEXT, type TextKey, type Tri } from './device-draft.ts';
import { devicePath } from './paths.ts';
import { RemoteViaField } from './RemoteViaField.tsx';
import { RetireButton } from './RetireButton.tsx';
import { SoftwareRows } from './SoftwareRows.tsx';
import '../../messages/devices.ts';

export function DeviceFormScreen({ org, deviceId }: { org: OrgSummary; deviceId: string | null }) {
  const navigate = useNavigate();
  if (!deviceId) {
    const onSaved = (d: { id: string }) => {
      void invalidate(keys.org(org.id));
      void navigate(deviceLink(org.slug, d.id));
    };
    return <DeviceForm org={org} device={null} onSaved={onSaved} />;
  }
  return <LoadedDevice org={org} deviceId={deviceId} key={deviceId} />;
}

function LoadedDevice({ org, deviceId }: { org: OrgSummary; deviceId: string }) {
  const loaded = useLoad(keys.device(org.id, deviceId), () => api.device(org.id, deviceId));
  return (
    <Loadable state={loaded}>
      {({ device, history }) => (
        <>
          <DeviceForm key={device.version} org={org} device={device} onSaved={() => void invalidate(keys.org(org.id))} />
          <DeviceHistory history={history} />
        </>
      )}
    </Loadable>
  );
}

function DeviceForm({ org, device, onSaved }: { org: OrgSummary; device: Device | null; onSaved: (d: Device) => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const canWrite = can(org.role, 'org.write');
  const [draft, setDraft] = useState<DeviceDraft>(() => draftOf(device));
  const save = useAction(() =>
    device ? api.updateDevice(org.id, device.id, { ...inputOf(draft), version: device.version }) : api.createDevice(org.id, inputOf(draft)),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t(device ? 'devices.saved' : 'devices.created', { name: deviceName(saved) }), devicePath(org.slug, saved.id));
    onSaved(saved);
  };
  const text = (k: TextKey, multiline = false) => {
    const common = {
      label: columnLabels[k] ?? k,
      value: draft.text[k],
      readOnly: !canWrite,
      error: save.error?.field(k),
      hint: DATE_KEYS.includes(k)
        ? t('devices.dateHint')
        : k === 'os' && device?.osNormalized
          ? t('devices.osMatch', { os: device.osNormalized })
          : undefined,
    };
    const onChange = (v: string) => setDraft({ ...draft, text: { ...draft.text, [k]: v } });
    return multiline ? (
      <TextAreaField key={k} {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
    ) : (
      <TextField key={k} {...common} onChange={(e) => onChange(e.target.value)} />
    );
  };
  const triField = (k: 'remoteMaintenance' | 'usbRestricted') => (
    <SelectField
      label={columnLabels[k] ?? k}
      value={draft[k]}
      disabled={!canWrite}
      error={save.error?.field(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value as Tri })}
      options={[
        { value: '', label: t('devices.unknown') },
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
  const title = device ? t('devices.editTitle', { name: deviceName(device) }) : t('devices.newTitle');
  return (
    <Page title={title}>
      <p className="no-print">
        <Link {...devicesLink(org.slug)}>{t('devices.back')}</Link>
      </p>
      <form onSubmit={submit} noValidate className="device-form">
        <FormError error={save.error} />
        <fieldset>
          <legend>{t('devices.manualPart')}</legend>
          <div className="form-grid">
            {MANUAL_TEXT.filter((k) => k !== 'description').map((k) => text(k))}
            <SelectField
              label={columnLabels.status ?? '状態'}
              value={draft.status}
              disabled={!canWrite}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as DeviceDraft['status'] })}
              options={DEVICE_STATUSES.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
            />
          </div>
          <SoftwareRows software={draft.software} readOnly={!canWrite} onChange={(software) => setDraft({ ...draft, software })} />
          {text('description', true)}
        </fieldset>
        <fieldset>
          <legend>{t('devices.morePart')}</legend>
          <div className="form-grid">
            <SelectField
              label={columnLabels.deviceClass ?? '機器種別'}
              value={draft.deviceClass}
              disabled={!canWrite}
              onChange={(e) => setDraft({ ...draft, deviceClass: e.target.value as DeviceDraft['deviceClass'] })}
              options={DEVICE_CLASSES.map((c) => ({ value: c, label: classLabels[c][lang] }))}
            />
            {MORE_TEXT.map((k) => text(k))}
            {triField('remoteMaintenance')}
            {draft.remoteMaintenance === 'yes' && (
              <RemoteViaField
                orgId={org.id}
                value={draft.remoteVia}
                disabled={!canWrite}
                error={save.error?.field('remoteVia')}
                onChange={(remoteVia) => setDraft({ ...draft, remoteVia })}
              />
            )}
            {triField('usbRestricted')}
            <TextField
              label={columnLabels.tags ?? 'タグ'}
              hint={t('devices.tagsHint')}
              value={draft.tags}
              readOnly={!canWrite}
              onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
            />
          </div>
          <CheckboxField
            label={columnLabels.medicalSystem ?? '医療情報システム'}
            checked={draft.medicalSystem}
            disabled={!canWrite}
            onChange={(e) => setDraft({ ...draft, medicalSystem: e.target.checked })}
          />
        </fieldset>
        {canWrite && <SubmitButton pending={save.pending} label={t('devices.save')} />}
      </form>
      {canWrite && device && device.status !== 'retired' && <RetireButton org={org} device={device} onDone={onSaved} />}
    </Page>
  );
}
