// 招待: the invitations addressed to the signed-in person (organisation, role, who invited, until when),
// accepted or declined here. An organisation that requires MFA is joined once MFA is set up.
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../api.ts';
import type { OwnInvitation } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { orgHomeLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import { InvitationCard } from './InvitationCard.tsx';

export function InvitationsScreen() {
  const navigate = useNavigate();
  const t = useT();
  const { user, refresh } = useSignedIn();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const own = useLoad(keys.ownInvitations, api.ownInvitations);
  const accept = useAction((i: OwnInvitation) => api.acceptInvitation(i.organization.id, i.id));
  const decline = useAction((i: OwnInvitation) => api.declineInvitation(i.organization.id, i.id));

  const onAccept = async (i: OwnInvitation) => {
    const done = await accept.run(i);
    if (!done) return;
    void invalidate(keys.ownInvitations);
    await refresh(); // the organisation joins the switcher and navigation
    await navigate(orgHomeLink(done.organization.slug)); // the notice belongs to the page it opens
    notify(t('invitations.accepted', { org: i.organization.name }));
  };

  const onDecline = async (i: OwnInvitation) => {
    const org = i.organization.name;
    const ok = await confirm({
      title: t('invitations.declineTitle'),
      message: t('invitations.declineConfirm', { org }),
      confirmLabel: t('invitations.decline'),
      danger: true,
    });
    if (!ok || !(await decline.run(i))) return;
    notify(t('invitations.declined', { org }));
    void invalidate(keys.ownInvitations);
  };

  return (
    <Page title={t('invitations.title')} lead={t('invitations.lead')}>
      {dialog}
      <FormError error={accept.error ?? decline.error} />
      <Loadable state={own}>
        {(data) =>
          data.invitations.length === 0 ? (
            <p>{t('invitations.empty')}</p>
          ) : (
            data.invitations.map((i) => (
              <InvitationCard
                key={i.id}
                invitation={i}
                needsMfa={i.requireMfa && !user.mfaEnabled}
                busy={accept.pending || decline.pending}
                onAccept={() => void onAccept(i)}
                onDecline={() => void onDecline(i)}
              />
            ))
          )
        }
      </Loadable>
    </Page>
  );
}
