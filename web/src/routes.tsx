// The signed-in routes. Organisation pages resolve the slug against the session's organisations.
import { useEffect } from 'react';
import type { OrgSummary, User } from './api-answers.ts';
import { type Area, canSee, ORG_AREAS } from './areas.ts';
import { matchPath, navigate, useLocation } from './router.ts';
import { AccountScreen } from './screens/AccountScreen.tsx';
import { AdminOrgsScreen } from './screens/AdminOrgsScreen.tsx';
import { AdminUsersScreen } from './screens/AdminUsersScreen.tsx';
import { AuditScreen } from './screens/AuditScreen.tsx';
import { CatalogAdminScreen } from './screens/catalog-admin/CatalogAdminScreen.tsx';
import { AssessmentScreen } from './screens/checklist/AssessmentScreen.tsx';
import { ChecklistScreen } from './screens/checklist/ChecklistScreen.tsx';
import { ConnectionsScreen } from './screens/connections/ConnectionsScreen.tsx';
import { ContactsScreen } from './screens/contacts/ContactsScreen.tsx';
import { DeviceFormScreen } from './screens/devices/DeviceFormScreen.tsx';
import { DeviceImportScreen } from './screens/devices/DeviceImportScreen.tsx';
import { DevicesScreen } from './screens/devices/DevicesScreen.tsx';
import { EvidenceScreen } from './screens/EvidenceScreen.tsx';
import { FeedsAdminScreen } from './screens/findings/FeedsAdminScreen.tsx';
import { FindingsScreen } from './screens/findings/FindingsScreen.tsx';
import { InvitationsScreen } from './screens/invitations/InvitationsScreen.tsx';
import { MfaEnrolScreen } from './screens/MfaEnrolScreen.tsx';
import { NoOrganizationScreen, NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { OrgHomeScreen } from './screens/OrgHomeScreen.tsx';
import { OrgSettingsScreen } from './screens/OrgSettingsScreen.tsx';
import { PlannedAreaScreen } from './screens/PlannedAreaScreen.tsx';
import { useSignedIn } from './session.tsx';

const LAST_ORG_KEY = 'mamori.lastOrg';

/** "/" opens the organisation last worked in (or the first); a system administrator without one gets administration. */
function Home({ user, orgs }: { user: User; orgs: OrgSummary[] }) {
  const target = orgs.find((o) => o.slug === localStorage.getItem(LAST_ORG_KEY)) ?? orgs[0];
  const to = target ? `/o/${encodeURIComponent(target.slug)}` : user.isSystemAdmin ? '/admin/orgs' : null;
  useEffect(() => {
    if (to) navigate(to, { replace: true });
  }, [to]);
  return to ? null : <NoOrganizationScreen />;
}

function OrgArea({ org, area }: { org: OrgSummary; area: Area }) {
  if (area.planned) return <PlannedAreaScreen key={area.id} area={area} />;
  switch (area.id) {
    case 'checklist':
      return <ChecklistScreen key={org.id} org={org} />;
    case 'contacts':
      return <ContactsScreen key={org.id} org={org} />;
    case 'devices':
      return <DevicesScreen key={org.id} org={org} />;
    case 'connections':
      return <ConnectionsScreen key={org.id} org={org} />;
    case 'findings':
      return <FindingsScreen key={org.id} org={org} />;
    case 'evidence':
      return <EvidenceScreen key={org.id} org={org} />;
    case 'audit':
      return <AuditScreen key={org.id} org={org} />;
    case 'settings':
      return <OrgSettingsScreen key={org.id} org={org} />;
    default:
      return <OrgHomeScreen key={org.id} org={org} />;
  }
}

export function Routes() {
  const { path } = useLocation();
  const { user, organizations } = useSignedIn();
  if (path === '/') return <Home user={user} orgs={organizations} />;
  if (path === '/account') return <AccountScreen />;
  if (path === '/account/mfa') return <MfaEnrolScreen />;
  if (path === '/invitations') return <InvitationsScreen />;
  if (user.isSystemAdmin) {
    if (path === '/admin/orgs') return <AdminOrgsScreen />;
    if (path === '/admin/users') return <AdminUsersScreen />;
    if (path === '/admin/audit') return <AuditScreen key="system" org={null} />;
    if (path === '/admin/catalog') return <CatalogAdminScreen />;
    if (path === '/admin/feeds') return <FeedsAdminScreen />;
  }
  const sheet = matchPath('/o/:slug/checklist/:assessmentId', path);
  if (sheet) {
    const org = organizations.find((o) => o.slug === sheet.slug);
    const checklist = ORG_AREAS.find((a) => a.id === 'checklist');
    if (org && checklist && canSee(checklist, org.role, user.isSystemAdmin) && sheet.assessmentId) {
      return <AssessmentScreen key={`${org.id}:${sheet.assessmentId}`} org={org} assessmentId={sheet.assessmentId} />;
    }
    return <NotFoundScreen />;
  }
  const device = matchPath('/o/:slug/devices/:deviceId', path);
  if (device) {
    const org = organizations.find((o) => o.slug === device.slug);
    const area = ORG_AREAS.find((a) => a.id === 'devices');
    if (!org || !area || !canSee(area, org.role, user.isSystemAdmin)) return <NotFoundScreen />;
    if (device.deviceId === 'import') return <DeviceImportScreen key={org.id} org={org} />;
    const id = device.deviceId === 'new' ? null : (device.deviceId ?? null);
    return <DeviceFormScreen key={`${org.id}:${id}`} org={org} deviceId={id} />;
  }
  const m = matchPath('/o/:slug', path) ?? matchPath('/o/:slug/:area', path);
  const org = m ? organizations.find((o) => o.slug === m.slug) : undefined;
  const area = m ? ORG_AREAS.find((a) => a.segment === (m.area ?? '')) : undefined;
  if (org && area && canSee(area, org.role, user.isSystemAdmin)) return <OrgArea org={org} area={area} />;
  return <NotFoundScreen />;
}
