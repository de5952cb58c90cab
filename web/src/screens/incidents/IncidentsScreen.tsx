// Incident mode's page: start an incident (one field: what happened; 担当者・管理者), the incidents so
// far (number, what happened, open or closed, started when and by whom), and, while there are none,
// what incident mode is for; the 緊急時カード to print in advance, because on the day the network may
// be cut and Mamori unreachable.
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { incidentStatusLabels } from '../../../../domain/incidents/incident.ts';
import { can } from '../../../../domain/roles.ts';
import type { Incident } from '../../api/incidents.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { incidentLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { jst } from './incident-text.ts';
import '../../messages/contacts.ts';
import '../../messages/incidents.ts';

export function IncidentsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const list = useLoad(keys.incidents(org.id), () => api.incidents(org.id));
  return (
    <Page title={t('incidents.title')} lead={t('incidents.lead')}>
      <div className="incident-page">
        {can(org.role, 'org.write') && <StartIncident org={org} />}
        <Section title={t('incidents.list')} id="incident-list">
          <Loadable state={list}>{({ incidents }) => <IncidentTable org={org} incidents={incidents} />}</Loadable>
        </Section>
        <EmergencyCard orgId={org.id} />
      </div>
    </Page>
  );
}

function StartIncident({ org }: { org: OrgSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const [title, setTitle] = useState('');
  const start = useAction(() => api.startIncident(org.id, title));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await start.run();
    if (!made) return;
    notify(t('incidents.started', { no: made.no }));
    void invalidate(keys.incidents(org.id));
    // the incident's page: its heading takes the focus
    void navigate(incidentLink(org.slug, made.id));
  };
  return (
    <section className="card incident-start" aria-labelledby="incident-start-heading">
      <h2 id="incident-start-heading">{t('incidents.start.title')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="incident-start-heading">
        <FormError error={start.error} />
        <TextField
          label={t('incidents.start.what')}
          hint={t('incidents.start.hint')}
          required
          maxLength={200}
          value={title}
          error={start.error?.field('title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SubmitButton pending={start.pending} label={t('incidents.start.submit')} className="button-danger" />
      </form>
    </section>
  );
}

function IncidentTable({ org, incidents }: { org: OrgSummary; incidents: Incident[] }) {
  const t = useT();
  const lang = useLang();
  if (incidents.length === 0) return <p>{t('incidents.empty')}</p>;
  return (
    <DataTable
      caption={t('incidents.list')}
      columns={[t('incidents.col.no'), t('incidents.col.title'), t('incidents.col.status'), t('incidents.col.started')]}
      rows={incidents}
      className="incidents-table"
    >
      {(i) => (
        <tr key={i.id}>
          <td>{i.no}</td>
          <th scope="row">
            <Link {...incidentLink(org.slug, i.id)}>
              <span lang="ja">{i.title}</span>
            </Link>
          </th>
          <td>
            <span className={`badge ${i.status === 'open' ? 'badge-warn' : 'badge-ok'}`}>{incidentStatusLabels[i.status][lang]}</span>
          </td>
          <td>
            <span className="nowrap">{jst(i.startedAt)}</span> <small lang="ja">{t('incidents.by', { who: i.startedBy })}</small>
          </td>
        </tr>
      )}
    </DataTable>
  );
}

/** The 緊急時カード, to print before the day it is needed. */
export function EmergencyCard({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <p className="no-print incident-card">
      {t('incidents.card')}{' '}
      <a href={api.emergencyCardUrl(orgId, 'print')} target="_blank" rel="noopener">
        {t('incidents.cardPrint')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
    </p>
  );
}
