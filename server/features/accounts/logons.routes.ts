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
    const { fileName, utcOffset, keep } = c.req.valid('query');
    const limit = c.get('deps').config.maxUploadBytes;
    // keeping the original: a file said to be larger than the evidence limit is refused before it is read
    if (keep === '1' && Number(c.req.header('content-length') ?? 0) > limit) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `元のファイルを証跡として残せるのは ${Math.round(limit / 1048576)} MB までです。残さずに読むか、期間を分けて書き出してください。`,
        { fields: [{ field: 'keep', message: '上限を超えています' }] },
      );
    }
    const file = { name: fileName ?? '', chunks: body, utcOffset, keep: keep === '1' };
    const detail = await importLogons(c.get('deps'), requireAuth(c), orgId, accountSystemId, file);
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
