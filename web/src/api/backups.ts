// The web client's calls of Mamori's own automatic backups (see ../api.ts): system administrators only.
import { client } from '../api-client.ts';
import { call } from '../api-core.ts';

const backups = client.api.admin.backups;

export const backupsApi = {
  backups: () => call(() => backups.$get()),
  runBackup: () => call(() => backups.run.$post()),
};
