// The 連絡体制図 (incident contact chart, checklist item 3(1)): loaded here, then every change answers
// with the whole chart, which replaces the one on screen. Viewers read; editors and administrators edit.
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { ContactChart, OrgSummary } from '../../api-answers.ts';
import { FileLink } from '../../components/FileLink.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad, useSetLoaded } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { EmergencyCardLinks } from '../backup-ledger/EmergencyCardLinks.tsx';
import { ContactsBody } from './ContactsBody.tsx';
import '../../messages/areas.ts';

export function ContactsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const key = keys.contacts(org.id);
  const loaded = useLoad(key, () => api.contacts(org.id));
  const setChart = useSetLoaded<ContactChart>(key, keys.org(org.id));
  const chart = loaded.data;

  return (
    <Page title={t('area.contacts.title')} lead={t('contacts.lead')}>
      <OutputLinks orgId={org.id} />
      {chart ? (
        <ContactsBody orgId={org.id} chart={chart} setChart={setChart} canWrite={can(org.role, 'org.write')} reload={loaded.reload} />
      ) : (
        <Loadable state={loaded}>{() => null}</Loadable>
      )}
    </Page>
  );
}

function ChartOutputLinks({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <p className="no-print output-links">
      {t('contacts.outputs')}{' '}
      <a href={api.contactsOutputUrl(orgId, 'print')} target="_blank" rel="noopener">
        {t('contacts.print')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
      {' / '}
      <FileLink href={api.contactsOutputUrl(orgId, 'export.pdf')}>{t('contacts.pdf')}</FileLink>
    </p>
  );
}

/** The server's A4 print view (new tab) and the PDF, and the 緊急時カード made from the chart. */
function OutputLinks({ orgId }: { orgId: string }) {
  return (
    <>
      <ChartOutputLinks orgId={orgId} />
      <EmergencyCardLinks orgId={orgId} />
    </>
  );
}
