// /api/orgs/:orgId/account-systems/:id/logons, /api/orgs/:orgId/logon-imports/:id: logon events read
// from files. The file is the request's body itself, read as a stream (never held whole).
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { AppError } from '../../lib/errors.ts';
import { logonsContract as api } from './logons.contract.ts';
import { importLogons, logonImportDetail, logonImportsList, removeLogonImport } from './logons.service.ts';

export const logonsRoutes = contractRoutes()
  .openapi(api.list, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    return c.json(await logonImportsList(c.get('deps'), requireAuth(c), orgId, accountSystemId), 200);
  })
  .openapi(api.import, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    const body = c.req.raw.body;
    if (!body)
      throw new AppError('VALIDATION', 'ファイルを選択してください。', { fields: [{ field: 'file', message: 'ファイルがありません' }] });
    const { fileName, utcOffset } = c.req.valid('query');
    const detail = await importLogons(c.get('deps'), requireAuth(c), orgId, accountSystemId, {
      name: fileName ?? '',
      chunks: body,
      utcOffset,
    });
    return c.json(detail, 201);
  })
  .openapi(api.detail, async (c) => {
    const { orgId, logonImportId } = c.req.valid('param');
    return c.json(await logonImportDetail(c.get('deps'), requireAuth(c), orgId, logonImportId, c.req.valid('query').q ?? ''), 200);
  })
  .openapi(api.remove, async (c) => {
    const { orgId, logonImportId } = c.req.valid('param');
    return c.json(await removeLogonImport(c.get('deps'), requireAuth(c), orgId, logonImportId), 200);
  });
