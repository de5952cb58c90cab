// The signed-in routes. Organisation pages resolve the slug against the session's organisations.
import { useEffect } from 'react';
import type { OrgSummary, User } from './api-answers.ts';
import { type Area, canSee, ORG_AREAS } from './areas.ts';
import { lazyNamed } from './lazy.tsx';
import { matchPath, navigate, useLocation } from './router.ts';
// also the forced enrolment before sign-in completes (App.tsx): part of the first load anyway
import { MfaEnrolScreen } from './screens/MfaEnrolScreen.tsx';
import { NoOrganizationScreen, NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { useSignedIn } from './session.tsx';

// every screen is its own file, downloaded when first shown (lazy.tsx)
const AccountScreen = lazyNamed(() => import('./screens/AccountScreen.tsx'), 'AccountScreen');
const AdminOrgsScreen = lazyNamed(() => import('./screens/AdminOrgsScreen.tsx'), 'AdminOrgsScreen');
const AdminUsersScreen = lazyNamed(() => import('./screens/AdminUsersScreen.tsx'), 'AdminUsersScreen');
const AuditScreen = lazyNamed(() => import('./screens/AuditScreen.tsx'), 'AuditScreen');
const CatalogAdminScreen = lazyNamed(() => import('./screens/catalog-admin/CatalogAdminScreen.tsx'), 'CatalogAdminScreen');
const AssessmentScreen = lazyNamed(() => import('./screens/checklist/AssessmentScreen.tsx'), 'AssessmentScreen');
const ChecklistScreen = lazyNamed(() => import('./screens/checklist/ChecklistScreen.tsx'), 'ChecklistScreen');
const ConnectionsScreen = lazyNamed(() => import('./screens/connections/ConnectionsScreen.tsx'), 'ConnectionsScreen');
const ContactsScreen = lazyNamed(() => import('./screens/contacts/ContactsScreen.tsx'), 'ContactsScreen');
const DeviceFormScreen = lazyNamed(() => import('./screens/devices/DeviceFormScreen.tsx'), 'DeviceFormScreen');
const DeviceImportScreen = lazyNamed(() => import('./screens/devices/DeviceImportScreen.tsx'), 'DeviceImportScreen');
const DevicesScreen = lazyNamed(() => import('./screens/devices/DevicesScreen.tsx'), 'DevicesScreen');
const EvidenceScreen = lazyNamed(() => import('./screens/EvidenceScreen.tsx'), 'EvidenceScreen');
const FeedsAdminScreen = lazyNamed(() => import('./screens/findings/FeedsAdminScreen.tsx'), 'FeedsAdminScreen');
const FindingsScreen = lazyNamed(() => import('./screens/findings/FindingsScreen.tsx'), 'FindingsScreen');
const InvitationsScreen = lazyNamed(() => import('./screens/invitations/InvitationsScreen.tsx'), 'InvitationsScreen');
const OrgHomeScreen = lazyNamed(() => import('./screens/OrgHomeScreen.tsx'), 'OrgHomeScreen');
const OrgSettingsScreen = lazyNamed(() => import('./screens/OrgSettingsScreen.tsx'), 'OrgSettingsScreen');
const PlannedAreaScreen = lazyNamed(() => import('./screens/PlannedAreaScreen.tsx'), 'PlannedAreaScreen');

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

/** The screen of each organisation area (the others are planned). */
const AREA_SCREENS = {
  home: OrgHomeScreen,
  checklist: ChecklistScreen,
  contacts: ContactsScreen,
  devices: DevicesScreen,
  connections: ConnectionsScreen,
  findings: FindingsScreen,
  evidence: EvidenceScreen,
  audit: AuditScreen,
  settings: OrgSettingsScreen,
} as const;

/** map[key] for a key that may not be in the map */
const pick = <T extends object>(map: T, key: string): T[keyof T] | undefined => (key in map ? map[key as keyof T] : undefined);
const areaScreen = (id: string) => pick(AREA_SCREENS, id);

function OrgArea({ org, area }: { org: OrgSummary; area: Area }) {
  const Screen = area.planned ? undefined : areaScreen(area.id);
  if (!Screen) return <PlannedAreaScreen key={area.id} area={area} />;
  return <Screen key={org.id} org={org} />;
}

/** The screens of paths of their own, and those only a system administrator reaches. */
const PATH_SCREENS = { '/account': AccountScreen, '/invitations': InvitationsScreen } as const;
const ADMIN_SCREENS = {
  '/admin/orgs': AdminOrgsScreen,
  '/admin/users': AdminUsersScreen,
  '/admin/catalog': CatalogAdminScreen,
  '/admin/feeds': FeedsAdminScreen,
} as const;

type Target =
  | { kind: 'sheet'; slug: string; assessmentId: string }
  | { kind: 'device'; slug: string; deviceId: string }
  | { kind: 'area'; slug: string; segment: string };

/** What an organisation path points at, before the organisation and the role are checked. */
function orgTarget(path: string): Target | null {
  const sheet = matchPath('/o/:slug/checklist/:assessmentId', path);
  if (sheet?.slug && sheet.assessmentId) return { kind: 'sheet', slug: sheet.slug, assessmentId: sheet.assessmentId };
  const device = matchPath('/o/:slug/devices/:deviceId', path);
  if (device?.slug && device.deviceId) return { kind: 'device', slug: device.slug, deviceId: device.deviceId };
  const m = matchPath('/o/:slug', path) ?? matchPath('/o/:slug/:area', path);
  return m?.slug ? { kind: 'area', slug: m.slug, segment: m.area ?? '' } : null;
}

/**
 * Starts fetching the screen a path shows, so that it is there when the session is: called once at
 * start-up with the URL the browser opened (a bookmark to an answer sheet loads sheet and session
 * side by side instead of one after the other).
 */
export function preloadScreen(path: string): void {
  try {
    preloadFor(path);
  } catch {
    // a malformed address (/o/%E0): nothing to fetch ahead; the router shows it as not found
  }
}

function preloadFor(path: string): void {
  const fixed = pick(PATH_SCREENS, path) ?? pick(ADMIN_SCREENS, path);
  const target = fixed ? null : orgTarget(path);
  const screen =
    fixed ??
    (target?.kind === 'sheet'
      ? AssessmentScreen
      : target?.kind === 'device'
        ? target.deviceId === 'import'
          ? DeviceImportScreen
          : DeviceFormScreen
        : target
          ? areaScreen(ORG_AREAS.find((a) => a.segment === target.segment)?.id ?? '')
          : undefined);
  screen?.preload().catch(() => undefined); // a failure shows when the screen renders
}

export function Routes() {
  const { path } = useLocation();
  const { user, organizations } = useSignedIn();
  if (path === '/') return <Home user={user} orgs={organizations} />;
  if (path === '/account/mfa') return <MfaEnrolScreen />;
  const Fixed = pick(PATH_SCREENS, path);
  if (Fixed) return <Fixed />;
  if (user.isSystemAdmin) {
    if (path === '/admin/audit') return <AuditScreen key="system" org={null} />;
    const Admin = pick(ADMIN_SCREENS, path);
    if (Admin) return <Admin />;
  }
  const target = orgTarget(path);
  const org = target ? organizations.find((o) => o.slug === target.slug) : undefined;
  if (!target || !org) return <NotFoundScreen />;
  const visible = (id: string) => {
    const area = ORG_AREAS.find((a) => a.id === id);
    return area !== undefined && canSee(area, org.role, user.isSystemAdmin);
  };
  if (target.kind === 'sheet') {
    if (!visible('checklist')) return <NotFoundScreen />;
    return <AssessmentScreen key={`${org.id}:${target.assessmentId}`} org={org} assessmentId={target.assessmentId} />;
  }
  if (target.kind === 'device') {
    if (!visible('devices')) return <NotFoundScreen />;
    if (target.deviceId === 'import') return <DeviceImportScreen key={org.id} org={org} />;
    const id = target.deviceId === 'new' ? null : target.deviceId;
    return <DeviceFormScreen key={`${org.id}:${id}`} org={org} deviceId={id} />;
  }
  const area = ORG_AREAS.find((a) => a.segment === target.segment);
  if (area && canSee(area, org.role, user.isSystemAdmin)) return <OrgArea org={org} area={area} />;
  return <NotFoundScreen />;
}
