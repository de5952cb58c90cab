// Choosing the ledger device a connection point runs on: search the 機器台帳 by typing, pick one.
import { useEffect, useId, useState } from 'react';
import { api } from '../../api.ts';
import type { Device } from '../../api-answers.ts';
import { FieldErrorText } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { deviceName } from '../devices/DeviceTable.tsx';
import '../../messages/connections.ts';

interface Props {
  orgId: string;
  value: { id: string; label: string } | null;
  error?: string | undefined;
  onChange: (v: { id: string; label: string } | null) => void;
}

export function DevicePicker({ orgId, value, error, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Device[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.devices(orgId, `q=${encodeURIComponent(q)}&limit=20`).then(
        (r) => live && setFound(r.devices),
        () => live && setFound([]),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [orgId, q]);
  const options = [
    ...(value && !found.some((d) => d.id === value.id) ? [{ id: value.id, label: value.label }] : []),
    ...found.map((d) => ({ id: d.id, label: deviceName(d) })),
  ];
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={`${id}-q`}>{t('connections.deviceSearch')}</label>
      <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <label htmlFor={id}>{t('connections.device')}</label>
      <select
        id={id}
        value={value?.id ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const o = options.find((x) => x.id === e.target.value);
          onChange(o ? { id: o.id, label: o.label } : null);
        }}
      >
        <option value="">{t('connections.deviceNone')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}
