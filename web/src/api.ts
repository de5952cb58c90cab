// Typed client for the Mamori API: same-origin cookies, JSON, and the session's CSRF token on every
// request that changes something. Errors arrive as { error: { code, message, fields? } }.
import type { ClientResponse } from 'hono/client';
import type { CatalogVersion } from '../../domain/catalog/schema.ts';
import type { Role } from '../../domain/roles.ts';
import type { ConfirmationView, MaintenanceVendorsView } from '../../domain/suggestions/maintenance.ts';
import { type Answer, client, currentCsrfToken, params, setCsrfToken } from './api-client.ts';
import type {
  AnswerInput,
  Assessment,
  AssessmentInput,
  AssessmentPatch,
  AssessmentSummary,
  AttachedEvidence,
  AuditPage,
  AuditQuery,
  CarryReport,
  CatalogImportResult,
  CatalogSummary,
  ConnectionInput,
  ConnectionPoint,
  ContactChart,
  ContactInput,
  ContactSide,
  CreatedUser,
  Device,
  DeviceHistoryEntry,
  DeviceInput,
  DeviceList,
  Enrolment,
  EvidenceFile,
  FeedVersion,
  FieldIssue,
  FindingsReport,
  FormHelp,
  InviteAnswer,
  ItemHistoryEntry,
  LedgerSettings,
  LoginResult,
  Member,
  Organization,
  OrgInput,
  OrgInvitation,
  OrgSummary,
  OwnInvitation,
  Readiness,
  SavedAnswer,
  Session,
  SheetSuggestions,
  User,
} from './api-types.ts';
import { fileNameFrom } from './file-name.ts';
import { t } from './i18n.ts';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fields: FieldIssue[] = [],
    /** the server writes its messages in Japanese, whatever the UI language */
    readonly fromServer = false,
    /** extra data some errors carry, e.g. the other person's answer on a 409 */
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's message for one form field, if it named that field. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name)?.message;
  }
}

/** Codes after which the session must be read again: the app then shows the screen the user needs. */
export const SESSION_CODES = new Set(['UNAUTHENTICATED', 'MFA_REQUIRED', 'MFA_ENROLMENT_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'CSRF']);

let onSessionError: (code: string) => void = () => {};

export const setSessionErrorHandler = (handler: (code: string) => void): void => {
  onSessionError = handler;
};
export { currentCsrfToken };

/** Turns a non-2xx response body into an ApiError (also used by the upload). */
export function errorFrom(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; fields?: FieldIssue[]; details?: Record<string, unknown> } } | null)
    ?.error;
  const err = new ApiError(
    e?.code ?? 'HTTP_ERROR',
    e?.message ?? t('error.http', { status }),
    status,
    e?.fields ?? [],
    e?.message !== undefined,
    e?.details ?? null,
  );
  if (SESSION_CODES.has(err.code)) onSessionError(err.code);
  return err;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = currentCsrfToken();
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, data);
  return data as T;
}

/** A call of the typed client (api-client.ts): its successful answer, or an ApiError as request() throws. */
async function call<T extends ClientResponse<unknown>>(send: () => Promise<T>): Promise<Answer<T>> {
  let res: T;
  try {
    res = await send();
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, data);
  return data as Answer<T>;
}

/**
 * A file the server makes (PDF, .xlsx, CSV, evidence), fetched rather than followed as a link: a
 * refusal (busy, not allowed, expired session) then comes back as an ApiError in words, never as a
 * saved file that holds an error.
 */
export async function fetchFile(url: string): Promise<{ blob: Blob; fileName: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError('NETWORK', t('error.network'), 0);
  }
  if (!res.ok) throw errorFrom(res.status, await res.json().catch(() => null));
  return { blob: await res.blob(), fileName: fileNameFrom(res.headers.get('content-disposition'), url) };
}

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
const del = <T>(path: string) => request<T>('DELETE', path);
const id = encodeURIComponent;

export async function getSession(): Promise<Session> {
  const session = await get<Session>('/api/auth/session');
  setCsrfToken(session.csrfToken ?? null);
  return session;
}

const orgs = client.api.orgs;
const org = client.api.orgs[':orgId'];

export const api = {
  setupAdmin: (body: { loginId: string; displayName: string; password: string }) => post<{ user: User }>('/api/setup/admin', body),
  login: (body: { loginId: string; password: string }) => post<LoginResult>('/api/auth/login', body),
  verifyMfa: (code: string) => post<LoginResult>('/api/auth/mfa/verify', { code }),
  startEnrolment: () => post<Enrolment>('/api/auth/mfa/enrol'),
  confirmEnrolment: (code: string) => post<{ recoveryCodes: string[] }>('/api/auth/mfa/confirm', { code }),
  disableMfa: (password: string) => post<{ mfaEnabled: boolean }>('/api/auth/mfa/disable', { password }),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    post<{ otherSessionsEnded: number }>('/api/auth/password', body),
  logout: () => post<{ ok: boolean }>('/api/auth/logout'),
  logoutAll: () => post<{ sessionsEnded: number }>('/api/auth/logout-all'),

  listOrgs: () => call(() => orgs.$get()),
  /** a missing slug is named by the server */
  createOrg: (body: OrgInput) => call(() => orgs.$post({ json: { ...body, slug: body.slug ?? '' } })),
  getOrg: (orgId: string) => call(() => org.$get({ param: params({ orgId }) })),
  updateOrg: (orgId: string, body: Omit<OrgInput, 'slug'>) => call(() => org.$patch({ param: params({ orgId }), json: body })),
  listMembers: (orgId: string) => call(() => org.members.$get({ param: params({ orgId }) })),
  addMember: (orgId: string, body: { loginId: string; role: Role }) =>
    call(() => org.members.$post({ param: params({ orgId }), json: body })),
  /** a login ID that is taken is invited instead (the answer does not tell) */
  createOrgUser: (orgId: string, body: { loginId: string; displayName: string; role: Role }) =>
    call(() => org.users.$post({ param: params({ orgId }), json: body })),
  invite: (orgId: string, body: { loginId: string; role: Role }) =>
    call(() => org.invitations.$post({ param: params({ orgId }), json: body })),
  listInvitations: (orgId: string) => call(() => org.invitations.$get({ param: params({ orgId }) })),
  revokeInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].$delete({ param: params({ orgId, invitationId }) })),
  ownInvitations: () => call(() => orgs.invitations.$get()),
  acceptInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].accept.$post({ param: params({ orgId, invitationId }) })),
  declineInvitation: (orgId: string, invitationId: string) =>
    call(() => org.invitations[':invitationId'].decline.$post({ param: params({ orgId, invitationId }) })),
  changeRole: (orgId: string, userId: string, role: Role) =>
    call(() => org.members[':userId'].$patch({ param: params({ orgId, userId }), json: { role } })),
  removeMember: (orgId: string, userId: string) => call(() => org.members[':userId'].$delete({ param: params({ orgId, userId }) })),

  listUsers: () => call(() => client.api.users.$get()),
  createUser: (body: { loginId: string; displayName: string; isSystemAdmin: boolean }) =>
    call(() => client.api.users.$post({ json: body })),
  resetPassword: (userId: string, resetMfa: boolean) =>
    call(() => client.api.users[':userId']['reset-password'].$post({ param: params({ userId }), json: { resetMfa } })),

  audit: (orgId: string | null, query: AuditQuery) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
    return get<AuditPage>(`${orgId ? `/api/orgs/${id(orgId)}/audit` : '/api/audit'}?${q}`);
  },
  /** a signed checkpoint of the audit log (downloaded as a file) */
  auditCheckpointUrl: (orgId: string | null) => (orgId ? `/api/orgs/${id(orgId)}/audit/checkpoint` : '/api/audit/checkpoint'),

  catalogVersions: () => get<{ versions: CatalogSummary[] }>('/api/catalog'),
  catalogVersion: (versionId: string, revision?: number) =>
    get<CatalogVersion>(`/api/catalog/${id(versionId)}${revision ? `?revision=${revision}` : ''}`),
  devices: (orgId: string, query: string) => get<DeviceList>(`/api/orgs/${id(orgId)}/devices?${query}`),
  device: (orgId: string, deviceId: string) =>
    get<{ device: Device; history: DeviceHistoryEntry[] }>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}`),
  createDevice: (orgId: string, body: DeviceInput) => post<Device>(`/api/orgs/${id(orgId)}/devices`, body),
  updateDevice: (orgId: string, deviceId: string, body: DeviceInput) => put<Device>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}`, body),
  retireDevice: (orgId: string, deviceId: string) => post<Device>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}/retire`),
  bulkChangeDevices: (orgId: string, ids: string[], changes: { status?: string; location?: string; vendorName?: string }) =>
    post<{ devices: Device[]; changed: number }>(`/api/orgs/${id(orgId)}/devices/bulk`, { ids, changes }),
  devicesExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/devices/export?format=${format}`,
  connections: (orgId: string) => get<{ connections: ConnectionPoint[] }>(`/api/orgs/${id(orgId)}/connections`),
  createConnection: (orgId: string, body: ConnectionInput) => post<ConnectionPoint>(`/api/orgs/${id(orgId)}/connections`, body),
  updateConnection: (orgId: string, pointId: string, body: ConnectionInput) =>
    put<ConnectionPoint>(`/api/orgs/${id(orgId)}/connections/${id(pointId)}`, body),
  connectionsUrl: (orgId: string, output: 'print' | 'export.pdf' | 'export?format=csv' | 'export?format=csv-sjis' | 'export?format=xlsx') =>
    `/api/orgs/${id(orgId)}/connections/${output}`,
  suggestions: (orgId: string, assessmentId: string) =>
    get<SheetSuggestions>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/suggestions`),
  ledgerSettings: (orgId: string) => get<LedgerSettings>(`/api/orgs/${id(orgId)}/ledger-settings`),
  maintenanceVendors: (orgId: string) => get<MaintenanceVendorsView>(`/api/orgs/${id(orgId)}/maintenance-confirmations`),
  saveMaintenanceConfirmation: (orgId: string, body: Record<string, unknown>) =>
    put<ConfirmationView>(`/api/orgs/${id(orgId)}/maintenance-confirmations`, body),
  updateLedgerSettings: (orgId: string, body: { devicesReviewedOn?: string; patchMaxDays?: number }) =>
    put<LedgerSettings>(`/api/orgs/${id(orgId)}/ledger-settings`, body),
  findings: (orgId: string, severity: string, withDismissed = false) =>
    get<FindingsReport>(`/api/orgs/${id(orgId)}/findings?severity=${encodeURIComponent(severity)}${withDismissed ? '&dismissed=1' : ''}`),
  decideFinding: (orgId: string, findingId: string, body: { decision: 'confirmed' | 'dismissed'; reason?: string }) =>
    put<unknown>(`/api/orgs/${id(orgId)}/findings/${id(findingId)}/decision`, body),
  undoFinding: (orgId: string, findingId: string) => del<unknown>(`/api/orgs/${id(orgId)}/findings/${id(findingId)}/decision`),
  findingsExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/findings/export?format=${format}`,
  feeds: () => get<{ feeds: FeedVersion[] }>('/api/feeds'),
  aliases: () => get<{ aliases: { alias: string; canonical: string; createdBy: string; createdAt: string }[] }>('/api/feeds/aliases'),
  addAlias: (alias: string, canonical: string) => post<unknown>('/api/feeds/aliases', { alias, canonical }),
  removeAlias: (alias: string) => del<unknown>(`/api/feeds/aliases/${id(alias)}`),
  updateFeeds: () => post<{ loaded: { kind: string; version: string; entries: number }[]; from: string[] }>('/api/feeds/update'),
  /** system administrators: a new version or revision, checked (dryRun: nothing stored) and compared with its base */
  importCatalog: (version: CatalogVersion, dryRun: boolean) =>
    post<CatalogImportResult>(`/api/catalog/import${dryRun ? '?dryRun=1' : ''}`, version),
  /** Mamori's help for every item of one form of a version's revision (null where there is none) */
  catalogHelp: (versionId: string, revision: number, form: string) =>
    get<FormHelp>(`/api/catalog/${id(versionId)}/help?form=${id(form)}&revision=${revision}`),
  listEvidence: (orgId: string) => get<{ files: EvidenceFile[]; maxUploadBytes: number }>(`/api/orgs/${id(orgId)}/evidence`),
  assessmentCsvUrl: (orgId: string, assessmentId: string, encoding: 'utf8' | 'sjis') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/export.csv${encoding === 'sjis' ? '?encoding=sjis' : ''}`,
  evidenceUrl: (orgId: string, evidenceId: string) => `/api/orgs/${id(orgId)}/evidence/${id(evidenceId)}`,
  deleteEvidence: (orgId: string, evidenceId: string) => del<{ deleted: boolean }>(`/api/orgs/${id(orgId)}/evidence/${id(evidenceId)}`),

  listAssessments: (orgId: string) => get<{ assessments: AssessmentSummary[] }>(`/api/orgs/${id(orgId)}/assessments`),
  createAssessment: (orgId: string, body: AssessmentInput) =>
    post<Assessment & { carryForward: CarryReport | null }>(`/api/orgs/${id(orgId)}/assessments`, body),
  getAssessment: (orgId: string, assessmentId: string) => get<Assessment>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}`),
  updateAssessment: (orgId: string, assessmentId: string, body: AssessmentPatch) =>
    patch<Assessment>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}`, body),
  saveAnswer: (orgId: string, assessmentId: string, itemId: string, body: AnswerInput) =>
    put<SavedAnswer>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}`, body),
  itemHistory: (orgId: string, assessmentId: string, itemId: string) =>
    get<{ events: ItemHistoryEntry[] }>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/history`),
  /** 事業者確認用: marks an item outside the vendor's contract (clears its answer), or back within it */
  setItemScope: (orgId: string, assessmentId: string, itemId: string, body: { outOfScope: boolean; version: number }) =>
    put<SavedAnswer>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/scope`, body),
  /** attaches a file of the evidence store to an item; answers with the item's files after the change */
  attachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    post<{ evidence: AttachedEvidence[] }>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/evidence`, {
      evidenceId,
    }),
  /** detaches only: the file stays in the evidence store */
  detachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    del<{ evidence: AttachedEvidence[] }>(
      `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/evidence/${id(evidenceId)}`,
    ),
  /** the official A4 layout (opens in a new tab), the PDF and the .xlsx of one answer sheet */
  assessmentOutputUrl: (orgId: string, assessmentId: string, output: 'print' | 'export.pdf' | 'export.xlsx') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/${output}`,
  inspectionPackUrl: (orgId: string, fiscalYear: number) => `/api/orgs/${id(orgId)}/inspection-pack.pdf?fiscalYear=${fiscalYear}`,
  readiness: (orgId: string, fiscalYear: number) => get<Readiness>(`/api/orgs/${id(orgId)}/readiness?fiscalYear=${fiscalYear}`),

  contacts: (orgId: string) => get<ContactChart>(`/api/orgs/${id(orgId)}/contacts`),
  addContact: (orgId: string, body: ContactInput) => post<ContactChart>(`/api/orgs/${id(orgId)}/contacts`, body),
  updateContact: (orgId: string, contactId: string, body: ContactInput) =>
    put<ContactChart>(`/api/orgs/${id(orgId)}/contacts/${id(contactId)}`, body),
  deleteContact: (orgId: string, contactId: string) => del<ContactChart>(`/api/orgs/${id(orgId)}/contacts/${id(contactId)}`),
  /** all starter entries not added yet, or the given ones */
  addContactStarters: (orgId: string, keys?: string[]) =>
    post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/starters`, keys ? { keys } : {}),
  reorderContacts: (orgId: string, side: ContactSide, ids: string[]) =>
    post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/reorder`, { side, ids }),
  /** the date as typed: 2026-11-22 or 令和8年11月22日 */
  recordPaperChart: (orgId: string, confirmedOn: string | null, evidenceId: string | null) =>
    request<ContactChart>('PUT', `/api/orgs/${id(orgId)}/contacts/paper`, { confirmedOn, evidenceId }),
  confirmContacts: (orgId: string, confirmedOn: string) => post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/confirm`, { confirmedOn }),
  contactsOutputUrl: (orgId: string, output: 'print' | 'export.pdf') => `/api/orgs/${id(orgId)}/contacts/${output}`,
};
