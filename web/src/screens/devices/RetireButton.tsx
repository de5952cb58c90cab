// 廃棄にする: the row stays in the ledger and its history, marked retired (after a confirmation).
import { useState } from 'react';
import { api } from '../../api.ts';
import type { Device, OrgSummary } from '../../api-answers.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { deviceName } from './DeviceTable.tsx';

export function RetireButton({ org, device, onDone }: { org: OrgSummary; device: Device; onDone: (d: Device) => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [open, setOpen] = useState(false);
  const retire = useAction(() => api.retireDevice(org.id, device.id));
  const name = deviceName(device);
  return (
    <>
      <FormError error={retire.error} />
      <button type="button" className="button-danger" onClick={() => setOpen(true)}>
        {t('devices.retire')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('devices.retire')}
        confirmLabel={t('devices.retire')}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          const done = await retire.run();
          if (done) {
            notify(t('devices.retiredDone', { name }));
            onDone(done);
          }
        }}
      >
        <p>{t('devices.retireConfirm', { name })}</p>
      </ConfirmDialog>
    </>
  );
}
