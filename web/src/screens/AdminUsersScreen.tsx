// System administration: every user account, creating one (temporary password shown once), resets.
import { api } from '../api.ts';
import type { User } from '../api-answers.ts';
import { CreateUserForm } from '../components/CreateUserForm.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { CheckboxField } from '../components/Field.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Page, Section } from '../components/Page.tsx';
import { ResetPasswordButton, useResetPassword } from '../components/ResetPassword.tsx';
import { formatDateTimeShort } from '../dates.ts';
import { useLoad } from '../hooks.ts';
import { type Translate, useT } from '../i18n.ts';
import { invalidate, keys } from '../query.ts';
import '../messages/auth.ts';

function status(u: User, t: Translate): string {
  const parts = [u.disabled && t('users.disabled'), u.locked && t('users.locked'), u.mustChangePassword && t('users.mustChange')].filter(
    (p): p is string => typeof p === 'string',
  );
  return parts.length ? parts.join(', ') : t('users.active');
}

function UsersTable({ users, onReset }: { users: User[]; onReset: (u: User) => void }) {
  const t = useT();
  const columns = [
    t('field.displayName'),
    t('field.loginId'),
    t('role.systemAdmin'),
    t('mfa.short'),
    t('users.status'),
    t('account.lastLogin'),
    t('common.actions'),
  ];
  return (
    <DataTable columns={columns} rows={users}>
      {(u) => (
        <tr key={u.id}>
          <th scope="row">{u.displayName}</th>
          <td>
            <code>{u.loginId}</code>
          </td>
          <td>{u.isSystemAdmin ? t('common.yes') : t('common.no')}</td>
          <td>{u.mfaEnabled ? t('mfa.on') : t('mfa.off')}</td>
          <td>{status(u, t)}</td>
          <td>{u.lastLoginAt ? formatDateTimeShort(u.lastLoginAt) : t('common.never')}</td>
          <td>
            <ResetPasswordButton name={u.displayName} onClick={() => onReset(u)} />
          </td>
        </tr>
      )}
    </DataTable>
  );
}

export function AdminUsersScreen() {
  const t = useT();
  const users = useLoad(keys.users, api.listUsers);
  const reset = useResetPassword();

  return (
    <Page title={t('users.title')} lead={t('users.lead')}>
      <Section title={t('users.list')} id="user-list">
        {reset.ui}
        <Loadable state={users}>{(data) => <UsersTable users={data.users} onReset={(u) => reset.ask(u)} />}</Loadable>
      </Section>
      <Section title={t('users.create')} id="user-create">
        <CreateUserForm
          submitLabel={t('users.createSubmit')}
          create={(user, form) => api.createUser({ ...user, isSystemAdmin: form.get('isSystemAdmin') === 'on' })}
          onCreated={() => void invalidate(keys.users)}
        >
          {() => (
            <CheckboxField label={t('users.makeSystemAdmin')} name="isSystemAdmin" className="span-2" hint={t('users.systemAdminHint')} />
          )}
        </CreateUserForm>
      </Section>
    </Page>
  );
}
