// Server state: one QueryClient, and the key of every resource the web reads. Everything of an
// organisation sits under ['org', id], so a change can refresh an organisation's views at once; a
// screen that changes a resource calls invalidate() with its key instead of reloading by hand. Errors are shown, not retried; nothing refetches behind the user's back on
// focus, because several screens edit what they loaded (answer sheet, 連絡体制図).
import { QueryClient, type QueryKey } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

export const keys = {
  session: ['session'],
  ownInvitations: ['own-invitations'],
  catalog: ['catalog'],
  catalogVersion: (versionId: string) => ['catalog', versionId],
  catalogHelp: (versionId: string, revision: number, form: string) => ['catalog', versionId, 'help', revision, form],
  feeds: ['feeds'],
  backups: ['backups'],
  aliases: ['aliases'],
  orgs: ['orgs'],
  users: ['users'],
  systemAudit: (params: unknown) => ['audit', params],
  /** everything of one organisation */
  org: (orgId: string) => ['org', orgId],
  orgDetails: (orgId: string) => ['org', orgId, 'details'],
  members: (orgId: string) => ['org', orgId, 'members'],
  invitations: (orgId: string) => ['org', orgId, 'invitations'],
  readiness: (orgId: string, year: number) => ['org', orgId, 'readiness', year],
  assessments: (orgId: string) => ['org', orgId, 'assessments'],
  assessment: (orgId: string, assessmentId: string) => ['org', orgId, 'assessments', assessmentId],
  itemHistory: (orgId: string, assessmentId: string, itemId: string) => ['org', orgId, 'assessments', assessmentId, 'history', itemId],
  suggestions: (orgId: string, assessmentId: string) => ['org', orgId, 'suggestions', assessmentId],
  contacts: (orgId: string) => ['org', orgId, 'contacts'],
  evidence: (orgId: string) => ['org', orgId, 'evidence'],
  findings: (orgId: string, ...filter: unknown[]) => ['org', orgId, 'findings', ...filter],
  connections: (orgId: string) => ['org', orgId, 'connections'],
  /** the バックアップ台帳; one plan (with its tests and history) sits under it */
  backupPlans: (orgId: string) => ['org', orgId, 'backup-plans'],
  backupPlan: (orgId: string, backupPlanId: string) => ['org', orgId, 'backup-plans', backupPlanId],
  jurisdiction: (orgId: string, year?: number) => ['org', orgId, 'jurisdiction', year ?? 'current'],
  oversight: (orgId: string) => ['org', orgId, 'oversight'],
  liveAccess: (orgId: string) => ['org', orgId, 'live-access'],
  inspections: (orgId: string, year?: number) => ['org', orgId, 'inspections', year ?? 'all'],
  inspection: (orgId: string, inspectionId: string) => ['org', orgId, 'inspection', inspectionId],
  submissions: (orgId: string) => ['org', orgId, 'submissions'],
  bcpExercises: (orgId: string) => ['org', orgId, 'bcp-exercises'],
  bcpSheet: (orgId: string, fiscalYear?: number) => ['org', orgId, 'bcp-sheet', ...(fiscalYear ? [fiscalYear] : [])],
  /** incident mode; one incident (with its steps, timeline and ledgers) sits under it */
  incidents: (orgId: string) => ['org', orgId, 'incidents'],
  incident: (orgId: string, incidentId: string) => ['org', orgId, 'incidents', incidentId],
  vendors: (orgId: string) => ['org', orgId, 'vendors'],
  vendorSettings: (orgId: string) => ['org', orgId, 'vendor-settings'],
  vendor: (orgId: string, vendorId: string) => ['org', orgId, 'vendors', vendorId],
  vendorInvitations: (orgId: string, vendorId: string) => ['org', orgId, 'vendors', vendorId, 'invitations'],
  maintenance: (orgId: string) => ['org', orgId, 'maintenance'],
  devices: (orgId: string, query?: string) => (query === undefined ? ['org', orgId, 'devices'] : ['org', orgId, 'devices', query]),
  device: (orgId: string, deviceId: string) => ['org', orgId, 'device', deviceId],
  ledgerSettings: (orgId: string) => ['org', orgId, 'ledger-settings'],
  /** 教育・訓練の記録 of a fiscal year, and the 利用者台帳's people found by a search */
  training: (orgId: string, year?: number) => (year === undefined ? ['org', orgId, 'training'] : ['org', orgId, 'training', year]),
  trainingPeople: (orgId: string, q: string) => ['org', orgId, 'training-people', q],
  orgAudit: (orgId: string, params: unknown) => ['org', orgId, 'audit', params],
} satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;

/** After a change: what is not on screen is forgotten, so no screen shows the old answer again, even briefly. */
export function forgetInactive(...queryKeys: QueryKey[]): void {
  for (const queryKey of queryKeys) queryClient.removeQueries({ queryKey, type: 'inactive' });
}

/** After a change: the resources on screen are fetched again at once, the others forgotten. */
export function invalidate(...queryKeys: QueryKey[]): Promise<void> {
  forgetInactive(...queryKeys);
  return Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);
}

/** Closing or reloading the tab while a save is under way or waits for the network: the browser asks first. */
export function guardPendingSaves(): void {
  window.addEventListener('beforeunload', (e) => {
    if (queryClient.isMutating() === 0) return;
    e.preventDefault();
    e.returnValue = '';
  });
}
