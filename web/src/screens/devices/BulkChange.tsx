// Change the selected rows together: 状態, 設置場所 or 保守事業者 (each row audited on its own).
import { type FormEvent, useState } from 'react';
import { DEVICE_STATUSES, statusLabels } from '../../../../domain/devices/device.ts';
import { api } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/devices.ts';

type Field = 'status' | 'location' | 'vendorName';

export function BulkChange({ orgId, ids, onDone }: { orgId: string; ids: string[]; onDone: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [field, setField] = useState<Field>('status');
  const [value, setValue] = useState('');
  const change = useAction((changes: Record<string, string>) => api.bulkChangeDevices(orgId, ids, changes));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await change.run({ [field]: field === 'status' ? value || 'active' : value });
    if (!result) return;
    notify(t('devices.bulkDone', { count: result.changed }));
    onDone();
  };
  return (
    <form className="card ledger-bulk" onSubmit={submit} aria-label={t('devices.bulk', { count: ids.length })}>
      <h2>{t('devices.bulk', { count: ids.length })}</h2>
      <FormError error={change.error} />
      <SelectField
        label={t('devices.bulkField')}
        value={field}
        onChange={(e) => {
          setField(e.target.value as Field);
          setValue('');
        }}
        options={[
          { value: 'status', label: t('devices.col.status') },
          { value: 'location', label: t('devices.col.location') },
          { value: 'vendorName', label: t('devices.col.vendorName') },
        ]}
      />
      {field === 'status' ? (
        <SelectField
          label={t('devices.bulkValue')}
          value={value || 'active'}
          onChange={(e) => setValue(e.target.value)}
          options={DEVICE_STATUSES.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
        />
      ) : (
        <TextField label={t('devices.bulkValue')} value={value} onChange={(e) => setValue(e.target.value)} />
      )}
      <SubmitButton pending={change.pending} label={t('devices.bulkApply')} />
    </form>
  );
}
