// Creates a new user directly in this organisation; the temporary password is shown once.
import { ROLES } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import { CreateUserForm } from '../../components/CreateUserForm.tsx';
import { Section } from '../../components/Page.tsx';
import { RoleField } from '../../components/UserFields.tsx';
import { optionValue } from '../../form-values.ts';
import { useT } from '../../i18n.ts';

export function CreateOrgUserForm({ orgId, kind, onCreated }: { orgId: string; kind?: string; onCreated: () => void }) {
  const t = useT();
  return (
    <Section title={t('members.createTitle')} id="create-user">
      <p>{t('members.createLead')}</p>
      <CreateUserForm
        submitLabel={t('members.createSubmit')}
        create={(user, form) => api.createOrgUser(orgId, { ...user, role: optionValue(ROLES, String(form.get('role') ?? 'viewer')) })}
        onCreated={onCreated}
      >
        {(error) => <RoleField error={error} kind={kind} />}
      </CreateUserForm>
    </Section>
  );
}
