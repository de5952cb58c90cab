// One vendor: its company, status and 24-hour contact (from the 連絡体制図), the systems it provides
// with the contract, remote maintenance as confirmed, security-update responsibility and the rows they
// use, Mamori's advice on what is still to record, and the history of every change.

import { useState } from 'react';
import { can } from '../../../../domain/roles.ts';
import { remoteAnswerLabels, systemKindLabels, updateResponsibilityLabels, vendorStatusLabels } from '../../../../domain/vendors/vendor.ts';
import { api } from '../../api.ts';
import type { OrgSummary, Vendor, VendorDetail, VendorSystem } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { actionLabel } from '../../labels.ts';
import { contactsLink, vendorsLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { Disclosures } from './Disclosures.tsx';
import { SystemForm } from './SystemForm.tsx';
import { VendorForm } from './VendorForm.tsx';
import { VendorInvitations } from './VendorInvitations.tsx';
import '../../messages/vendors.ts';

export function VendorScreen({ org, vendorId }: { org: OrgSummary; vendorId: string }) {
  const t = useT();
  const detail = useLoad(keys.vendor(org.id, vendorId), () => api.vendor(org.id, vendorId));
  return (
    <Loadable state={detail}>
      {(d) => (
        <Page title={d.vendor.name} lead={t('vendors.lead')}>
          <p className="no-print">
            <Link {...vendorsLink(org.slug)}>{t('vendors.back')}</Link>
          </p>
          <VendorBody org={org} detail={d} />
        </Page>
      )}
    </Loadable>
  );
}

function VendorBody({ org, detail }: { org: OrgSummary; detail: VendorDetail }) {
  const t = useT();
  const lang = useLang();
  const { vendor, history } = detail;
  const canWrite = can(org.role, 'org.write');
  const [editing, setEditing] = useState<'vendor' | VendorSystem | 'new' | null>(null);
  const changed = () => {
    setEditing(null);
    void invalidate(keys.vendors(org.id));
  };
  return (
    <>
      <Facts org={org} vendor={vendor} />
      {canWrite && editing === null && (
        <p className="no-print">
          <button type="button" className="button-secondary" onClick={() => setEditing('vendor')}>
            {t('vendors.edit')}
          </button>
        </p>
      )}
      {editing === 'vendor' && (
        <VendorForm key={vendor.version} org={org} vendor={vendor} onClose={() => setEditing(null)} onSaved={changed} />
      )}
      <Section title={t('vendors.systems')} id="systems">
        <SystemTable systems={vendor.systems} canWrite={canWrite} onEdit={(s) => setEditing(s)} />
        {canWrite && editing === null && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('vendors.addSystem')}
          </button>
        )}
        <p className="muted">{t('vendors.adviceNote')}</p>
      </Section>
      {editing !== null && editing !== 'vendor' && (
        <SystemForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          org={org}
          vendorId={vendor.id}
          system={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      )}
      <Disclosures org={org} vendorId={vendor.id} systems={vendor.systems} canWrite={canWrite && editing === null} onSaved={changed} />
      <VendorInvitations org={org} vendor={vendor} canWrite={canWrite} />
      <Section title={t('vendors.history')} id="history">
        {history.length === 0 ? (
          <p>{t('vendors.historyEmpty')}</p>
        ) : (
          <ul className="history">
            {history.map((h) => (
              <li key={`${h.at}:${h.action}`}>
                {formatDateTimeLong(h.at, lang)} {h.actor} — {actionLabel(h.action, lang)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function Facts({ org, vendor }: { org: OrgSummary; vendor: Vendor }) {
  const t = useT();
  const lang = useLang();
  return (
    <dl className="facts">
      <dt>{t('vendors.field.status')}</dt>
      <dd>{vendorStatusLabels[vendor.status][lang]}</dd>
      <dt>{t('vendors.field.contact')}</dt>
      <dd>
        {vendor.contactLabel ? (
          <Link {...contactsLink(org.slug)}>{vendor.contactLabel}</Link>
        ) : (
          <span className="badge badge-warn">{t('vendors.contactMissing')}</span>
        )}
      </dd>
      {vendor.note && (
        <>
          <dt>{t('vendors.field.note')}</dt>
          <dd>{vendor.note}</dd>
        </>
      )}
    </dl>
  );
}

function SystemTable({ systems, canWrite, onEdit }: { systems: VendorSystem[]; canWrite: boolean; onEdit: (s: VendorSystem) => void }) {
  const t = useT();
  const lang = useLang();
  const columns = [t('system.field.name'), t('system.field.remote'), t('system.field.updates'), t('vendors.col.advice')];
  return (
    <DataTable columns={columns} rows={systems} empty={t('vendors.noSystems')} className="vendor-systems-table">
      {(s) => (
        <tr key={s.id} className={s.status === 'ended' ? 'row-retired' : undefined}>
          <th scope="row">
            {canWrite ? (
              <button
                type="button"
                className="button-link"
                aria-label={t('vendors.editSystemOf', { name: s.name })}
                onClick={() => onEdit(s)}
              >
                {s.name}
              </button>
            ) : (
              s.name
            )}{' '}
            <small>({systemKindLabels[s.kind][lang]})</small>
            {s.status !== 'active' && <span className="badge">{vendorStatusLabels[s.status][lang]}</span>}
            {(s.contractFrom || s.contractTo) && (
              <div>
                <small>{t('system.contract', { from: s.contractFrom ?? '', to: s.contractTo ?? '' })}</small>
              </div>
            )}
          </th>
          <td>
            {remoteAnswerLabels[s.remoteMaintenance][lang]}
            {s.remoteConfirmedBy && s.remoteConfirmedOn && (
              <div>
                <small>{t('system.remoteBy', { who: s.remoteConfirmedBy, on: s.remoteConfirmedOn })}</small>
              </div>
            )}
            {s.connections.length > 0 && (
              <div>
                <small>{s.connections.map((c) => c.label).join('、')}</small>
              </div>
            )}
          </td>
          <td>
            {updateResponsibilityLabels[s.securityUpdates][lang]}
            {s.securityUpdatesClause && (
              <div>
                <small>{s.securityUpdatesClause}</small>
              </div>
            )}
          </td>
          <td lang="ja">
            {s.advice.length === 0 ? (
              <span className="badge badge-ok">{t('vendors.allRecorded')}</span>
            ) : (
              <ul className="warnings">
                {s.advice.map((a) => (
                  <li key={a}>
                    <span className="badge badge-warn">!</span> {a}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      )}
    </DataTable>
  );
}
