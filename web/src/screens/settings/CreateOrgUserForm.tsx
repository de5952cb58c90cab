// Creates a new user directly in this organisation; the temporary password is shown once.
import { type FormEvent, useState } from 'react';
import { api } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx';
import { Section } from '../../components/Page.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { roleOptions } from '../../labels.ts';

export function CreateOrgUserForm({ orgId, onCreated }: { orgId: string; onCreated: () => void }) {
  const t = useT();
  const lang = useLang();
  const create = useAction(api.createOrgUser);
  const [created, setCreated] = useState<{ loginId: string; password: string } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const result = await create.run(orgId, {
      loginId: String(form.get('loginId') ?? '').trim(),
      displayName: String(form.get('displayName') ?? '').trim(),
      role: String(form.get('role') ?? 'viewer'),
    });
    if (!result) return;
    formEl.reset();
    setCreated({ loginId: result.user.loginId, password: result.temporaryPassword ?? '' });
    onCreated();
  };
  return (
    <Section title={t('members.createTitle')} id="create-user">
      <p>{t('members.createLead')}</p>
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
          <SelectField
            label={t('field.role')}
            name="role"
            defaultValue="editor"
            options={roleOptions(lang)}
            error={create.error?.field('role')}
          />
        </div>
        <button type="submit" disabled={create.pending}>
          {create.pending ? t('common.working') : t('members.createSubmit')}
        </button>
      </form>
    </Section>
  );
}
