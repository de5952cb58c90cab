// Brings a user who already has a Mamori account (e.g. works in several facilities) into this
// organisation by login ID: an invitation they accept (any administrator), or directly (system
// administrator only). The invitation's answer is the same whether the login ID exists or not.
import type { FormEvent } from 'react';
import { ROLES, type Role } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { LoginIdField, RoleField } from '../../components/UserFields.tsx';
import { optionValue } from '../../form-values.ts';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/admin.ts';
import '../../messages/invitations.ts';

const send = (direct: boolean, orgId: string, body: { loginId: string; role: Role }): Promise<unknown> =>
  direct ? api.addMember(orgId, body) : api.invite(orgId, body);

export function AddMemberForm({
  orgId,
  kind,
  direct = false,
  onAdded,
}: {
  orgId: string;
  kind?: string;
  direct?: boolean;
  onAdded: () => void;
}) {
  const t = useT();
  const { notify } = useNotice();
  const add = useAction(send);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const loginId = String(form.get('loginId') ?? '').trim();
    if (await add.run(direct, orgId, { loginId, role: optionValue(ROLES, String(form.get('role') ?? 'viewer')) })) {
      formEl.reset();
      notify(t(direct ? 'members.added' : 'invite.sent', { loginId }));
      onAdded();
    }
  };
  return (
    <Section title={t(direct ? 'members.addTitle' : 'invite.title')} id={direct ? 'add-member' : 'invite-member'}>
      <p>{t(direct ? 'members.addLead' : 'invite.lead')}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={add.error} />
        <div className="form-grid">
          <LoginIdField error={add.error} />
          <RoleField error={add.error} kind={kind} />
        </div>
        <SubmitButton pending={add.pending} label={t(direct ? 'members.addSubmit' : 'invite.submit')} />
      </form>
    </Section>
  );
}
