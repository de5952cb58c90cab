// /api/orgs/:orgId/account-systems: the 利用者台帳's systems, their accounts, and AD imports.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { sendTable, TABLE_FORMATS } from '../../http/table-response.ts';
import { jsonField, tableUpload } from '../../http/upload.ts';
import { AppError } from '../../lib/errors.ts';
import { accountHistory } from './account-history.ts';
import { accountsContract as api } from './accounts.contract.ts';
import { accountSystemsOf, accountsOfSystem, createAccountSystem } from './accounts.service.ts';
import { exportAccounts } from './export-accounts.ts';
import { importAccounts } from './import-accounts.ts';
import { importLeavers } from './import-leavers.ts';
import { leaversList } from './leavers.service.ts';

/** A user list's column mapping as sent: heading → field (or '' to leave it out), all text. */
function mappingField(raw: unknown): Record<string, string> {
  const ok = raw && typeof raw === 'object' && !Array.isArray(raw) && Object.values(raw).every((v) => typeof v === 'string');
  if (!ok)
    throw new AppError('VALIDATION', '列の対応を読み取れません。', {
      fields: [{ field: 'mapping', message: '見出し → 項目の対応ではありません' }],
    });
  return raw as Record<string, string>;
}

export const accountRoutes = contractRoutes()
  .openapi(api.systems, async (c) =>
    c.json({ systems: await accountSystemsOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.createSystem, async (c) =>
    c.json(await createAccountSystem(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.accounts, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    return c.json(await accountsOfSystem(c.get('deps'), requireAuth(c), orgId, accountSystemId, c.req.valid('query')), 200);
  })
  .openapi(api.history, async (c) => {
    const { orgId, accountId } = c.req.valid('param');
    return c.json(await accountHistory(c.get('deps'), requireAuth(c), orgId, accountId), 200);
  })
  .openapi(api.export, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    const format = TABLE_FORMATS[c.req.valid('query').format] ?? 'csv';
    return sendTable(c, await exportAccounts(c.get('deps'), requireAuth(c), orgId, accountSystemId, format), 'accounts');
  })
  .openapi(api.leavers, async (c) => c.json(await leaversList(c.get('deps'), requireAuth(c), c.req.valid('param').orgId), 200))
  .openapi(api.importLeavers, async (c) => {
    const dryRun = c.req.valid('query').dryRun === '1';
    return c.json(await importLeavers(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, () => tableUpload(c, dryRun)), 200);
  })
  .openapi(api.import, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    const dryRun = c.req.valid('query').dryRun === '1';
    const read = async () => {
      const { file, opts, form } = await tableUpload(c, dryRun);
      const mapping = typeof form.mapping === 'string' && form.mapping ? mappingField(jsonField(form.mapping, 'mapping')) : undefined;
      return { file, opts: { ...opts, mapping, skipInvalid: form.skipInvalid === '1' } };
    };
    return c.json(await importAccounts(c.get('deps'), requireAuth(c), orgId, accountSystemId, read), 200);
  });
