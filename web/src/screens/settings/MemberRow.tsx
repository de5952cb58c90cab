// One member of the organisation: role change, password reset, removal.
import { useState } from 'react';
import type { Member } from '../../api-answers.ts';
import { ResetPasswordButton } from '../../components/ResetPassword.tsx';
import { jstDay } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { roleOptions } from '../../labels.ts';
import '../../messages/auth.ts';

interface Props {
  member: Member;
  busy: boolean;
  /** one's own password is changed on the account page, not reset */
  isSelf: boolean;
  /** the organisation's kind: an office names its roles differently */
  kind?: string;
  onRole: (member: Member, role: string) => void;
  onReset: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/** The short name of a role ("管理者"); the full guideline names are listed above the table. */
const shortRole = (label: string) => label.split(' (')[0] ?? label;

export function MemberRow({ member, kind, busy, isSelf, onRole, onReset, onRemove }: Props) {
  const t = useT();
  const lang = useLang();
  const [role, setRole] = useState<string>(member.role);
  const name = member.displayName;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <code>{member.loginId}</code>
      </td>
      <td>
        <div className="inline-form">
          <select aria-label={t('members.roleOf', { name })} value={role} onChange={(e) => setRole(e.target.value)}>
            {roleOptions(lang, kind).map((o) => (
              <option key={o.value} value={o.value}>
                {shortRole(o.label)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-small"
            disabled={busy || role === member.role}
            aria-label={t('members.changeRoleOf', { name })}
            onClick={() => onRole(member, role)}
          >
            {t('members.changeRole')}
          </button>
        </div>
      </td>
      <td>{member.mfaEnabled ? t('mfa.on') : t('mfa.off')}</td>
      <td>{jstDay(member.joinedAt)}</td>
      <td>
        <div className="button-row">
          {!isSelf && <ResetPasswordButton name={name} disabled={busy} onClick={() => onReset(member)} />}
          <button
            type="button"
            className="button-danger button-small"
            disabled={busy}
            aria-label={t('members.removeOf', { name })}
            onClick={() => onRemove(member)}
          >
            {t('members.remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}
