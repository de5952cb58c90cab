// What the incident affected, from the ledgers: devices of the 機器台帳 (found by typing, DevicePicker),
// 外部接続点 and systems' backups. 担当者・管理者 change the list while the incident is open and save it
// with the version read; someone else's save first is refused (409) with the server's message and a
// way to read the list again. A row the ledger no longer has is named by its place in the list.
import { type FormEvent, useState } from 'react';
import type { Affected, Incident, IncidentLedgers } from '../../api/incidents.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FieldErrorText, SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { DevicePicker } from '../connections/DevicePicker.tsx';
import '../../messages/incidents.ts';

interface Props {
  org: OrgSummary;
  incident: Incident;
  ledgers: IncidentLedgers;
  writable: boolean;
  onChanged: () => void;
}

export function AffectedPanel({ org, incident, ledgers, writable, onChanged }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  return (
    <Section title={t('incidents.affected')} id="incident-affected">
      <AffectedList affected={incident.affected} />
      {writable && !editing && (
        <p className="no-print">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('incidents.affectedEdit')}
          </button>
        </p>
      )}
      {writable && editing && (
        // made anew from the incident when it is read again (another person's change, after a 409)
        <AffectedEditor
          key={incident.version}
          org={org}
          incident={incident}
          ledgers={ledgers}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onReload={onChanged}
        />
      )}
    </Section>
  );
}

function AffectedList({ affected }: { affected: Affected[] }) {
  const t = useT();
  if (affected.length === 0) return <p>{t('incidents.affectedNone')}</p>;
  return (
    <ul className="incident-affected-list">
      {affected.map((a) => (
        <li key={`${a.type}:${a.id}`}>
          <span className="badge">{t(`incidents.affectedType.${a.type}`)}</span> <span lang="ja">{a.label}</span>
        </li>
      ))}
    </ul>
  );
}

interface EditorProps {
  org: OrgSummary;
  incident: Incident;
  ledgers: IncidentLedgers;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

function AffectedEditor({ org, incident, ledgers, onClose, onSaved, onReload }: EditorProps) {
  const t = useT();
  const { notify } = useNotice();
  const [draft, setDraft] = useState<Affected[]>(incident.affected);
  const [device, setDevice] = useState<{ id: string; label: string } | null>(null);
  const [connectionId, setConnectionId] = useState('');
  const [backupId, setBackupId] = useState('');
  const save = useAction(() =>
    api.setIncidentAffected(org.id, incident.id, { affected: draft.map(({ type, id }) => ({ type, id })), version: incident.version }),
  );
  const add = (a: Affected) => setDraft((d) => (d.some((x) => x.type === a.type && x.id === a.id) ? d : [...d, a]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('incidents.affectedSaved'));
    onSaved();
  };
  const choose = { value: '', label: t('incidents.affectedChoose') };
  const connection = ledgers.connections.find((c) => c.id === connectionId);
  const backup = ledgers.backups.find((b) => b.id === backupId);
  return (
    // the form holds only its buttons: Enter in the device search must not save the list
    <div className="incident-affected-form no-print">
      <h3 id="incident-affected-editing">{t('incidents.affectedEditing')}</h3>
      <FormError error={save.error} />
      {save.error?.status === 409 && (
        <p>
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('incidents.reload')}
          </button>
        </p>
      )}
      {draft.length === 0 ? (
        <p>{t('incidents.affectedNone')}</p>
      ) : (
        <ul className="incident-affected-list incident-affected-draft">
          {draft.map((a, i) => (
            <li key={`${a.type}:${a.id}`}>
              <span>
                <span className="badge">{t(`incidents.affectedType.${a.type}`)}</span> <span lang="ja">{a.label}</span>
              </span>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('incidents.affectedRemoveOf', { label: a.label })}
                onClick={() => setDraft((d) => d.filter((x) => !(x.type === a.type && x.id === a.id)))}
              >
                {t('incidents.affectedRemove')}
              </button>
              <FieldErrorText id={`incident-affected-${i}-error`} error={save.error?.field(`affected.${i}`)} lang="ja" />
            </li>
          ))}
        </ul>
      )}
      <FieldErrorText id="incident-affected-error" error={save.error?.field('affected')} lang="ja" />
      <div className="incident-affected-add">
        <DevicePicker orgId={org.id} value={device} onChange={setDevice} />
        <button
          type="button"
          className="button-secondary"
          disabled={!device}
          onClick={() => {
            if (device) add({ type: 'device', id: device.id, label: device.label });
            setDevice(null);
          }}
        >
          {t('incidents.affectedAddDevice')}
        </button>
      </div>
      {ledgers.connections.length > 0 && (
        <div className="incident-affected-add">
          <SelectField
            label={t('incidents.affectedConnection')}
            value={connectionId}
            onChange={(e) => setConnectionId(e.target.value)}
            options={[choose, ...ledgers.connections.map((c) => ({ value: c.id, label: c.name }))]}
          />
          <button
            type="button"
            className="button-secondary"
            disabled={!connection}
            onClick={() => {
              if (connection) add({ type: 'connection', id: connection.id, label: connection.name });
              setConnectionId('');
            }}
          >
            {t('incidents.affectedAddConnection')}
          </button>
        </div>
      )}
      {ledgers.backups.length > 0 && (
        <div className="incident-affected-add">
          <SelectField
            label={t('incidents.affectedBackup')}
            value={backupId}
            onChange={(e) => setBackupId(e.target.value)}
            options={[choose, ...ledgers.backups.map((b) => ({ value: b.id, label: b.label }))]}
          />
          <button
            type="button"
            className="button-secondary"
            disabled={!backup}
            onClick={() => {
              if (backup) add({ type: 'backup', id: backup.id, label: backup.label });
              setBackupId('');
            }}
          >
            {t('incidents.affectedAddBackup')}
          </button>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <FormActions pending={save.pending} save={t('incidents.affectedSave')} close={t('incidents.affectedCancel')} onClose={onClose} />
      </form>
    </div>
  );
}
