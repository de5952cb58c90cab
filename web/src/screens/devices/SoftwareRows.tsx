// The software installed on a device, each with its version (the ledger's ソフトウェア and
// ソフトウェアバージョン columns, as many rows as needed).
import type { Software } from '../../../../domain/devices/device.ts';
import { TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/devices.ts';

export function SoftwareRows({
  software,
  readOnly,
  onChange,
}: {
  software: Software[];
  readOnly: boolean;
  onChange: (s: Software[]) => void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<Software>) => onChange(software.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="software-rows">
      <legend>{t('devices.software')}</legend>
      {software.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={i} className="software-row">
          <TextField
            label={t('devices.softwareName', { n: i + 1 })}
            value={s.name}
            readOnly={readOnly}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <TextField
            label={t('devices.softwareVersion', { n: i + 1 })}
            value={s.version}
            readOnly={readOnly}
            onChange={(e) => set(i, { version: e.target.value })}
          />
          {!readOnly && (
            <button type="button" className="button-secondary button-small" onClick={() => onChange(software.filter((_, j) => j !== i))}>
              {t('devices.softwareRemove', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="button-secondary button-small" onClick={() => onChange([...software, { name: '', version: '' }])}>
          {t('devices.softwareAdd')}
        </button>
      )}
    </fieldset>
  );
}
