// Use cases: attach an evidence file of the organisation's store to one item's answer, or detach
// it. The file itself stays in the store (証跡ファイル); detaching never deletes it. Audited.
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { findEvidence } from '../evidence/evidence.repo.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { attach, detach, linksOf } from './answer-evidence.repo.ts';
import { presentLinks } from './assessments.present.ts';
import type { AttachEvidenceInput } from './assessments.schemas.ts';
import { itemForWrite, recordItemChange } from './item-change.ts';

const itemLinks = async (deps: Deps, orgId: string, assessmentId: string, itemId: string) =>
  presentLinks((await linksOf(deps.db, orgId, [assessmentId])).filter((l) => l.itemId === itemId));

export async function attachEvidence(
  deps: Deps,
  caller: Caller,
  orgId: string,
  assessmentId: string,
  itemId: string,
  { evidenceId }: AttachEvidenceInput,
) {
  await itemForWrite(deps, caller, orgId, assessmentId, itemId);
  const file = await findEvidence(deps.db, orgId, evidenceId);
  if (!file)
    throw new AppError('VALIDATION', '証跡ファイルが見つかりません。削除されたか、別の組織のファイルです。', {
      fields: [{ field: 'evidenceId', message: '見つかりません' }],
    });
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const added = await attach(tx, {
      organizationId: orgId,
      assessmentId,
      itemId,
      evidenceId,
      attachedBy: caller.user.id,
      attachedAt: now,
    });
    if (!added) return;
    await recordItemChange(
      tx,
      caller,
      { orgId, assessmentId, itemId },
      'assessment.evidence_attached',
      { after: { evidenceId, fileName: file.fileName, sha256: file.sha256 } },
      now,
    );
  });
  return { evidence: await itemLinks(deps, orgId, assessmentId, itemId) };
}

export async function detachEvidence(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string, evidenceId: string) {
  await itemForWrite(deps, caller, orgId, assessmentId, itemId);
  if (!isUuid(evidenceId)) throw notFound('添付');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await detach(tx, orgId, assessmentId, itemId, evidenceId))) throw notFound('添付');
    await recordItemChange(tx, caller, { orgId, assessmentId, itemId }, 'assessment.evidence_detached', { before: { evidenceId } }, now);
  });
  return { evidence: await itemLinks(deps, orgId, assessmentId, itemId) };
}
