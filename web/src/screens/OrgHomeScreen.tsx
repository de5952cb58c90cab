// The organisation's home: for members of an institution, readiness for the 立入検査 in a fiscal year
// (for an office's, the count of its jurisdiction); then who it is,
// the caller's role, and (for administrators) its members count. Above all, incident mode: the way to
// start one (担当者・管理者) and a banner while one is open.
import { isOversight } from '../../../domain/organization.ts';
import { can } from '../../../domain/roles.ts';

import { api } from '../api.ts';
import type { OrgSummary } from '../api-answers.ts';
import { Loadable } from '../components/Loadable.tsx';
import { Page, Section } from '../components/Page.tsx';
import { formatDateLong } from '../dates.ts';
import { useLoad } from '../hooks.ts';
import { useLang, useT } from '../i18n.ts';
import { kindLabel, roleLabel } from '../labels.ts';
import { keys } from '../query.ts';
import { useSignedIn } from '../session.tsx';
import { FindingsSummary } from './home/FindingsSummary.tsx';
import { IncidentHome } from './home/IncidentHome.tsx';
import { JurisdictionSummary } from './home/JurisdictionSummary.tsx';
import { ReadinessSection } from './home/ReadinessSection.tsx';
import { ReviewsDue } from './home/ReviewsDue.tsx';
import { SubmissionsSection } from './home/SubmissionsSection.tsx';
import '../messages/admin.ts';
import '../messages/auth.ts';

export function OrgHomeScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const { user } = useSignedIn();
  const manages = can(org.role, 'org.manage', user.isSystemAdmin);
  // an office (保健所, 都道府県) keeps no ledgers: its home leads to its jurisdiction
  const institution = !isOversight(org.kind);
  const details = useLoad(keys.orgDetails(org.id), () => api.getOrg(org.id));
  const members = useLoad([...keys.members(org.id), manages], () => (manages ? api.listMembers(org.id) : Promise.resolve(null)));

  return (
    <Page title={org.name}>
      {/* a system administrator who is not a member may not read the organisation's records */}
      {org.role && institution && <IncidentHome org={org} />}
      {org.role && institution && <ReadinessSection org={org} />}
      {org.role && institution && <SubmissionsSection org={org} />}
      {org.role && institution && <FindingsSummary org={org} />}
      {org.role && institution && <ReviewsDue org={org} />}
      {org.role && !institution && <JurisdictionSummary org={org} />}
      <Loadable state={details}>
        {(o) => (
          <Section title={t('home.about')} id="about">
            <dl className="facts">
              <dt>{t('field.kind')}</dt>
              <dd>{kindLabel(o.kind, lang)}</dd>
              <dt>{t('field.prefecture')}</dt>
              <dd>{o.prefecture ?? t('common.notSet')}</dd>
              {o.address && (
                <>
                  <dt>{t('field.address')}</dt>
                  <dd>{o.address}</dd>
                </>
              )}
              {o.medicalInstitutionCode && (
                <>
                  <dt>{t('field.medicalInstitutionCode')}</dt>
                  <dd>{o.medicalInstitutionCode}</dd>
                </>
              )}
              {o.bedCount !== null && (
                <>
                  <dt>{t('field.bedCount')}</dt>
                  <dd>{o.bedCount}</dd>
                </>
              )}
              <dt>{t('home.yourRole')}</dt>
              <dd>{o.role ? roleLabel(o.role, lang, o.kind) : t('home.systemAdminOnly')}</dd>
              <dt>{t('mfa.title')}</dt>
              <dd>{o.requireMfa ? t('home.mfaRequired') : t('home.mfaOptional')}</dd>
              {manages && members.data && (
                <>
                  <dt>{t('home.members')}</dt>
                  <dd>{t('home.membersCount', { count: members.data.members.length })}</dd>
                </>
              )}
              <dt>{t('home.registered')}</dt>
              <dd>{formatDateLong(o.createdAt, lang)}</dd>
            </dl>
          </Section>
        )}
      </Loadable>
    </Page>
  );
}
