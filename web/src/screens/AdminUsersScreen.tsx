// System administration: every user account, creating one (temporary password shown once), resets.
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import type { User } from '../api-types.ts';
import { CheckboxField, TextField } from '../components/Field.tsx';
import { FormError } from '../components/FormError.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { OneTimeSecret } from '../components/OneTimeSecret.tsx';
import { Page, Section } from '../components/Page.tsx';
import { useResetPassword } from '../components/ResetPassword.tsx';
import { formatDateTimeShort } from '../dates.ts';
import { useAction, useLoad } from '../hooks.ts';
import { type Translate, useT } from '../i18n.ts';

function status(u: User, t: Translate): string {
  const parts = [u.disabled && t('users.disabled'), u.locked && t('users.locked'), u.mustChangePassword && t('users.mustChange')].filter(
    (p): p is string => typeof p === 'string',
  );
  return parts.length ? parts.join(', ') : t('users.active');
}

function UsersTable({ users, onReset }: { users: User[]; onReset: (u: User) => void }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('field.displayName')}</th>
            <th scope="col">{t('field.loginId')}</th>
            <th scope="col">{t('role.systemAdmin')}</th>
            <th scope="col">{t('mfa.short')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('account.lastLogin')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
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
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('members.resetOf', { name: u.displayName })}
                  onClick={() => onReset(u)}
                >
                  {t('members.reset')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AdminUsersScreen() {
  const t = useT();
  const users = useLoad('users', api.listUsers);
  const create = useAction(api.createUser);
  const reset = useResetPassword();
  const [created, setCreated] = useState<{ loginId: string; password: string } | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const result = await create.run({
      loginId: String(form.get('loginId') ?? '').trim(),
      displayName: String(form.get('displayName') ?? '').trim(),
      isSystemAdmin: form.get('isSystemAdmin') === 'on',
    });
    if (!result) return;
    formEl.reset();
    setCreated({ loginId: result.user.loginId, password: result.temporaryPassword ?? '' });
    users.reload();
  };

  return (
    <Page title={t('users.title')} lead={t('users.lead')}>
      <Section title={t('users.list')} id="user-list">
        {reset.ui}
        <Loadable state={users}>{(data) => <UsersTable users={data.users} onReset={(u) => reset.ask(u)} />}</Loadable>
      </Section>
      <Section title={t('users.create')} id="user-create">
        {created && (
          <OneTimeSecret title={t('members.created')} loginId={created.loginId} secret={created.password} onDone={() => setCreated(null)} />
        )}
        <form onSubmit={submit} noValidate>
          <FormError error={create.error} />
          <div className="form-grid">
            <TextField
              label={t('field.loginId')}
              name="loginId"
              required
              autoCapitalize="off"
              spellCheck={false}
              hint={t('field.loginIdHint')}
              error={create.error?.field('loginId')}
            />
            <TextField label={t('field.displayName')} name="displayName" required error={create.error?.field('displayName')} />
            <CheckboxField label={t('users.makeSystemAdmin')} name="isSystemAdmin" className="span-2" hint={t('users.systemAdminHint')} />
          </div>
          <button type="submit" disabled={create.pending}>
            {create.pending ? t('common.working') : t('users.createSubmit')}
          </button>
        </form>
      </Section>
    </Page>
  );
}
