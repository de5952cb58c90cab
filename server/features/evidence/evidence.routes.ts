// /api/orgs/:orgId/evidence: upload (multipart field "file"), list, download as attachment, delete.
import { Hono } from 'hono';
import { isEvidenceExtension, servedEvidenceType } from '../../../domain/evidence-types.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { AppError } from '../../lib/errors.ts';
import { deleteEvidence, downloadEvidence, listOrgEvidence, uploadEvidence } from './evidence.service.ts';

// A file kept before the kind list (a script, an installer) is sent as opaque bytes under a name
// that no system runs on a double click.
const safeName = (name: string, type: string) =>
  isEvidenceExtension(name) ? name : `${name}${type.startsWith('text/') ? '.txt' : '.bin'}`;

export const evidenceRoutes = new Hono<AppEnv>()
  .get('/orgs/:orgId/evidence', async (c) =>
    c.json({
      files: await listOrgEvidence(c.get('deps'), requireAuth(c), c.req.param('orgId')),
      maxUploadBytes: c.get('deps').config.maxUploadBytes,
    }),
  )
  .post('/orgs/:orgId/evidence', async (c) => {
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
    return c.json(await uploadEvidence(c.get('deps'), caller, c.req.param('orgId'), read), 201);
  })
  .get('/orgs/:orgId/evidence/:evidenceId', async (c) => {
    const { file, data } = await downloadEvidence(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('evidenceId'));
    const type = servedEvidenceType(file.contentType);
    return c.body(data as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(safeName(file.fileName, file.contentType))}`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  })
  .delete('/orgs/:orgId/evidence/:evidenceId', async (c) =>
    c.json(await deleteEvidence(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('evidenceId'))),
  );
