// Chooses the organisation to work in; switching opens that organisation's home.
import type { OrgSummary } from '../api-answers.ts';
import { useT } from '../i18n.ts';
import { navigate } from '../router.ts';

export function OrgSwitcher({ orgs, current }: { orgs: OrgSummary[]; current: string | undefined }) {
  const t = useT();
  if (orgs.length === 0) return null;
  return (
    <div className="org-switcher">
      <label htmlFor="org-switch">{t('header.org')}</label>
      <select
        id="org-switch"
        value={current ?? ''}
        onChange={(e) => e.target.value && navigate(`/o/${encodeURIComponent(e.target.value)}`)}
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
