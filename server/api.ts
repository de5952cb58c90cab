// The API routes declared in the contract (server/http/contract.ts), assembled under /api. Its type is
// what the web client's calls are checked against (web/src/api-client.ts imports the type only), and
// its declarations are the OpenAPI document at /api/openapi.json.
import { OpenAPIHono } from '@hono/zod-openapi';
import { accountRoutes } from './features/accounts/accounts.routes.ts';
import { logListRoutes } from './features/accounts/log-list.routes.ts';
import { logonsRoutes } from './features/accounts/logons.routes.ts';
import { accountReviewRoutes } from './features/accounts/reviews.routes.ts';
import { assessmentRoutes } from './features/assessments/assessments.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { backupsRoutes } from './features/backup/backups.routes.ts';
import { backupImportRoutes } from './features/backup-ledger/backup-import.routes.ts';
import { backupLedgerRoutes } from './features/backup-ledger/backup-ledger.routes.ts';
import { bcpRoutes } from './features/bcp/bcp.routes.ts';
import { sheetRoutes } from './features/bcp/sheet.routes.ts';
import { catalogRoutes } from './features/catalog/catalog.routes.ts';
import { connectionRoutes } from './features/connections/connections.routes.ts';
import { contactRoutes } from './features/contacts/contacts.routes.ts';
import { deviceRoutes } from './features/devices/devices.routes.ts';
import { evidenceRoutes } from './features/evidence/evidence.routes.ts';
import { feedRoutes } from './features/feeds/feeds.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { incidentRoutes } from './features/incidents/incidents.routes.ts';
import { inspectionRoutes } from './features/inspections/inspections.routes.ts';
import { jurisdictionRoutes } from './features/jurisdiction/jurisdiction.routes.ts';
import { liveAccessRoutes } from './features/live-access/live-access.routes.ts';
import { orgRoutes } from './features/orgs/orgs.routes.ts';
import { outputRoutes } from './features/outputs/outputs.routes.ts';
import { setupRoutes } from './features/setup/setup.routes.ts';
import { submissionRoutes } from './features/submissions/submissions.routes.ts';
import { suggestionRoutes } from './features/suggestions/suggestions.routes.ts';
import { trainingRoutes } from './features/training/training.routes.ts';
import { userRoutes } from './features/users/users.routes.ts';
import { portalFormRoutes, reviewRoutes } from './features/vendor-portal/forms.routes.ts';
import { invitationRoutes } from './features/vendor-portal/invitations.routes.ts';
import { portalRoutes } from './features/vendor-portal/portal.routes.ts';
import { vendorImportRoutes } from './features/vendors/vendor-import.routes.ts';
import { vendorRoutes } from './features/vendors/vendors.routes.ts';
import type { AppEnv } from './http/env.ts';

/** Every feature's routes, in the order they are matched (the session middleware runs before). */
export const contractApi = () =>
  new OpenAPIHono<AppEnv>()
    .route('/api/setup', setupRoutes)
    .route('/api/auth', authRoutes)
    .route('/api/orgs', orgRoutes)
    .route('/api/users', userRoutes)
    .route('/api/catalog', catalogRoutes)
    .route('/api', auditRoutes)
    .route('/api', backupsRoutes)
    .route('/api', evidenceRoutes)
    .route('/api', assessmentRoutes)
    .route('/api', contactRoutes)
    .route('/api', deviceRoutes)
    .route('/api', connectionRoutes)
    // before the ledger's :vendorId routes
    .route('/api', vendorImportRoutes)
    .route('/api', vendorRoutes)
    .route('/api', invitationRoutes)
    .route('/api/vendor-portal', portalRoutes)
    .route('/api/vendor-portal', portalFormRoutes)
    .route('/api', reviewRoutes)
    .route('/api', accountRoutes)
    .route('/api', accountReviewRoutes)
    .route('/api', logListRoutes)
    .route('/api', logonsRoutes)
    .route('/api', backupImportRoutes)
    .route('/api', backupLedgerRoutes)
    .route('/api', bcpRoutes)
    .route('/api', sheetRoutes)
    .route('/api', jurisdictionRoutes)
    .route('/api', submissionRoutes)
    .route('/api', liveAccessRoutes)
    .route('/api', inspectionRoutes)
    .route('/api', incidentRoutes)
    .route('/api', trainingRoutes)
    .route('/api', suggestionRoutes)
    .route('/api', feedRoutes)
    .route('/api', outputRoutes);

export type ApiType = ReturnType<typeof contractApi>;

export function openApiDocument(api: ReturnType<typeof contractApi>, version: string) {
  // /api/health is mounted before the request queue (server/app.ts); it is documented with the rest
  const all = new OpenAPIHono<AppEnv>().route('/api/health', healthRoutes).route('/', api);
  return all.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Mamori API',
      version,
      description:
        'Mamori (守り) の API。ブラウザーの画面が使うものと同じです。ログイン後のセッション Cookie で呼び出し、変更を伴う要求には X-CSRF-Token が必要です。エラーは { error: { code, message, fields } } で、message は日本語です。',
    },
  });
}
