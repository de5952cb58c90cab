// One incident, made to be used on a phone in a hurry: the first-response steps as a checklist, what
// the ledgers say (where to cut, whom to call, with numbers to tap), the timeline with a form to add
// to it, what was affected, the report (print, PDF, text) and closing it. 担当者・管理者 write while it
// is open; viewers read; once closed, the forms are gone and the page says so. What another person
// recorded shows after loading again (nothing refetches behind the user's back: query.ts).
import { incidentStatusLabels } from '../../../../domain/incidents/incident.ts';
import { can } from '../../../../domain/roles.ts';
import type { Incident, IncidentDetail } from '../../api/incidents.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { incidentsLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { AffectedPanel } from './AffectedPanel.tsx';
import { IncidentSteps } from './IncidentSteps.tsx';
import { jst } from './incident-text.ts';
import { LedgerHelp } from './LedgerHelp.tsx';
import { Timeline } from './Timeline.tsx';
import '../../messages/contacts.ts';
import '../../messages/incidents.ts';

export function IncidentScreen({ org, incidentId }: { org: OrgSummary; incidentId: string }) {
  const t = useT();
  const detail = useLoad(keys.incident(org.id, incidentId), () => api.incident(org.id, incidentId));
  return (
    <Loadable state={detail}>
      {(d) => (
        <Page title={t('incidents.detailTitle', { no: d.incident.no, title: d.incident.title })}>
          <div className="incident-page">
            <p className="no-print">
              <Link {...incidentsLink(org.slug)}>{t('incidents.back')}</Link>
            </p>
            <IncidentBody org={org} detail={d} reloading={detail.loading} onReload={detail.reload} />
          </div>
        </Page>
      )}
    </Loadable>
  );
}

interface BodyProps {
  org: OrgSummary;
  detail: IncidentDetail;
  reloading: boolean;
  onReload: () => void;
}

function IncidentBody({ org, detail, reloading, onReload }: BodyProps) {
  const t = useT();
  const { incident, steps, entries, ledgers } = detail;
  const writable = can(org.role, 'org.write') && incident.status === 'open';
  // the incident, its steps and timeline, and the list (status, affected) read what changed
  const changed = () => void invalidate(keys.incidents(org.id));
  return (
    <>
      <Status incident={incident} />
      <ReportLinks org={org} incident={incident} />
      <p className="no-print incident-reload">
        <button type="button" className="button-secondary" onClick={onReload} disabled={reloading}>
          {reloading ? t('common.working') : t('incidents.reload')}
        </button>{' '}
        <small className="muted">{t('incidents.reloadHint')}</small>
      </p>
      <IncidentSteps org={org} incidentId={incident.id} steps={steps} writable={writable} onChanged={changed} />
      <LedgerHelp org={org} ledgers={ledgers} />
      <Timeline org={org} incidentId={incident.id} entries={entries} writable={writable} onChanged={changed} />
      <AffectedPanel org={org} incident={incident} ledgers={ledgers} writable={writable} onChanged={changed} />
      {writable && <CloseIncident org={org} incident={incident} onClosed={changed} />}
    </>
  );
}

function Status({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useLang();
  const open = incident.status === 'open';
  return (
    <>
      <p className="incident-status">
        <span className={`badge ${open ? 'badge-warn' : 'badge-ok'}`}>{incidentStatusLabels[incident.status][lang]}</span>{' '}
        <span lang="ja">{t('incidents.startedLine', { at: jst(incident.startedAt), who: incident.startedBy })}</span>
        {incident.closedAt && (
          <>
            {' ・ '}
            <span lang="ja">{t('incidents.closedLine', { at: jst(incident.closedAt), who: incident.closedBy ?? '' })}</span>
          </>
        )}
      </p>
      {!open && <p className="notice notice-info incident-closed">{t('incidents.closedNotice')}</p>}
    </>
  );
}

function ReportLinks({ org, incident }: { org: OrgSummary; incident: Incident }) {
  const t = useT();
  return (
    <p className="no-print output-links incident-report-links">
      {t('incidents.report')}{' '}
      <a href={api.incidentReportUrl(org.id, incident.id, 'print')} target="_blank" rel="noopener">
        {t('incidents.reportPrint')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
      {' / '}
      <FileLink href={api.incidentReportUrl(org.id, incident.id, 'pdf')}>{t('incidents.reportPdf')}</FileLink>
      {' / '}
      <FileLink href={api.incidentReportUrl(org.id, incident.id, 'txt')}>{t('incidents.reportText')}</FileLink>
      <br />
      <small>{t('incidents.reportHint')}</small>
    </p>
  );
}

function CloseIncident({ org, incident, onClosed }: { org: OrgSummary; incident: Incident; onClosed: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const close = useAction(() => api.closeIncident(org.id, incident.id));
  const ask = async () => {
    const ok = await confirm({
      title: t('incidents.closeTitle'),
      message: t('incidents.closeConfirm', { no: incident.no }),
      confirmLabel: t('incidents.close'),
      danger: true,
    });
    if (!ok) return;
    const closed = await close.run();
    // a 409 (closed meanwhile by someone else) shows its message; the page is read again either way
    onClosed();
    if (closed) notify(t('incidents.closed', { no: closed.no }));
  };
  return (
    <Section title={t('incidents.close')} id="incident-close">
      <FormError error={close.error} />
      <p className="field-hint">{t('incidents.closeHint')}</p>
      <button type="button" className="button-danger" onClick={ask} disabled={close.pending}>
        {close.pending ? t('common.working') : t('incidents.close')}
      </button>
      {dialog}
    </Section>
  );
}
