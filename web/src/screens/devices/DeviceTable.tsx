// One page of the ledger: each row linked to its form; with selection boxes for those who may change rows.

import { classLabels, statusLabels } from '../../../../domain/devices/device.ts';
import type { Device, OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { useLang, useT } from '../../i18n.ts';
import { deviceLink } from '../../links.ts';
import '../../messages/devices.ts';

interface Props {
  org: OrgSummary;
  devices: Device[];
  empty: string;
  canSelect: boolean;
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
}

export const deviceName = (d: Pick<Device, 'assetNo' | 'hostname' | 'id'>) =>
  [d.assetNo, d.hostname].filter(Boolean).join(' ') || d.id.slice(0, 8);

export function DeviceTable({ org, devices, empty, canSelect, selected, setSelected }: Props) {
  const t = useT();
  const lang = useLang();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const allOn = devices.length > 0 && devices.every((d) => selected.has(d.id));
  const head = canSelect && (
    <input
      type="checkbox"
      aria-label={t('devices.selectPage')}
      checked={allOn}
      onChange={(e) => setSelected(e.target.checked ? new Set([...selected, ...devices.map((d) => d.id)]) : new Set())}
    />
  );
  const columns = ['assetNo', 'hostname', 'deviceClass', 'os', 'ipAddress', 'location', 'vendorName', 'supportEnd', 'status'].map((c) =>
    t(`devices.col.${c}` as 'devices.col.os'),
  );
  return (
    <>
      {canSelect && devices.length > 0 && <div className="ledger-select-all">{head}</div>}
      <DataTable columns={canSelect ? ['', ...columns] : columns} rows={devices} empty={empty} className="ledger-table">
        {(d) => (
          <tr key={d.id} className={d.status === 'retired' ? 'row-retired' : undefined}>
            {canSelect && (
              <td>
                <input
                  type="checkbox"
                  aria-label={t('devices.select', { name: deviceName(d) })}
                  checked={selected.has(d.id)}
                  onChange={(e) => toggle(d.id, e.target.checked)}
                />
              </td>
            )}
            <th scope="row">
              <Link {...deviceLink(org.slug, d.id)}>{d.assetNo ?? '—'}</Link>
            </th>
            <td>{d.hostname}</td>
            <td>{classLabels[d.deviceClass][lang]}</td>
            <td>{d.os}</td>
            <td>{d.ipAddress}</td>
            <td>{d.location}</td>
            <td>{d.vendorName}</td>
            <td>{d.supportEnd ?? ''}</td>
            <td>{statusLabels[d.status][lang]}</td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
