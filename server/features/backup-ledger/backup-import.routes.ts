// /api/orgs/:orgId/backup-plans/import: the バックアップ台帳 from a file (multipart: file + options).
// Mounted before the ledger's :backupPlanId routes.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { tableUpload } from '../../http/upload.ts';
import { backupImportContract as api } from './backup-import.contract.ts';
import { importBackupLedger } from './import-backup-ledger.ts';

export const backupImportRoutes = contractRoutes().openapi(api.import, async (c) => {
  const caller = requireAuth(c);
  const dryRun = c.req.valid('query').dryRun === '1';
  return c.json(await importBackupLedger(c.get('deps'), caller, c.req.valid('param').orgId, () => tableUpload(c, dryRun)), 200);
});
