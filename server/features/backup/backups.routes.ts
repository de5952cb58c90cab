// /api/admin/backups: the server's automatic backups, for system administrators.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { backupsContract as api } from './backups.contract.ts';
import { backupState, runBackupNow } from './backups.service.ts';

export const backupsRoutes = contractRoutes()
  .openapi(api.state, async (c) => c.json(await backupState(c.get('deps'), requireAuth(c)), 200))
  .openapi(api.run, async (c) => c.json(await runBackupNow(c.get('deps'), requireAuth(c)), 200));
