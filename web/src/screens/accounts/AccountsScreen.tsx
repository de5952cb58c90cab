// /o/$slug/accounts: the 利用者台帳 — the systems whose accounts are kept (担当者・管理者 add one), and
// for the system chosen its accounts and, for a Windows domain, an Active Directory export checked
// then imported all at once.
import { type FormEvent, useState } from 'react';
import { accountKindLabels, accountSourceLabels, accountStatusLabels } from '../../../../domain/accounts/account.ts';
import { can } from '../../../../domain/roles.ts';
import type { AccountImportReport, AccountSystem } from '../../api/accounts.ts';
import { ApiError, api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/accounts.ts';

export function AccountsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const systems = useLoad(['org', org.id, 'account-systems'], () => api.accountSystems(org.id));
  const [chosen, setChosen] = useState<string | null>(null);
  const canWrite = can(org.role, 'org.write');
  return (
    <Page title={t('accounts.title')} lead={t('accounts.lead')}>
      <Loadable state={systems}>
        {({ systems: list }) => {
          const current = list.find((s) => s.id === chosen) ?? list[0] ?? null;
          return (
            <>
              <SystemList systems={list} current={current} onChoose={setChosen} />
              {canWrite && (
                <AddSystem
                  org={org}
                  onAdded={(id) => {
                    setChosen(id);
                    systems.reload();
                  }}
                />
              )}
              {current && <SystemAccounts key={current.id} org={org} system={current} canWrite={canWrite} onImported={systems.reload} />}
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}

function SystemList({
  systems,
  current,
  onChoose,
}: {
  systems: AccountSystem[];
  current: AccountSystem | null;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <DataTable
      caption={t('accounts.systems')}
      columns={[t('accounts.col.system'), t('accounts.col.source'), t('accounts.col.count')]}
      rows={systems}
      empty={t('accounts.noSystems')}
    >
      {(s) => (
        <tr key={s.id} aria-current={s.id === current?.id || undefined}>
          <th scope="row">
            <button type="button" className="button-link" aria-label={t('accounts.open', { name: s.name })} onClick={() => onChoose(s.id)}>
              <span lang="ja">{s.name}</span>
            </button>
          </th>
          <td>{accountSourceLabels[s.source][lang]}</td>
          <td>{s.accounts}</td>
        </tr>
      )}
    </DataTable>
  );
}

function AddSystem({ org, onAdded }: { org: OrgSummary; onAdded: (id: string) => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [name, setName] = useState('');
  const [source, setSource] = useState<'directory' | 'list'>('directory');
  const add = useAction(() => api.createAccountSystem(org.id, { name, source }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await add.run();
    if (!made) return;
    notify(t('accounts.added', { name: made.name }));
    setName('');
    onAdded(made.id);
  };
  return (
    <details className="no-print">
      <summary>{t('accounts.add')}</summary>
      <form onSubmit={onSubmit} className="stack" aria-label={t('accounts.add')}>
        <FormError error={add.error} />
        <TextField label={t('accounts.name')} value={name} error={add.error?.field('name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label={t('accounts.source')}
          value={source}
          onChange={(e) => setSource(e.target.value as 'directory' | 'list')}
          options={(['directory', 'list'] as const).map((v) => ({ value: v, label: accountSourceLabels[v][lang] }))}
        />
        <SubmitButton pending={add.pending} label={t('accounts.save')} />
      </form>
    </details>
  );
}

function SystemAccounts({
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
  const date = (iso: string | null) => (iso ? formatDateLong(iso, lang) : t('accounts.never'));
  const yesNo = (v: boolean | null) => (v === null ? t('accounts.unknown') : v ? t('accounts.yes') : '—');
  return (
    <section aria-labelledby="accounts-of">
      <h2 id="accounts-of">{t('accounts.accountsOf', { name: system.name })}</h2>
      {canWrite && system.source === 'directory' && (
        <AdImport
          org={org}
          system={system}
          onDone={() => {
            list.reload();
            onImported();
          }}
        />
      )}
      <Loadable state={list}>
        {({ accounts }) => (
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
            ]}
            rows={accounts}
            empty={t('accounts.noAccounts')}
          >
            {(a) => (
              <tr key={a.id} className={a.status === 'active' ? undefined : 'row-retired'}>
                <th scope="row">{a.accountId}</th>
                <td lang="ja">{a.name}</td>
                <td lang="ja">{a.department}</td>
                <td>{accountKindLabels[a.kind][lang]}</td>
                <td>{accountStatusLabels[a.status][lang]}</td>
                <td>{date(a.lastLogonAt)}</td>
                <td>{a.passwordNeverExpires ? t('accounts.neverExpires') : date(a.passwordLastSetAt)}</td>
                <td>{yesNo(a.isAdmin)}</td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
    </section>
  );
}

function AdImport({ org, system, onDone }: { org: OrgSummary; system: AccountSystem; onDone: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<AccountImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      const result = await api.importAccounts(org.id, system.id, file, dryRun);
      if (dryRun) return setReport(result);
      notify(t('accounts.done', result.summary));
      setReport(null);
      onDone();
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0);
      const refused = apiError.details?.report as AccountImportReport | undefined;
      if (refused) setReport(refused);
      setError(apiError);
    } finally {
      setPending(false);
    }
  };
  const changes = report ? report.summary.create + report.summary.update : 0;
  return (
    <details className="no-print account-import">
      <summary>{t('accounts.import')}</summary>
      <p className="field-hint">{t('accounts.importLead')}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div className="field">
          <label htmlFor="account-import-file">{t('accounts.file')}</label>
          <input
            id="account-import-file"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
        </div>
        <SubmitButton pending={pending} label={t('accounts.check')} />
      </form>
      <FormError error={error} />
      {report && (
        <div className="import-summary">
          <p role="status">
            {t('accounts.summary', report.summary)}
            <br />
            {t('accounts.kinds', {
              person: report.kinds.person ?? 0,
              computer: report.kinds.computer ?? 0,
              service: report.kinds.service ?? 0,
              builtin: report.kinds.builtin ?? 0,
            })}
          </p>
          {report.notices.length > 0 && (
            <ul className="warnings" lang="ja">
              {report.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {report.problems.length > 0 && (
            <div role="alert">
              <p>{t('accounts.problems')}</p>
              <ul className="warnings" lang="ja">
                {report.problems.map((p) => (
                  <li key={`${p.row}:${p.column}:${p.message}`}>
                    {t('accounts.problem', { row: p.row, column: p.column ?? '-', message: p.message })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {report.problems.length === 0 && changes === 0 && <p role="status">{t('accounts.nothing')}</p>}
          <button type="button" disabled={pending || report.problems.length > 0 || changes === 0} onClick={() => void send(false)}>
            {t('accounts.store')}
          </button>
        </div>
      )}
    </details>
  );
}
