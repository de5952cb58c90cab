// Chooses the organisation to work in; switching keeps the section (the 機器台帳 of one clinic → the
// 機器台帳 of the other), or opens the other's home when the role there does not show that section.

import { useLocation, useNavigate } from '@tanstack/react-router';
import type { OrgSummary } from '../api-answers.ts';
import { switchTarget } from '../areas.ts';
import { useT } from '../i18n.ts';
import { useSignedIn } from '../session.tsx';

export function OrgSwitcher({ orgs, current }: { orgs: OrgSummary[]; current: string | undefined }) {
  const t = useT();
  const path = useLocation({ select: (l) => l.pathname });
  const navigate = useNavigate();
  const { user } = useSignedIn();
  if (orgs.length === 0) return null;
  return (
    <div className="org-switcher">
      <label htmlFor="org-switch">{t('header.org')}</label>
      <select
        id="org-switch"
        value={current ?? ''}
        onChange={(e) => {
          const org = orgs.find((o) => o.slug === e.target.value);
          if (org) void navigate({ href: switchTarget(org, path, user.isSystemAdmin) });
        }}
      >
        {!current && <option value="">{t('header.chooseOrg')}</option>}
        {orgs.map((o) => (
          <option key={o.id} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
