// The web's API client: the core (errors, session, the typed call) in api-core.ts, and each area's
// calls in api/<area>.ts. Calls of areas declared in the contract go through the typed client
// (api-client.ts); the others still name their answer types in api-answers.ts.
import { accountsApi } from './api/accounts.ts';
import { assessmentsApi } from './api/assessments.ts';
import { auditApi } from './api/audit.ts';
import { authApi } from './api/auth.ts';
import { backupImportApi } from './api/backup-import.ts';
import { backupLedgerApi } from './api/backup-ledger.ts';
import { backupsApi } from './api/backups.ts';
import { bcpApi } from './api/bcp.ts';
import { catalogApi } from './api/catalog.ts';
import { connectionsApi } from './api/connections.ts';
import { contactsApi } from './api/contacts.ts';
import { devicesApi } from './api/devices.ts';
import { evidenceApi } from './api/evidence.ts';
import { feedsApi } from './api/feeds.ts';
import { incidentsApi } from './api/incidents.ts';
import { inspectionApi, jurisdictionApi, liveAccessApi, submissionApi } from './api/jurisdiction.ts';
import { orgsApi } from './api/orgs.ts';
import { suggestionsApi } from './api/suggestions.ts';
import { trainingApi } from './api/training.ts';
import { usersApi } from './api/users.ts';
import { vendorImportApi } from './api/vendor-import.ts';
import { vendorInvitationsApi } from './api/vendor-invitations.ts';
import { vendorPortalApi } from './api/vendor-portal.ts';
import { vendorReviewApi } from './api/vendor-review.ts';
import { vendorsApi } from './api/vendors.ts';

export { ApiError, currentCsrfToken, errorFrom, fetchFile, getSession, SESSION_CODES, setSessionErrorHandler } from './api-core.ts';

export const api = {
  ...authApi,
  ...accountsApi,
  ...orgsApi,
  ...usersApi,
  ...auditApi,
  ...backupsApi,
  ...backupImportApi,
  ...backupLedgerApi,
  ...bcpApi,
  ...trainingApi,
  ...jurisdictionApi,
  ...liveAccessApi,
  ...inspectionApi,
  ...submissionApi,
  ...catalogApi,
  ...devicesApi,
  ...connectionsApi,
  ...suggestionsApi,
  ...feedsApi,
  ...evidenceApi,
  ...assessmentsApi,
  ...contactsApi,
  ...vendorsApi,
  ...vendorReviewApi,
  ...vendorImportApi,
  ...vendorInvitationsApi,
  ...vendorPortalApi,
  ...incidentsApi,
};
