// 「保守事業者へのリモートメンテナンスの確認」: every maintenance vendor the 機器台帳 and the 外部接続点
// name, with the record that someone asked it whether it maintains any device remotely (checklist
// 2(2) is はい only when every vendor has one). 担当者 and 管理者 record and edit it in the form below.
import { useState } from 'react';
import { api } from '../../api.ts';
import type { MaintenanceVendors, OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { ConfirmationForm } from './ConfirmationForm.tsx';

type Vendor = MaintenanceVendors['vendors'][number];

/** `stamp` changes when the ledgers' vendors may have changed (a point saved), so the list is read again. */
export function MaintenanceConfirmations({ org, canWrite, stamp }: { org: OrgSummary; canWrite: boolean; stamp: string }) {
  const t = useT();
  const list = useLoad([...keys.maintenance(org.id), stamp], () => api.maintenanceVendors(org.id));
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Section title={t('maintenance.title')} id="maintenance-confirmations">
      <p className="field-hint">{t('maintenance.lead')}</p>
      <Loadable state={list}>
        {({ vendors, others }) => {
          const chosen = vendors.find((v) => v.key === editing);
          return (
            <>
              <VendorTable vendors={vendors} canWrite={canWrite} onEdit={setEditing} />
              {others.length > 0 && (
                <p className="field-hint">{t('maintenance.others', { names: others.map((c) => c.vendorName).join('、') })}</p>
              )}
              {canWrite && chosen && (
                <ConfirmationForm
                  key={`${chosen.key}:${chosen.confirmation?.version ?? 0}`}
                  org={org}
                  vendor={chosen}
                  onClose={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    void invalidate(keys.org(org.id));
                  }}
                />
              )}
            </>
          );
        }}
      </Loadable>
    </Section>
  );
}

function VendorTable({ vendors, canWrite, onEdit }: { vendors: Vendor[]; canWrite: boolean; onEdit: (key: string) => void }) {
  const t = useT();
  const lang = useLang();
  const columns = [
    t('maintenance.col.vendor'),
    t('maintenance.col.seen'),
    t('maintenance.col.confirmation'),
    canWrite && t('maintenance.col.action'),
  ];
  return (
    <DataTable columns={columns} rows={vendors} empty={t('maintenance.empty')} className="maintenance-table">
      {(v) => (
        <tr key={v.key}>
          <th scope="row">{v.name}</th>
          <td>
            {t('maintenance.seen', { devices: v.devices.length, points: v.points.length })}
            {v.remoteSeen > 0 && <small> {t('maintenance.remoteSeen', { count: v.remoteSeen })}</small>}
          </td>
          <td lang="ja">
            {v.confirmation ? (
              <>
                {t('maintenance.summary', {
                  date: formatDateLong(v.confirmation.confirmedOn, lang),
                  by: v.confirmation.confirmedBy,
                  contact: v.confirmation.vendorContact,
                  documented: v.confirmation.documentedAs,
                })}
                <br />
                <small>{t(v.confirmation.remoteFound ? 'maintenance.found' : 'maintenance.notFound')}</small>
              </>
            ) : (
              <span className="badge badge-warn">{t('maintenance.none')}</span>
            )}
          </td>
          {canWrite && (
            <td>
              <button
                type="button"
                className="button-link"
                aria-label={t('maintenance.recordOf', { name: v.name })}
                onClick={() => onEdit(v.key)}
              >
                {t(v.confirmation ? 'maintenance.edit' : 'maintenance.record')}
              </button>
            </td>
          )}
        </tr>
      )}
    </DataTable>
  );
}
