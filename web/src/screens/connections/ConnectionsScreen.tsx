// The 外部接続点 register: every connection to the outside with what is wrong with it (no source
// restriction, no MFA on remote access, no firmware, never confirmed); add and edit in the form
// below the table; the one-page A4 overview and CSV/Excel; the maintenance vendors' confirmations (2(2)).

import { useState } from 'react';
import { connectionStatusLabels, kindLabels, restrictionLabels } from '../../../../domain/connections/connection.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { ConnectionPoint, OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { ConnectionForm } from './ConnectionForm.tsx';
import { MaintenanceConfirmations } from './MaintenanceConfirmations.tsx';
import '../../messages/contacts.ts';
import '../../messages/devices.ts';

/** The points' vendors and states: when they change, the maintenance vendors are read again. */
const vendorStamp = (points: ConnectionPoint[] | undefined) => (points ?? []).map((p) => `${p.vendorName}/${p.status}`).join('|');

export function ConnectionsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const list = useLoad(keys.connections(org.id), () => api.connections(org.id));
  const [editing, setEditing] = useState<ConnectionPoint | 'new' | null>(null);
  const canWrite = can(org.role, 'org.write');
  return (
    <Page title={t('connections.title')} lead={t('connections.lead')}>
      <Outputs orgId={org.id} />
      <Loadable state={list}>
        {({ connections }) => <ConnectionTable points={connections} canWrite={canWrite} onEdit={setEditing} />}
      </Loadable>
      {canWrite && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('connections.add')}
        </button>
      )}
      {canWrite && editing !== null && (
        <ConnectionForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          org={org}
          point={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void invalidate(keys.org(org.id));
          }}
        />
      )}
      <MaintenanceConfirmations org={org} canWrite={canWrite} stamp={vendorStamp(list.data?.connections)} />
    </Page>
  );
}

function Outputs({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <p className="no-print output-links">
      {t('connections.outputs')}{' '}
      <a href={api.connectionsUrl(orgId, 'print')} target="_blank" rel="noopener">
        {t('connections.print')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
      {' / '}
      <FileLink href={api.connectionsUrl(orgId, 'export.pdf')}>{t('connections.pdf')}</FileLink>
      {' / '}
      <FileLink href={api.connectionsUrl(orgId, 'export?format=csv')}>{t('devices.exportCsv')}</FileLink>
      {' / '}
      <FileLink href={api.connectionsUrl(orgId, 'export?format=csv-sjis')}>{t('devices.exportSjis')}</FileLink>
      {' / '}
      <FileLink href={api.connectionsUrl(orgId, 'export?format=xlsx')}>{t('devices.exportXlsx')}</FileLink>
    </p>
  );
}

const mfaKey = (v: boolean | null) => (v === null ? 'connections.mfa.unknown' : v ? 'connections.mfa.yes' : 'connections.mfa.no');

function ConnectionTable({
  points,
  canWrite,
  onEdit,
}: {
  points: ConnectionPoint[];
  canWrite: boolean;
  onEdit: (p: ConnectionPoint) => void;
}) {
  const t = useT();
  const lang = useLang();
  const columns = ['name', 'kind', 'vendor', 'device', 'restriction', 'mfa', 'warnings'].map((c) =>
    t(`connections.col.${c}` as 'connections.col.name'),
  );
  return (
    <DataTable columns={columns} rows={points} empty={t('connections.empty')} className="connections-table">
      {(p) => (
        <tr key={p.id} className={p.status === 'retired' ? 'row-retired' : undefined}>
          <th scope="row">
            {canWrite ? (
              <button
                type="button"
                className="button-link"
                aria-label={t('connections.editOf', { name: p.name })}
                onClick={() => onEdit(p)}
              >
                {p.name}
              </button>
            ) : (
              p.name
            )}
            {p.status !== 'active' && <span className="badge">{connectionStatusLabels[p.status][lang]}</span>}
          </th>
          <td>{kindLabels[p.kind][lang]}</td>
          <td>{p.vendorName}</td>
          <td>{[p.deviceLabel, p.firmware].filter(Boolean).join(' / ')}</td>
          <td>
            {restrictionLabels[p.sourceRestriction][lang]}
            {p.allowedSources.length > 0 && <small className="sources"> {p.allowedSources.join(', ')}</small>}
          </td>
          <td>{t(mfaKey(p.mfa))}</td>
          <td lang="ja">
            {p.warnings.length === 0 ? (
              <span className="badge badge-ok">{t('connections.ok')}</span>
            ) : (
              <ul className="warnings">
                {p.warnings.map((w) => (
                  <li key={w}>
                    <span className="badge badge-warn">!</span> {w}
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
