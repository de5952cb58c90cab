// Use cases for evidence files: upload (size-limited, kinds by list checked on content, stored once per content),
// list, download (members only), delete (soft, audited).
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type EvidenceRow, findEvidence, insertEvidence, listEvidence, markEvidenceDeleted, putBlob, readBlob } from './evidence.repo.ts';
import { checkEvidence } from './evidence-check.ts';

export const presentEvidence = (e: EvidenceRow) => ({
  id: e.id,
  fileName: e.fileName,
  contentType: e.contentType,
  size: e.size,
  sha256: e.sha256,
  description: e.description,
  uploadedBy: e.uploadedBy,
  createdAt: e.createdAt.toISOString(),
});

/** Keeps the base name only, without control characters or path separators. */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\p{Cf}"<>|:*?]/gu, '')
    .trim()
    .slice(0, 200);
  return clean || 'file';
}

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  description?: string | undefined;
}

/** A file checked for the store: not empty, within the limit, of a kind kept (read from its content). */
export interface CheckedUpload {
  fileName: string;
  contentType: string;
  sha256: string;
  bytes: Uint8Array;
  description: string | null;
}

export async function checkUpload(deps: Deps, upload: Upload): Promise<CheckedUpload> {
  const limit = deps.config.maxUploadBytes;
  if (upload.bytes.byteLength > limit) {
    throw new AppError('PAYLOAD_TOO_LARGE', `ファイルが大きすぎます (上限 ${Math.round(limit / 1048576)} MB)。`, {
      fields: [{ field: 'file', message: '上限を超えています' }],
    });
  }
  if (upload.bytes.byteLength === 0)
    throw new AppError('VALIDATION', 'ファイルが空です。', { fields: [{ field: 'file', message: '空のファイルです' }] });
  const fileName = cleanFileName(upload.fileName);
  const contentType = await checkEvidence(fileName, upload.bytes);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return { fileName, contentType, sha256, bytes: upload.bytes, description: upload.description?.slice(0, 500) || null };
}

/** Stores a checked file in the organisation's evidence store (the bytes once per content), audited. */
export async function storeEvidenceIn(tx: Tx, caller: Caller, orgId: string, file: CheckedUpload, now: Date) {
  await putBlob(tx, orgId, file.sha256, file.bytes, now);
  const row = await insertEvidence(tx, {
    organizationId: orgId,
    sha256: file.sha256,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.bytes.byteLength,
    description: file.description,
    uploadedBy: caller.user.id,
    createdAt: now,
  });
  await recordAudit(
    tx,
    caller.actor,
    { organizationId: orgId, action: 'evidence.uploaded', targetType: 'evidence', targetId: row.id, after: presentEvidence(row) },
    now,
  );
  return row;
}

/** `upload` may be a function that reads the request body: it is only called once access is granted. */
export async function uploadEvidence(deps: Deps, caller: Caller, orgId: string, source: Upload | (() => Promise<Upload>)) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const file = await checkUpload(deps, typeof source === 'function' ? await source() : source);
  return deps.db.transaction(async (tx) => presentEvidence(await storeEvidenceIn(tx, caller, orgId, file, deps.clock.now())));
}

export async function listOrgEvidence(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return (await listEvidence(deps.db, orgId)).map(presentEvidence);
}

async function evidenceOrNotFound(deps: Deps, orgId: string, id: string) {
  const row = isUuid(id) ? await findEvidence(deps.db, orgId, id) : undefined;
  if (!row) throw notFound('証跡ファイル');
  return row;
}

export async function downloadEvidence(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = await evidenceOrNotFound(deps, orgId, id);
  const data = await readBlob(deps.db, orgId, row.sha256);
  if (!data) throw notFound('証跡ファイルの内容');
  return { file: presentEvidence(row), data };
}

export async function deleteEvidence(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const row = await evidenceOrNotFound(deps, orgId, id);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await markEvidenceDeleted(tx, orgId, id, now);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'evidence.deleted', targetType: 'evidence', targetId: id, before: presentEvidence(row) },
      now,
    );
  });
  return { deleted: true };
}
