// Adds a user who already has a Mamori account (e.g. works in several facilities) to this organisation.
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { roleOptions } from '../../labels.ts';
import { useNotice } from '../../notice.tsx';

export function AddMemberForm({ orgId, onAdded }: { orgId: string; onAdded: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const add = useAction(api.addMember);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const loginId = String(form.get('loginId') ?? '').trim();
    if (await add.run(orgId, { loginId, role: String(form.get('role') ?? 'viewer') })) {
      formEl.reset();
      notify(t('members.added', { loginId }));
      onAdded();
    }
  };
  return (
    <Section title={t('members.addTitle')} id="add-member">
      <p>{t('members.addLead')}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={add.error} />
        <div className="form-grid">
          <TextField
            label={t('field.loginId')}
            name="loginId"
            required
            autoCapitalize="off"
            spellCheck={false}
            error={add.error?.field('loginId')}
          />
          <SelectField
            label={t('field.role')}
            name="role"
            defaultValue="editor"
            options={roleOptions(lang)}
            error={add.error?.field('role')}
          />
        </div>
        <button type="submit" disabled={add.pending}>
          {add.pending ? t('common.working') : t('members.addSubmit')}
        </button>
      </form>
    </Section>
  );
}
