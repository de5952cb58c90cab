// /api/orgs/:orgId/evidence: upload (multipart field "file"), list, download as attachment, delete.
import { isEvidenceExtension, servedEvidenceType } from '../../../domain/evidence-types.ts';
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { AppError } from '../../lib/errors.ts';
import { evidenceContract as api } from './evidence.contract.ts';
import { deleteEvidence, downloadEvidence, listOrgEvidence, uploadEvidence } from './evidence.service.ts';

// A file kept before the kind list (a script, an installer) is sent as opaque bytes under a name
// that no system runs on a double click.
const safeName = (name: string, type: string) =>
  isEvidenceExtension(name) ? name : `${name}${type.startsWith('text/') ? '.txt' : '.bin'}`;

export const evidenceRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json(
      {
        files: await listOrgEvidence(c.get('deps'), requireAuth(c), c.req.valid('param').orgId),
        maxUploadBytes: c.get('deps').config.maxUploadBytes,
      },
      200,
    ),
  )
  .openapi(api.upload, async (c) => {
    const caller = requireAuth(c);
    const read = async () => {
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'ファイルは multipart/form-data で送信してください。');
      }
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) {
        throw new AppError('VALIDATION', 'ファイルを選択してください。', { fields: [{ field: 'file', message: 'ファイルがありません' }] });
      }
      const description = typeof form.description === 'string' ? form.description : undefined;
      return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), description };
    };
    return c.json(await uploadEvidence(c.get('deps'), caller, c.req.valid('param').orgId, read), 201);
  })
  .openapi(api.download, async (c) => {
    const { orgId, evidenceId } = c.req.valid('param');
    const { file, data } = await downloadEvidence(c.get('deps'), requireAuth(c), orgId, evidenceId);
    const type = servedEvidenceType(file.contentType);
    return c.body(data as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(safeName(file.fileName, file.contentType))}`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  })
  .openapi(api.delete, async (c) => {
    const { orgId, evidenceId } = c.req.valid('param');
    return c.json(await deleteEvidence(c.get('deps'), requireAuth(c), orgId, evidenceId), 200);
  });
