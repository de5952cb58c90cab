// The app's addresses as one typed route tree (TanStack Router): path parameters and search
// parameters are checked by the compiler at every link and navigation. Every screen is its own file,
// fetched when first shown or ahead of time (lazy.tsx): a route's loader starts the download without
// waiting for it, so the session and the screen's file travel side by side, and hovering a link fetches
// the screen it leads to. Whether the person is signed in is decided above the routes (Root.tsx);
// which organisation and area a role may open is decided here, by the rule the server applies.
import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import type { OrgSummary } from './api-answers.ts';
import { type AreaId, areaById, areaBySegment, canSeeIn } from './areas.ts';
import { type LazyScreen, lazyNamed } from './lazy.tsx';
import { Root } from './Root.tsx';
// also the forced enrolment before sign-in completes (Root.tsx): part of the first load anyway
import { MfaEnrolScreen } from './screens/MfaEnrolScreen.tsx';
import { NoOrganizationScreen, NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { auditSearch, deviceSearch, loginSearch, parseSearch, stringifySearch } from './search.ts';
import { useSignedIn } from './session.tsx';

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
const BackupLedgerScreen = lazyNamed(() => import('./screens/backup-ledger/BackupLedgerScreen.tsx'), 'BackupLedgerScreen');
const BackupPlanScreen = lazyNamed(() => import('./screens/backup-ledger/BackupPlanScreen.tsx'), 'BackupPlanScreen');
const BackupsAdminScreen = lazyNamed(() => import('./screens/backups/BackupsAdminScreen.tsx'), 'BackupsAdminScreen');
const IncidentsScreen = lazyNamed(() => import('./screens/incidents/IncidentsScreen.tsx'), 'IncidentsScreen');
const IncidentScreen = lazyNamed(() => import('./screens/incidents/IncidentScreen.tsx'), 'IncidentScreen');
const FindingsScreen = lazyNamed(() => import('./screens/findings/FindingsScreen.tsx'), 'FindingsScreen');
const InvitationsScreen = lazyNamed(() => import('./screens/invitations/InvitationsScreen.tsx'), 'InvitationsScreen');
const OrgHomeScreen = lazyNamed(() => import('./screens/OrgHomeScreen.tsx'), 'OrgHomeScreen');
const OrgSettingsScreen = lazyNamed(() => import('./screens/OrgSettingsScreen.tsx'), 'OrgSettingsScreen');
const AccountsScreen = lazyNamed(() => import('./screens/accounts/AccountsScreen.tsx'), 'AccountsScreen');
const AccountReviewScreen = lazyNamed(() => import('./screens/accounts/AccountReviewScreen.tsx'), 'AccountReviewScreen');
const VendorScreen = lazyNamed(() => import('./screens/vendors/VendorScreen.tsx'), 'VendorScreen');
const VendorsScreen = lazyNamed(() => import('./screens/vendors/VendorsScreen.tsx'), 'VendorsScreen');
const PortalScreen = lazyNamed(() => import('./screens/vendor-portal/PortalScreen.tsx'), 'PortalScreen');
const InvitationFormsScreen = lazyNamed(() => import('./screens/vendor-portal/InvitationFormsScreen.tsx'), 'InvitationFormsScreen');
const VendorFormScreen = lazyNamed(() => import('./screens/vendor-portal/VendorFormScreen.tsx'), 'VendorFormScreen');
const TrainingScreen = lazyNamed(() => import('./screens/training/TrainingScreen.tsx'), 'TrainingScreen');
const BcpScreen = lazyNamed(() => import('./screens/bcp/BcpScreen.tsx'), 'BcpScreen');
const InspectionsScreen = lazyNamed(() => import('./screens/inspections/InspectionsScreen.tsx'), 'InspectionsScreen');
const InspectionScreen = lazyNamed(() => import('./screens/inspections/InspectionScreen.tsx'), 'InspectionScreen');
const JurisdictionScreen = lazyNamed(() => import('./screens/jurisdiction/JurisdictionScreen.tsx'), 'JurisdictionScreen');
const PlannedAreaScreen = lazyNamed(() => import('./screens/PlannedAreaScreen.tsx'), 'PlannedAreaScreen');

/** A route's loader: starts fetching its screen's file and returns at once (a failure shows when it renders). */
const fetchAhead =
  (...screens: { preload: () => Promise<void> }[]) =>
  () => {
    for (const screen of screens) screen.preload().catch(() => undefined);
  };

const LAST_ORG_KEY = 'mamori.lastOrg';

/** "/" opens the organisation last worked in (or the first); a system administrator without one gets administration. */
function Home() {
  const { user, organizations } = useSignedIn();
  const navigate = rootRoute.useNavigate();
  // an institution open under a grant is never where a sign-in lands: the user's own organisations are
  const own = organizations.filter((o) => !o.liveUntil);
  const target = own.find((o) => o.slug === localStorage.getItem(LAST_ORG_KEY)) ?? own[0];
  const to = target ? target.slug : user.isSystemAdmin ? 'admin' : null;
  useEffect(() => {
    if (to === 'admin') void navigate({ to: '/admin/orgs', replace: true });
    else if (to) void navigate({ to: '/o/$slug', params: { slug: to }, replace: true });
  }, [to, navigate]);
  return to ? null : <NoOrganizationScreen />;
}

/** Only a system administrator reaches /admin; to anyone else it does not exist. */
function AdminOnly() {
  const { user } = useSignedIn();
  return user.isSystemAdmin ? <Outlet /> : <NotFoundScreen />;
}

/** The organisation of the address and the area, if this person may open it there; else "not found". */
function InArea({ area, children }: { area: AreaId; children: (org: OrgSummary) => ReactNode }) {
  const { slug } = orgRoute.useParams();
  const { user, organizations } = useSignedIn();
  const org = organizations.find((o) => o.slug === slug);
  if (!org || !canSeeIn(areaById(area), org, user.isSystemAdmin)) return <NotFoundScreen />;
  return <>{children(org)}</>;
}

/** A route showing one area's screen, which takes the organisation (a new one remounts it). */
const areaScreen = (area: AreaId, Screen: (props: { org: OrgSummary }) => ReactNode) =>
  function AreaScreen() {
    return <InArea area={area}>{(org) => <Screen key={org.id} org={org} />}</InArea>;
  };

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFoundScreen });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home });
// shown by Root while signed out; signed in, Root leaves them for the page asked for
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', validateSearch: loginSearch, component: () => null });
const setupRoute = createRoute({ getParentRoute: () => rootRoute, path: '/setup', component: () => null });
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  loader: fetchAhead(AccountScreen),
  component: () => <AccountScreen />,
});
const mfaRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account/mfa', component: () => <MfaEnrolScreen /> });
const invitationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations',
  loader: fetchAhead(InvitationsScreen),
  component: () => <InvitationsScreen />,
});

/** The vendor portal: only a person at a vendor reaches it; to anyone else it does not exist. */
function VendorOnly({ children }: { children: ReactNode }) {
  const { user } = useSignedIn();
  return user.kind === 'vendor' ? children : <NotFoundScreen />;
}
const vendorPortalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vendor',
  loader: fetchAhead(PortalScreen),
  component: () => (
    <VendorOnly>
      <PortalScreen />
    </VendorOnly>
  ),
});
const vendorInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vendor/invitations/$invitationId',
  loader: fetchAhead(InvitationFormsScreen),
  component: function VendorInvitation() {
    const { invitationId } = vendorInvitationRoute.useParams();
    return (
      <VendorOnly>
        <InvitationFormsScreen key={invitationId} invitationId={invitationId} />
      </VendorOnly>
    );
  },
});
const vendorFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vendor/forms/$assessmentId',
  loader: fetchAhead(VendorFormScreen),
  component: function VendorForm() {
    const { assessmentId } = vendorFormRoute.useParams();
    return (
      <VendorOnly>
        <VendorFormScreen key={assessmentId} assessmentId={assessmentId} />
      </VendorOnly>
    );
  },
});
// shown by Root whoever opens it (the link's own page decides by the session)
const vendorAcceptRoute = createRoute({ getParentRoute: () => rootRoute, path: '/vendor/accept', component: () => null });

const adminRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin', component: AdminOnly });
const adminChild = <P extends string>(path: P, Screen: LazyScreen<() => ReactNode>) =>
  createRoute({ getParentRoute: () => adminRoute, path, loader: fetchAhead(Screen), component: () => <Screen /> });
const adminOrgsRoute = adminChild('orgs', AdminOrgsScreen);
const adminUsersRoute = adminChild('users', AdminUsersScreen);
const adminCatalogRoute = adminChild('catalog', CatalogAdminScreen);
const adminFeedsRoute = adminChild('feeds', FeedsAdminScreen);
const adminBackupsRoute = adminChild('backups', BackupsAdminScreen);
const adminAuditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit',
  validateSearch: auditSearch,
  loader: fetchAhead(AuditScreen),
  component: () => <AuditScreen key="system" org={null} />,
});

const orgRoute = createRoute({ getParentRoute: () => rootRoute, path: '/o/$slug' });
const orgHomeRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  loader: fetchAhead(OrgHomeScreen),
  component: areaScreen('home', OrgHomeScreen),
});
const checklistRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'checklist',
  loader: fetchAhead(ChecklistScreen),
  component: areaScreen('checklist', ChecklistScreen),
});
const assessmentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'checklist/$assessmentId',
  loader: fetchAhead(AssessmentScreen),
  component: function Sheet() {
    const { assessmentId } = assessmentRoute.useParams();
    return (
      <InArea area="checklist">
        {(org) => <AssessmentScreen key={`${org.id}:${assessmentId}`} org={org} assessmentId={assessmentId} />}
      </InArea>
    );
  },
});
const devicesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'devices',
  validateSearch: deviceSearch,
  loader: fetchAhead(DevicesScreen),
  component: areaScreen('devices', DevicesScreen),
});
const deviceImportRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'devices/import',
  loader: fetchAhead(DeviceImportScreen),
  component: areaScreen('devices', DeviceImportScreen),
});
const deviceNewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'devices/new',
  loader: fetchAhead(DeviceFormScreen),
  component: () => <InArea area="devices">{(org) => <DeviceFormScreen key={`${org.id}:new`} org={org} deviceId={null} />}</InArea>,
});
const deviceRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'devices/$deviceId',
  loader: fetchAhead(DeviceFormScreen),
  component: function Device() {
    const { deviceId } = deviceRoute.useParams();
    return <InArea area="devices">{(org) => <DeviceFormScreen key={`${org.id}:${deviceId}`} org={org} deviceId={deviceId} />}</InArea>;
  },
});
/** An area whose address segment is its id (/o/:slug/connections …). */
const orgArea = <A extends AreaId>(area: A, Screen: LazyScreen<(props: { org: OrgSummary }) => ReactNode>) =>
  createRoute({ getParentRoute: () => orgRoute, path: area, loader: fetchAhead(Screen), component: areaScreen(area, Screen) });
const connectionsRoute = orgArea('connections', ConnectionsScreen);
const contactsRoute = orgArea('contacts', ContactsScreen);
const findingsRoute = orgArea('findings', FindingsScreen);
const evidenceRoute = orgArea('evidence', EvidenceScreen);
const settingsRoute = orgArea('settings', OrgSettingsScreen);
const vendorsRoute = orgArea('vendors', VendorsScreen);
const accountsRoute = orgArea('accounts', AccountsScreen);
const trainingRoute = orgArea('training', TrainingScreen);
const bcpRoute = orgArea('bcp', BcpScreen);
const jurisdictionRoute = orgArea('jurisdiction', JurisdictionScreen);
const inspectionsRoute = orgArea('inspections', InspectionsScreen);
const inspectionRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'inspections/$inspectionId',
  loader: fetchAhead(InspectionScreen),
  component: function InspectionRecord() {
    const { inspectionId } = inspectionRoute.useParams();
    return (
      <InArea area="inspections">
        {(org) => <InspectionScreen key={`${org.id}:${inspectionId}`} org={org} inspectionId={inspectionId} />}
      </InArea>
    );
  },
});
const backupsRoute = orgArea('backups', BackupLedgerScreen);
const backupPlanRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'backups/$backupPlanId',
  loader: fetchAhead(BackupPlanScreen),
  component: function BackupPlan() {
    const { backupPlanId } = backupPlanRoute.useParams();
    return (
      <InArea area="backups">
        {(org) => <BackupPlanScreen key={`${org.id}:${backupPlanId}`} org={org} backupPlanId={backupPlanId} />}
      </InArea>
    );
  },
});
const incidentsRoute = orgArea('incidents', IncidentsScreen);
const incidentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'incidents/$incidentId',
  loader: fetchAhead(IncidentScreen),
  component: function Incident() {
    const { incidentId } = incidentRoute.useParams();
    return (
      <InArea area="incidents">{(org) => <IncidentScreen key={`${org.id}:${incidentId}`} org={org} incidentId={incidentId} />}</InArea>
    );
  },
});
const accountSystemRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'accounts/$accountSystemId',
  loader: fetchAhead(AccountsScreen),
  component: function AccountSystem() {
    const { accountSystemId } = accountSystemRoute.useParams();
    return (
      <InArea area="accounts">
        {(org) => <AccountsScreen key={`${org.id}:${accountSystemId}`} org={org} systemId={accountSystemId} />}
      </InArea>
    );
  },
});
const accountReviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'accounts/reviews/$accountReviewId',
  loader: fetchAhead(AccountReviewScreen),
  component: function AccountReview() {
    const { accountReviewId } = accountReviewRoute.useParams();
    return (
      <InArea area="accounts">
        {(org) => <AccountReviewScreen key={`${org.id}:${accountReviewId}`} org={org} reviewId={accountReviewId} />}
      </InArea>
    );
  },
});
const vendorRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'vendors/$vendorId',
  loader: fetchAhead(VendorScreen),
  component: function Vendor() {
    const { vendorId } = vendorRoute.useParams();
    return <InArea area="vendors">{(org) => <VendorScreen key={`${org.id}:${vendorId}`} org={org} vendorId={vendorId} />}</InArea>;
  },
});
const orgAuditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'audit',
  validateSearch: auditSearch,
  loader: fetchAhead(AuditScreen),
  component: areaScreen('audit', AuditScreen),
});
/** The areas not built yet (none at present): their page says what they will hold. */
const plannedRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '$area',
  loader: fetchAhead(PlannedAreaScreen),
  component: function Planned() {
    const { area: segment } = plannedRoute.useParams();
    const area = areaBySegment(segment);
    if (!area?.planned) return <NotFoundScreen />;
    return <InArea area={area.id}>{() => <PlannedAreaScreen key={area.id} area={area} />}</InArea>;
  },
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  setupRoute,
  accountRoute,
  mfaRoute,
  invitationsRoute,
  vendorPortalRoute,
  vendorAcceptRoute,
  vendorInvitationRoute,
  vendorFormRoute,
  adminRoute.addChildren([adminOrgsRoute, adminUsersRoute, adminCatalogRoute, adminFeedsRoute, adminBackupsRoute, adminAuditRoute]),
  orgRoute.addChildren([
    orgHomeRoute,
    checklistRoute,
    assessmentRoute,
    devicesRoute,
    deviceImportRoute,
    deviceNewRoute,
    deviceRoute,
    connectionsRoute,
    contactsRoute,
    findingsRoute,
    evidenceRoute,
    settingsRoute,
    vendorsRoute,
    accountsRoute,
    accountSystemRoute,
    accountReviewRoute,
    trainingRoute,
    bcpRoute,
    jurisdictionRoute,
    inspectionsRoute,
    inspectionRoute,
    vendorRoute,
    backupsRoute,
    backupPlanRoute,
    incidentsRoute,
    incidentRoute,
    orgAuditRoute,
    plannedRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  // the query strings stay as they were (?class=server,pc&page=2), not JSON
  parseSearch,
  stringifySearch,
  // hovering or focusing a link fetches the screen it opens
  defaultPreload: 'intent',
  // scroll positions are Mamori's own (scroll.ts): restored once the screen is tall enough to take them
  scrollRestoration: () => false,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

export { adminAuditRoute, devicesRoute, loginRoute, orgAuditRoute };
