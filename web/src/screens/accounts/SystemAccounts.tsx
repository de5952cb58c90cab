// One system's accounts in the 利用者台帳: searched by ID, name, 職員番号 or department and filtered to
// what needs looking at (administrators, shared, unused, leavers, no MFA; disabled ones hidden unless
// asked), each with its leave date (marked when only the name matched) and its last logon; a Windows
// domain's accounts imported from Active Directory here; an account's history opened from its ID.
import { useMemo, useState } from 'react';
import { accountKindLabels, accountStatusLabels } from '../../../../domain/accounts/account.ts';
import type { AccountRowView, AccountSystem } from '../../api/accounts.ts';
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

export const ACCOUNT_FILTERS = ['admins', 'shared', 'dormant', 'leavers', 'noMfa', 'disabled'] as const;
type Filter = (typeof ACCOUNT_FILTERS)[number];

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s/g, '');

/** Whether an account passes the search and every filter chosen (disabled accounts only with 'disabled'). */
export function shown(a: AccountRowView, query: string, filters: ReadonlySet<Filter>): boolean {
  if (a.status !== 'active' && !filters.has('disabled')) return false;
  const q = fold(query);
  if (q && ![a.accountId, a.name, a.employeeId, a.department].some((v) => fold(v).includes(q))) return false;
  if (filters.has('admins') && !a.isAdmin) return false;
  if (filters.has('shared') && !a.shared) return false;
  if (filters.has('dormant') && !a.dormant) return false;
  if (filters.has('leavers') && !a.left) return false;
  if (filters.has('noMfa') && a.mfa !== false) return false;
  return true;
}

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
  const list = useLoad(['org', org.id, 'accounts', system.id], () => api.accountsOf(org.id, system.id));
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Set<Filter>>(new Set());
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const toggle = (f: Filter) =>
    setFilters((had) => {
      const next = new Set(had);
      if (!next.delete(f)) next.add(f);
      return next;
    });
  const date = (iso: string | null) => (iso ? formatDateLong(iso, lang) : t('accounts.never'));
  const yesNo = (v: boolean | null) => (v === null ? t('accounts.unknown') : v ? t('accounts.yes') : '—');
  const accounts = list.data?.accounts;
  const rows = useMemo(() => (accounts ?? []).filter((a) => shown(a, query, filters)), [accounts, query, filters]);
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
        {({ dormantDays, accounts: all }) => (
          <>
            <div className="filters no-print">
              <TextField label={t('accounts.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              <fieldset className="checkbox-row">
                <legend>{t('accounts.filters')}</legend>
                {ACCOUNT_FILTERS.map((f) => (
                  <label key={f}>
                    <input type="checkbox" checked={filters.has(f)} onChange={() => toggle(f)} />{' '}
                    {t(`accounts.filter.${f}`, { days: dormantDays })}
                  </label>
                ))}
              </fieldset>
              <p role="status">{t('accounts.shown', { shown: rows.length, total: all.length })}</p>
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
              empty={all.length ? t('accounts.noMatch') : t('accounts.noAccounts')}
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
            {historyOf && <AccountHistory key={historyOf} org={org} accountId={historyOf} onClose={() => setHistoryOf(null)} />}
          </>
        )}
      </Loadable>
    </section>
  );
}
