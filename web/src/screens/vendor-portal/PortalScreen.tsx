// /vendor: a person at a vendor sees the invitations of every institution that invited them, per
// fiscal year, with the systems and where each stands.
import { fiscalYear } from '../../../../domain/dates/fiscal-year.ts';
import { invitationStatusLabels } from '../../../../domain/vendors/invitation.ts';
import type { PortalInvitation } from '../../api/vendor-portal.ts';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/vendor-portal.ts';

export function PortalScreen() {
  const t = useT();
  const list = useLoad(['vendor-portal', 'invitations'], () => api.vendorInvitations());
  return (
    <Page title={t('portal.title')} lead={t('portal.lead')}>
      <Loadable state={list}>{({ invitations }) => <InvitationTable invitations={invitations} />}</Loadable>
    </Page>
  );
}

function InvitationTable({ invitations }: { invitations: PortalInvitation[] }) {
  const t = useT();
  const lang = useLang();
  const columns = [
    t('portal.col.institution'),
    t('portal.col.vendor'),
    t('portal.col.year'),
    t('portal.col.systems'),
    t('portal.col.status'),
  ];
  return (
    <DataTable columns={columns} rows={invitations} empty={t('portal.empty')} className="portal-table">
      {(i) => (
        <tr key={i.id}>
          <th scope="row" lang="ja">
            {i.institution}
          </th>
          <td lang="ja">{i.vendorName}</td>
          <td>{fiscalYear(i.fiscalYear).label}</td>
          <td lang="ja">{i.systems.map((s) => s.name).join('、') || t('portal.allSystems')}</td>
          <td>{invitationStatusLabels[i.status][lang]}</td>
          <td>
            {i.status === 'accepted' && (
              <Link
                to="/vendor/invitations/$invitationId"
                params={{ invitationId: i.id }}
                aria-label={t('portal.openFormsOf', { institution: i.institution, year: fiscalYear(i.fiscalYear).label })}
              >
                {t('portal.openForms')}
              </Link>
            )}
          </td>
        </tr>
      )}
    </DataTable>
  );
}
