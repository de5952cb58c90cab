// One system's accounts in the 利用者台帳, a page at a time from the server: searched by ID, name,
// 職員番号 or department and filtered to what needs looking at (domain/accounts/account-view.ts), each with its leave date (marked when only the name matched) and its last logon; a Windows
// domain's accounts imported from Active Directory here; an account's history opened from its ID.
import { useDeferredValue, useState } from 'react';
import { accountKindLabels, accountStatusLabels } from '../../../../domain/accounts/account.ts';
import { ACCOUNT_VIEW_FILTERS, type AccountViewFilter } from '../../../../domain/accounts/account-view.ts';
import type { AccountSystem } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { AccountHistory } from './AccountHistory.tsx';
import { AccountImport } from './AccountImport.tsx';
import '../../messages/accounts.ts';
import '../../messages/devices.ts';

const PAGE = 200;

export function SystemAccounts({
  org,
  system,
  canWrite,
  onImported,
}: {
  org: OrgSummary;
  system: AccountSystem;
  canWrite: boolean;
  onImported: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Set<AccountViewFilter>>(new Set());
  const [offset, setOffset] = useState(0);
  // the search is sent once typing pauses; a new search or filter starts at the first page
  const q = useDeferredValue(query.trim());
  const view = { q, filters: [...filters].sort(), offset, limit: PAGE };
  const list = useLoad(['org', org.id, 'accounts', system.id, view], () => api.accountsOf(org.id, system.id, view));
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const toggle = (f: AccountViewFilter) => {
    setOffset(0);
    setFilters((had) => {
      const next = new Set(had);
      if (!next.delete(f)) next.add(f);
      return next;
    });
  };
  const date = (iso: string | null) => (iso ? formatDateLong(iso, lang) : t('accounts.never'));
  const yesNo = (v: boolean | null) => (v === null ? t('accounts.unknown') : v ? t('accounts.yes') : '—');
  return (
    <section aria-labelledby="accounts-of">
      <h2 id="accounts-of">{t('accounts.accountsOf', { name: system.name })}</h2>
      {system.accounts > 0 && (
        <p className="no-print output-links">
          {t('devices.export')} <FileLink href={api.accountsExportUrl(org.id, system.id, 'csv')}>{t('devices.exportCsv')}</FileLink> /{' '}
          <FileLink href={api.accountsExportUrl(org.id, system.id, 'csv-sjis')}>{t('devices.exportSjis')}</FileLink> /{' '}
          <FileLink href={api.accountsExportUrl(org.id, system.id, 'xlsx')}>{t('devices.exportXlsx')}</FileLink>
        </p>
      )}
      {canWrite && (
        <AccountImport
          org={org}
          system={system}
          onDone={() => {
            list.reload();
            onImported();
          }}
        />
      )}
      <Loadable state={list}>
        {({ dormantDays, accounts: rows, total, matching }) => (
          <>
            <div className="filters no-print">
              <TextField
                label={t('accounts.search')}
                type="search"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setOffset(0);
                }}
              />
              <fieldset className="checkbox-row">
                <legend>{t('accounts.filters')}</legend>
                {ACCOUNT_VIEW_FILTERS.map((f) => (
                  <label key={f}>
                    <input type="checkbox" checked={filters.has(f)} onChange={() => toggle(f)} />{' '}
                    {t(`accounts.filter.${f}`, { days: dormantDays })}
                  </label>
                ))}
              </fieldset>
              <p role="status">
                {matching > rows.length
                  ? t('accounts.shownPage', { total, matching, from: offset + 1, to: offset + rows.length })
                  : t('accounts.shown', { shown: matching, total })}
              </p>
            </div>
            <DataTable
              caption={t('accounts.accountsOf', { name: system.name })}
              columns={[
                t('accounts.col.id'),
                t('accounts.col.name'),
                t('accounts.col.department'),
                t('accounts.col.kind'),
                t('accounts.col.status'),
                t('accounts.col.lastLogon'),
                t('accounts.col.password'),
                t('accounts.col.admin'),
                t('accounts.col.leftOn'),
              ]}
              rows={rows}
              empty={total ? t('accounts.noMatch') : t('accounts.noAccounts')}
            >
              {(a) => (
                <tr key={a.id} className={a.status === 'active' ? undefined : 'row-retired'}>
                  <th scope="row">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('accounts.history.open', { id: a.accountId })}
                      onClick={() => setHistoryOf(a.id)}
                    >
                      {a.accountId}
                    </button>
                  </th>
                  <td lang="ja">{a.name}</td>
                  <td lang="ja">{a.department}</td>
                  <td>{accountKindLabels[a.kind][lang]}</td>
                  <td>{accountStatusLabels[a.status][lang]}</td>
                  <td>
                    {date(a.lastLogonAt)}
                    {a.dormant && (
                      <>
                        {' '}
                        <span className="badge badge-warn">{t('accounts.dormant')}</span>
                      </>
                    )}
                  </td>
                  <td>{a.passwordNeverExpires ? t('accounts.neverExpires') : date(a.passwordLastSetAt)}</td>
                  <td>{yesNo(a.isAdmin)}</td>
                  <td>
                    {a.leftOn ? formatDateLong(a.leftOn, lang) : ''}
                    {a.left && a.status === 'active' && (
                      <>
                        {' '}
                        <span className="badge badge-warn">{t('accounts.stillEnabled')}</span>
                      </>
                    )}
                    {a.leaverBy === 'name' && (
                      <>
                        {' '}
                        <span className="badge">{t('leavers.byName')}</span>
                      </>
                    )}
                  </td>
                </tr>
              )}
            </DataTable>
            {matching > PAGE && (
              <div className="editor-actions no-print">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {t('accounts.prevPage')}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={offset + PAGE >= matching}
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {t('accounts.nextPage')}
                </button>
              </div>
            )}
            {historyOf && <AccountHistory key={historyOf} org={org} accountId={historyOf} onClose={() => setHistoryOf(null)} />}
          </>
        )}
      </Loadable>
    </section>
  );
}
