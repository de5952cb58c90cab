// Which 外部接続点 a vendor maintains a device through (shown when リモートメンテナンス is はい).

import { kindLabels } from '../../../../domain/connections/connection.ts';
import { columnLabels } from '../../../../domain/devices/columns.ts';
import { api } from '../../api.ts';
import { SelectField } from '../../components/Field.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import '../../messages/devices.ts';

interface Props {
  orgId: string;
  value: string;
  disabled: boolean;
  error?: string | undefined;
  onChange: (id: string) => void;
}

export function RemoteViaField({ orgId, value, disabled, error, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const points = useLoad(keys.connections(orgId), () => api.connections(orgId));
  const options = (points.data?.connections ?? []).filter((p) => p.status !== 'retired' || p.id === value);
  return (
    <SelectField
      label={columnLabels.remoteVia ?? ''}
      hint={options.length === 0 ? t('devices.remoteViaNone') : undefined}
      value={value}
      disabled={disabled}
      error={error}
      onChange={(e) => onChange(e.target.value)}
      options={[
        { value: '', label: t('devices.unknown') },
        ...options.map((p) => ({ value: p.id, label: `${p.name} (${kindLabels[p.kind][lang]})` })),
      ]}
    />
  );
}
