// The 事業者 ledger: each vendor with the systems it provides, whether each is maintained remotely
// (as confirmed with the vendor), and what the ledger should still record (Mamori's own advice,
// labelled so); add a vendor here, open one for its systems and history.
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { searchForm } from '../../../../domain/devices/normalize.ts';
import { can } from '../../../../domain/roles.ts';
import { remoteAnswerLabels, systemKindLabels, vendorStatusLabels } from '../../../../domain/vendors/vendor.ts';
import { api } from '../../api.ts';
import type { OrgSummary, Vendor } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { vendorLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { FormsPerSetting } from './FormsPerSetting.tsx';
import { FromChart } from './FromChart.tsx';
import { VendorForm } from './VendorForm.tsx';
import { VendorImport } from './VendorImport.tsx';
import '../../messages/vendors.ts';

export function VendorsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const list = useLoad(keys.vendors(org.id), () => api.vendors(org.id));
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState('');
  const canWrite = can(org.role, 'org.write');
  return (
    <Page title={t('vendors.title')} lead={t('vendors.lead')}>
      <p className="no-print output-links">
        {t('vendors.export')} <FileLink href={api.vendorsExportUrl(org.id, 'csv')}>{t('vendors.exportCsv')}</FileLink>
        {' / '}
        <FileLink href={api.vendorsExportUrl(org.id, 'csv-sjis')}>{t('vendors.exportSjis')}</FileLink>
        {' / '}
        <FileLink href={api.vendorsExportUrl(org.id, 'xlsx')}>{t('vendors.exportXlsx')}</FileLink>
      </p>
      {canWrite && <VendorImport org={org} />}
      <TextField
        label={t('vendors.search')}
        hint={t('vendors.searchHint')}
        type="search"
        className="no-print"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <Loadable state={list}>
        {({ vendors, fromChart }) => (
          <>
            <FromChart org={org} names={fromChart.map((f) => f.name)} canWrite={canWrite} />
            <VendorTable
              org={org}
              vendors={matching(vendors, q)}
              empty={vendors.length === 0 ? t('vendors.empty') : t('vendors.noMatch')}
            />
          </>
        )}
      </Loadable>
      <p className="muted">{t('vendors.adviceNote')}</p>
      <FormsPerSetting org={org} canWrite={canWrite} />
      {canWrite && !adding && (
        <button type="button" onClick={() => setAdding(true)}>
          {t('vendors.add')}
        </button>
      )}
      {canWrite && adding && (
        <VendorForm
          org={org}
          vendor={null}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            void invalidate(keys.vendors(org.id));
            void navigate(vendorLink(org.slug, saved.id));
          }}
        />
      )}
    </Page>
  );
}

/** The vendors whose name, or a system's name, holds the words (kana and width variants alike). */
function matching(vendors: Vendor[], q: string): Vendor[] {
  const words = searchForm(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return vendors;
  return vendors.filter((v) => {
    const text = searchForm([v.name, ...v.systems.map((s) => s.name)].join(' '));
    return words.every((w) => text.includes(w));
  });
}

function VendorTable({ org, vendors, empty }: { org: OrgSummary; vendors: Vendor[]; empty: string }) {
  const t = useT();
  const lang = useLang();
  const columns = [t('vendors.col.name'), t('vendors.col.systems'), t('vendors.col.remote'), t('vendors.col.advice')];
  return (
    <DataTable columns={columns} rows={vendors} empty={empty} className="vendors-table">
      {(v) => (
        <tr key={v.id} className={v.status === 'ended' ? 'row-retired' : undefined}>
          <th scope="row">
            <Link {...vendorLink(org.slug, v.id)}>{v.name}</Link>
            {v.status !== 'active' && <span className="badge">{vendorStatusLabels[v.status][lang]}</span>}
          </th>
          <td>
            {v.systems.length === 0 ? (
              <span className="muted">{t('vendors.noSystems')}</span>
            ) : (
              <ul className="plain-list">
                {v.systems.map((s) => (
                  <li key={s.id}>
                    {s.name} <small>({systemKindLabels[s.kind][lang]})</small>
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td>
            <ul className="plain-list">
              {v.systems.map((s) => (
                <li key={s.id}>{remoteAnswerLabels[s.remoteMaintenance][lang]}</li>
              ))}
            </ul>
          </td>
          <td lang="ja">
            {v.systems.every((s) => s.advice.length === 0) ? (
              <span className="badge badge-ok">{t('vendors.allRecorded')}</span>
            ) : (
              <ul className="warnings">
                {v.systems.flatMap((s) =>
                  s.advice.map((a) => (
                    <li key={`${s.id}:${a}`}>
                      <span className="badge badge-warn">!</span> {s.name}: {a}
                    </li>
                  )),
                )}
              </ul>
            )}
          </td>
        </tr>
      )}
    </DataTable>
  );
}
