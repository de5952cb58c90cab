// The web client's call of the バックアップ台帳 import (see ../api.ts): the file as multipart/form-data
// through the typed client (the form is the request's body; the answer's type comes from the contract).
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const backupImport = client.api.orgs[':orgId']['backup-plans'].import;

export type BackupImportEncoding = 'auto' | 'utf8' | 'cp932';

export const backupImportApi = {
  /** dryRun: the preview only (counts, first changes, problems); otherwise all rows stored, or none */
  importBackupPlans: (orgId: string, file: File, encoding: BackupImportEncoding, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    form.append('encoding', encoding);
    return call(() => backupImport.$post({ param: params({ orgId }), query: dryRun ? { dryRun: '1' } : {} }, { init: { body: form } }));
  },
};

export type BackupImportReport = Awaited<ReturnType<typeof backupImportApi.importBackupPlans>>;
