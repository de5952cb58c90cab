// /vendor/invitations/$invitationId: the 事業者確認用 of one invitation (one per system, or one), each
// with where it stands and how far it is answered; below, the MDS/SDS of the invitation's systems.
import { reviewStatusLabels } from '../../../../domain/vendors/invitation.ts';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/vendor-portal.ts';
import { VendorDisclosures } from './VendorDisclosures.tsx';

export function InvitationFormsScreen({ invitationId }: { invitationId: string }) {
  const t = useT();
  const lang = useLang();
  const list = useLoad(['vendor-portal', 'invitation', invitationId], () => api.vendorForms(invitationId));
  return (
    <Page title={t('portal.col.forms')} lead={t('vform.lead')}>
      <p className="no-print">
        <Link to="/vendor">{t('portal.back')}</Link>
      </p>
      <Loadable state={list}>
        {({ forms }) => (
          <DataTable
            columns={[t('portal.col.forms'), t('portal.col.systems'), t('portal.col.status')]}
            rows={forms}
            empty={t('portal.formsEmpty')}
            className="portal-forms"
          >
            {(f) => (
              <tr key={f.id}>
                <th scope="row">
                  <Link to="/vendor/forms/$assessmentId" params={{ assessmentId: f.id }}>
                    {[f.fiscalYearLabel, f.formLabel].join(' ')}
                  </Link>
                </th>
                <td lang="ja">{f.systemName ?? t('portal.noSystem')}</td>
                <td>
                  {f.review.status ? reviewStatusLabels[f.review.status][lang] : '—'}{' '}
                  <small>{t('portal.progress', { answered: f.progress.answered, total: f.progress.total })}</small>
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
      <VendorDisclosures invitationId={invitationId} />
    </Page>
  );
}
