// The organisation's open invitations (and those declined or expired lately), with revocation. Only
// the login ID as typed is shown: nothing tells whether an account has it.
import { api } from '../../api.ts';
import type { OrgInvitation } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { formatDateTimeShort } from '../../dates.ts';
import type { Loaded } from '../../hooks.ts';
import { useAction } from '../../hooks.ts';
import { type MessageKey, useLang, useT } from '../../i18n.ts';
import { roleLabel } from '../../labels.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/invitations.ts';

export function InvitationsSection({ orgId, invitations }: { orgId: string; invitations: Loaded<{ invitations: OrgInvitation[] }> }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const revoke = useAction((i: OrgInvitation) => api.revokeInvitation(orgId, i.id));
  const onRevoke = async (i: OrgInvitation) => {
    if (!(await revoke.run(i))) return;
    notify(t('invite.revoked', { loginId: i.loginId }));
    void invalidate(keys.invitations(orgId));
  };
  const columns = [
    t('field.loginId'),
    t('field.role'),
    t('invite.invitedBy'),
    t('invite.expiresAt'),
    t('invite.status'),
    t('common.actions'),
  ];
  return (
    <Section title={t('invite.listTitle')} id="invitations">
      <FormError error={revoke.error} />
      <Loadable state={invitations}>
        {(data) => (
          <DataTable columns={columns} rows={data.invitations} empty={t('invite.empty')}>
            {(i) => (
              <tr key={i.id}>
                <th scope="row">
                  <code>{i.loginId}</code>
                </th>
                <td>{roleLabel(i.role, lang).split(' (')[0]}</td>
                <td>{i.invitedBy ?? '—'}</td>
                <td>{formatDateTimeShort(i.expiresAt)}</td>
                <td>{t(`invite.status.${i.status}` as MessageKey)}</td>
                <td>
                  {i.status === 'pending' && (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={revoke.pending}
                      aria-label={t('invite.revokeOf', { loginId: i.loginId })}
                      onClick={() => void onRevoke(i)}
                    >
                      {t('invite.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
    </Section>
  );
}
