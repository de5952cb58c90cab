// Adds a user who already has a Mamori account (e.g. works in several facilities) to this organisation.
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { LoginIdField, RoleField } from '../../components/UserFields.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';

export function AddMemberForm({ orgId, onAdded }: { orgId: string; onAdded: () => void }) {
  const t = useT();
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
          <LoginIdField error={add.error} />
          <RoleField error={add.error} />
        </div>
        <SubmitButton pending={add.pending} label={t('members.addSubmit')} />
      </form>
    </Section>
  );
}
