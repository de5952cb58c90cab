// Named views of the ledger (search + filters + sort), kept in this browser for the organisation.
import { useState } from 'react';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { type SavedView, savedViews, saveView } from './device-query.ts';
import '../../messages/devices.ts';

export function SavedViews({ orgId, current, onOpen }: { orgId: string; current: string; onOpen: (query: string) => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [views, setViews] = useState<SavedView[]>(() => savedViews(orgId));
  const [name, setName] = useState('');
  return (
    <details className="ledger-views no-print">
      <summary>{t('devices.views')}</summary>
      <SelectField
        label={t('devices.views')}
        value=""
        onChange={(e) => {
          const v = views.find((x) => x.name === e.target.value);
          if (v) onOpen(v.query);
        }}
        options={[
          { value: '', label: views.length ? '—' : t('devices.viewsNone') },
          ...views.map((v) => ({ value: v.name, label: v.name })),
        ]}
      />
      <TextField label={t('devices.viewName')} value={name} onChange={(e) => setName(e.target.value)} />
      <button
        type="button"
        className="button-secondary button-small"
        disabled={!name.trim()}
        onClick={() => {
          setViews(saveView(orgId, { name: name.trim(), query: current }));
          notify(t('devices.viewSaved', { name: name.trim() }));
          setName('');
        }}
      >
        {t('devices.viewSave')}
      </button>
    </details>
  );
}
