// /api/orgs/:orgId/evidence: upload (multipart field "file"), list, download as attachment, delete.

import type { Context } from 'hono';
import { isEvidenceExtension, servedEvidenceType } from '../../../domain/evidence-types.ts';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { evidenceUploadOf } from '../../http/upload.ts';
import { evidenceContract as api } from './evidence.contract.ts';
import { deleteEvidence, downloadEvidence, listOrgEvidence, uploadEvidence } from './evidence.service.ts';

// A file kept before the kind list (a script, an installer) is sent as opaque bytes under a name
// that no system runs on a double click.
const safeName = (name: string, type: string) =>
  isEvidenceExtension(name) ? name : `${name}${type.startsWith('text/') ? '.txt' : '.bin'}`;

/** An evidence file sent as an attachment that the browser neither runs nor sniffs. */
export const evidenceAttachment = (
  c: Context<AppEnv>,
  { file, data }: { file: { fileName: string; contentType: string }; data: Uint8Array },
) =>
  c.body(data as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': servedEvidenceType(file.contentType),
    'Content-Disposition': `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(safeName(file.fileName, file.contentType))}`,
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
  });

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
    return c.json(await uploadEvidence(c.get('deps'), caller, c.req.valid('param').orgId, () => evidenceUploadOf(c)), 201);
  })
  .openapi(api.download, async (c) => {
    const { orgId, evidenceId } = c.req.valid('param');
    return evidenceAttachment(c, await downloadEvidence(c.get('deps'), requireAuth(c), orgId, evidenceId));
  })
  .openapi(api.delete, async (c) => {
    const { orgId, evidenceId } = c.req.valid('param');
    return c.json(await deleteEvidence(c.get('deps'), requireAuth(c), orgId, evidenceId), 200);
  });
