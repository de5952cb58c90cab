// Creating a user account: login ID, name and further fields (role, system administrator flag). The
// server returns a temporary password, which is shown once above the form; in an organisation, a login
// ID that is taken is invited instead, and the answer says only that an invitation was sent.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiError } from '../api.ts';
import type { CreatedUser, InviteAnswer } from '../api-answers.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { TextField } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { OneTimeSecret } from './OneTimeSecret.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { LoginIdField } from './UserFields.tsx';
import '../messages/admin.ts';
import '../messages/invitations.ts';

export interface NewUser {
  loginId: string;
  displayName: string;
}

interface Props {
  submitLabel: string;
  /** sends the new user; `form` holds the further fields too */
  create: (user: NewUser, form: FormData) => Promise<CreatedUser | InviteAnswer>;
  onCreated: () => void;
  /** the further fields, given the request's error for their messages */
  children: (error: ApiError | null) => ReactNode;
}

export function CreateUserForm({ submitLabel, create, onCreated, children }: Props) {
  const t = useT();
  const { notify } = useNotice();
  const action = useAction(create);
  const [created, setCreated] = useState<{ loginId: string; password: string } | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const user = { loginId: String(form.get('loginId') ?? '').trim(), displayName: String(form.get('displayName') ?? '').trim() };
    const result = await action.run(user, form);
    if (!result) return;
    formEl.reset();
    if ('invitation' in result) notify(t('invite.sent', { loginId: user.loginId }));
    else setCreated({ loginId: result.user.loginId, password: result.temporaryPassword ?? '' });
    onCreated();
  };

  return (
    <>
      {created && (
        <OneTimeSecret title={t('members.created')} loginId={created.loginId} secret={created.password} onDone={() => setCreated(null)} />
      )}
      <form onSubmit={submit} noValidate>
        <FormError error={action.error} />
        <div className="form-grid">
          <LoginIdField error={action.error} withHint />
          <TextField label={t('field.displayName')} name="displayName" required error={action.error?.field('displayName')} />
          {children(action.error)}
        </div>
        <SubmitButton pending={action.pending} label={submitLabel} />
      </form>
    </>
  );
}
