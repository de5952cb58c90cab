// /api/orgs/:orgId/account-systems: the 利用者台帳's systems, their accounts, and AD imports.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { tableUpload, uploadedFile } from '../../http/upload.ts';
import { accountsContract as api } from './accounts.contract.ts';
import { accountSystemsOf, accountsOfSystem, createAccountSystem } from './accounts.service.ts';
import { importAccounts } from './import-accounts.ts';
import { importLeavers } from './import-leavers.ts';
import { leaversList } from './leavers.service.ts';

export const accountRoutes = contractRoutes()
  .openapi(api.systems, async (c) =>
    c.json({ systems: await accountSystemsOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.createSystem, async (c) =>
    c.json(await createAccountSystem(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('json')), 201),
  )
  .openapi(api.accounts, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    return c.json(await accountsOfSystem(c.get('deps'), requireAuth(c), orgId, accountSystemId), 200);
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
      const { form, upload, bytes } = await uploadedFile(c);
      const encoding = form.encoding === 'utf8' || form.encoding === 'cp932' ? form.encoding : 'auto';
      return { file: { name: upload.name, bytes }, opts: { encoding, dryRun } as const };
    };
    return c.json(await importAccounts(c.get('deps'), requireAuth(c), orgId, accountSystemId, read), 200);
  });
