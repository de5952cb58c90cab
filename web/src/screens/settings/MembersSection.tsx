// The organisation's members, with role changes, password resets and removal. Only what belongs to this
// organisation is shown: no last sign-in (account-wide activity), nothing of other organisations.
import { ROLES, type Role, roleLabelsOf } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { Member, OrgSummary } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { useResetPassword } from '../../components/ResetPassword.tsx';
import { optionValue } from '../../form-values.ts';
import type { Loaded } from '../../hooks.ts';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import { MemberRow } from './MemberRow.tsx';

export function MembersSection({ org, members }: { org: OrgSummary; members: Loaded<{ members: Member[] }> }) {
  const t = useT();
  const lang = useLang();
  const { user, refresh } = useSignedIn();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const reset = useResetPassword();
  const change = useAction((m: Member, role: string) => api.changeRole(org.id, m.userId, optionValue(ROLES, role)));
  const remove = useAction((m: Member) => api.removeMember(org.id, m.userId));

  const afterChange = async (m: Member, message: string) => {
    notify(message);
    void invalidate(keys.org(org.id));
    if (m.userId === user.id) await refresh(); // one's own role decides what one may see
  };

  const onRole = async (m: Member, role: string) => {
    if (await change.run(m, role))
      await afterChange(m, t('members.roleChanged', { name: m.displayName, role: roleLabelsOf(org.kind)[role as Role][lang] }));
  };

  const onRemove = async (m: Member) => {
    const ok = await confirm({
      title: t('members.removeTitle'),
      message: t('members.removeConfirm', { name: m.displayName, org: org.name }),
      confirmLabel: t('members.remove'),
      danger: true,
    });
    if (ok && (await remove.run(m))) await afterChange(m, t('members.removed', { name: m.displayName }));
  };

  const columns = [t('field.displayName'), t('field.loginId'), t('field.role'), t('mfa.short'), t('members.joinedAt'), t('common.actions')];

  return (
    <Section title={t('members.title')} id="members">
      {dialog}
      {reset.ui}
      <FormError error={change.error ?? remove.error} />
      <dl className="role-legend">
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{roleLabelsOf(org.kind)[r][lang].split(' (')[0]}</dt>
            <dd>{roleLabelsOf(org.kind)[r][lang]}</dd>
          </div>
        ))}
      </dl>
      <Loadable state={members}>
        {(data) => (
          <DataTable columns={columns} rows={data.members}>
            {(m) => (
              <MemberRow
                key={`${m.userId}:${m.role}`}
                member={m}
                kind={org.kind}
                busy={change.pending || remove.pending}
                isSelf={m.userId === user.id}
                onRole={(mm, role) => void onRole(mm, role)}
                onReset={(mm) => reset.ask({ id: mm.userId, loginId: mm.loginId, displayName: mm.displayName })}
                onRemove={(mm) => void onRemove(mm)}
              />
            )}
          </DataTable>
        )}
      </Loadable>
    </Section>
  );
}
