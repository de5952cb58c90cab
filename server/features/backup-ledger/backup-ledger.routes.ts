// /api/orgs/:orgId/backup-plans …: the バックアップ台帳.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { backupLedgerContract as api } from './backup-ledger.contract.ts';
import { createBackupPlan, getBackupPlan, listBackupPlans, recordRestoreTest, updateBackupPlanOf } from './backup-ledger.service.ts';
import { exportBackupLedger } from './export-backup-ledger.ts';

export const backupLedgerRoutes = contractRoutes()
  .openapi(api.list, async (c) => c.json({ plans: await listBackupPlans(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200))
  // before the :backupPlanId routes
  .openapi(api.export, async (c) => {
    const caller = requireAuth(c);
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportBackupLedger(c.get('deps'), caller, c.req.valid('param').orgId, format), 'backup-plans');
  })
  .openapi(api.create, async (c) =>
    c.json(await createBackupPlan(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.get, async (c) => {
    const { orgId, backupPlanId } = c.req.valid('param');
    return c.json(await getBackupPlan(c.get('deps'), requireAuth(c), orgId, backupPlanId), 200);
  })
  .openapi(api.update, async (c) => {
    const { orgId, backupPlanId } = c.req.valid('param');
    return c.json(await updateBackupPlanOf(c.get('deps'), requireAuth(c), orgId, backupPlanId, c.req.valid('json')), 200);
  })
  .openapi(api.test, async (c) => {
    const { orgId, backupPlanId } = c.req.valid('param');
    return c.json(await recordRestoreTest(c.get('deps'), requireAuth(c), orgId, backupPlanId, c.req.valid('json')), 201);
  });
