// First start: no user exists yet, so the first システム管理者 is created here, once.
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { FormError } from '../components/FormError.tsx';
import { NewAccountFields, useConfirmedPassword } from '../components/NewPasswordFields.tsx';
import { Page } from '../components/Page.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { useSession } from '../session.tsx';

export function SetupScreen() {
  const t = useT();
  const { refresh } = useSession();
  const { notify } = useNotice();
  const confirmed = useConfirmedPassword('password');
  const create = useAction(api.setupAdmin);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = confirmed.read(form);
    if (password === null) return;
    const done = await create.run({
      loginId: String(form.get('loginId') ?? ''),
      displayName: String(form.get('displayName') ?? ''),
      password,
    });
    if (done) {
      notify(t('setup.done'), '/login');
      await refresh();
    }
  };

  return (
    <Page title={t('setup.title')} lead={t('setup.lead')}>
      <form onSubmit={submit} noValidate className="stack">
        <FormError error={create.error} />
        <NewAccountFields error={create.error} mismatch={confirmed.mismatch} />
        <SubmitButton pending={create.pending} label={t('setup.submit')} />
      </form>
    </Page>
  );
}
