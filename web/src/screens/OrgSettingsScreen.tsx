// The organisation's settings (its administrators, or a system administrator): details, members and
// invitations.

import { isOversight } from '../../../domain/organization.ts';
import { api } from '../api.ts';
import type { OrgSummary } from '../api-answers.ts';
import { Loadable } from '../components/Loadable.tsx';
import { OrgForm } from '../components/OrgForm.tsx';
import { Page, Section } from '../components/Page.tsx';
import { useAction, useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { invalidate, keys } from '../query.ts';
import { useSignedIn } from '../session.tsx';
import { AddMemberForm } from './settings/AddMemberForm.tsx';
import { CreateOrgUserForm } from './settings/CreateOrgUserForm.tsx';
import { InvitationsSection } from './settings/InvitationsSection.tsx';
import { LiveAccessSection } from './settings/LiveAccessSection.tsx';
import { MembersSection } from './settings/MembersSection.tsx';
import { OversightSection } from './settings/OversightSection.tsx';

export function OrgSettingsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const { user, refresh } = useSignedIn();
  const { notify } = useNotice();
  const details = useLoad(keys.orgDetails(org.id), () => api.getOrg(org.id));
  const members = useLoad(keys.members(org.id), () => api.listMembers(org.id));
  const invitations = useLoad(keys.invitations(org.id), () => api.listInvitations(org.id));
  const save = useAction(api.updateOrg);

  return (
    <Page title={t('settings.title')} lead={t('settings.lead', { name: org.name })}>
      <Section title={t('settings.details')} id="details">
        <Loadable state={details}>
          {(o) => (
            <OrgForm
              key={o.updatedAt}
              initial={o}
              withSlug={false}
              submitLabel={t('common.save')}
              pending={save.pending}
              error={save.error}
              onSubmit={async (input) => {
                if (!(await save.run(o.id, input))) return;
                notify(t('settings.saved'));
                void invalidate(keys.org(o.id));
                await refresh(); // the name in the switcher and navigation
              }}
            />
          )}
        </Loadable>
      </Section>
      {org.role === 'admin' && !isOversight(org.kind) && (
        <>
          <OversightSection org={org} />
          <LiveAccessSection org={org} />
        </>
      )}
      <MembersSection org={org} members={members} />
      <InvitationsSection orgId={org.id} invitations={invitations} />
      <CreateOrgUserForm
        orgId={org.id}
        kind={org.kind}
        onCreated={() => {
          // a login ID that was taken became an invitation: members and invitations both
          void invalidate(keys.org(org.id));
        }}
      />
      <AddMemberForm orgId={org.id} kind={org.kind} onAdded={() => void invalidate(keys.invitations(org.id))} />
      {user.isSystemAdmin && (
        <AddMemberForm
          orgId={org.id}
          kind={org.kind}
          direct
          onAdded={() => {
            void invalidate(keys.org(org.id));
            void refresh(); // the caller may have added themself
          }}
        />
      )}
    </Page>
  );
}
