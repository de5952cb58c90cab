// /o/$slug/accounts[/$accountSystemId]: the 利用者台帳 — the systems whose accounts are kept (担当者・
// 管理者 add one), the system chosen with its accounts (SystemAccounts), personnel's leavers list
// (LeaversPanel), its logon record (LogonsPanel), the 権限規程 (AccessPolicyPanel), and the organisation's days after which an account counts as unused.
import { type FormEvent, useState } from 'react';
import { accountSourceLabels } from '../../../../domain/accounts/account.ts';
import { can } from '../../../../domain/roles.ts';
import type { AccountSystem } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { AccessPolicyPanel } from './AccessPolicyPanel.tsx';
import { DormantSetting } from './DormantSetting.tsx';
import { LeaversPanel } from './LeaversPanel.tsx';
import { LogListPanel } from './LogListPanel.tsx';
import { LogonsPanel } from './LogonsPanel.tsx';
import { ReviewsPanel } from './ReviewsPanel.tsx';
import { SystemAccounts } from './SystemAccounts.tsx';
import '../../messages/accounts.ts';

export function AccountsScreen({ org, systemId = null }: { org: OrgSummary; systemId?: string | null }) {
  const t = useT();
  const systems = useLoad(['org', org.id, 'account-systems'], () => api.accountSystems(org.id));
  const [chosen, setChosen] = useState<string | null>(systemId);
  const canWrite = can(org.role, 'org.write');
  // an import changes the counts, the findings and the suggestions: all read afresh
  const changed = () => {
    systems.reload();
    void invalidate(keys.org(org.id));
  };
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
              {current && <SystemAccounts key={current.id} org={org} system={current} canWrite={canWrite} onImported={changed} />}
              {current && <LogonsPanel key={`logons-${current.id}`} org={org} system={current} canWrite={canWrite} />}
              <ReviewsPanel org={org} system={current} canWrite={canWrite} />
              <LeaversPanel org={org} canWrite={canWrite} onImported={changed} />
              <LogListPanel org={org} systems={list} canWrite={canWrite} />
              <AccessPolicyPanel org={org} canWrite={canWrite} />
              {canWrite && <DormantSetting org={org} onSaved={changed} />}
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
