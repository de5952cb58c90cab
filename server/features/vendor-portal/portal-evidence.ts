// Evidence the person at the vendor gives with an answer: a file uploaded into the institution's
// evidence store and attached to the item, in one transaction, while the form is being answered or
// was returned; removed again only by whoever attached it (the file stays in the store). The person
// downloads only files attached to their own forms (those the institution attached too: the form is
// theirs). The form is locked and found still open inside the transaction. Audited in the institution's trail.
import type { Deps } from '../../deps.ts';
import { notFound } from '../../lib/errors.ts';
import { attach, detach, linksOf } from '../assessments/answer-evidence.repo.ts';
import { presentLinks } from '../assessments/assessments.present.ts';
import { recordItemChange } from '../assessments/item-change.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, readBlob } from '../evidence/evidence.repo.ts';
import { checkUpload, storeEvidenceIn, type Upload } from '../evidence/evidence.service.ts';
import { isUuid } from '../orgs/orgs.policy.ts';
import { myForm, myOpenItem, ownLoginOnly, stillOpen } from './forms.service.ts';

const itemLinks = async (deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string) =>
  presentLinks((await linksOf(deps.db, orgId, [assessmentId])).filter((l) => l.itemId === itemId)).map((l) => ({
    ...l,
    attachedBy: ownLoginOnly(caller, l.attachedBy),
  }));

/** Uploads a file and attaches it to one item of the person's open form. */
export async function uploadMyEvidence(deps: Deps, caller: Caller, assessmentId: string, itemId: string, read: () => Promise<Upload>) {
  const { row } = await myOpenItem(deps, caller, assessmentId, itemId);
  const orgId = row.organizationId;
  const file = await checkUpload(deps, await read());
  await deps.db.transaction(async (tx) => {
    await stillOpen(caller, assessmentId)(tx);
    const now = deps.clock.now();
    const stored = await storeEvidenceIn(tx, caller, orgId, file, now);
    await attach(tx, { organizationId: orgId, assessmentId, itemId, evidenceId: stored.id, attachedBy: caller.user.id, attachedAt: now });
    await recordItemChange(
      tx,
      caller,
      { orgId, assessmentId, itemId },
      'assessment.evidence_attached',
      { after: { evidenceId: stored.id, fileName: stored.fileName, sha256: stored.sha256 } },
      now,
    );
  });
  return { evidence: await itemLinks(deps, caller, orgId, assessmentId, itemId) };
}

/** Takes a file the person attached off an item of their open form. */
export async function detachMyEvidence(deps: Deps, caller: Caller, assessmentId: string, itemId: string, evidenceId: string) {
  const { row } = await myOpenItem(deps, caller, assessmentId, itemId);
  const orgId = row.organizationId;
  if (!isUuid(evidenceId)) throw notFound('添付');
  await deps.db.transaction(async (tx) => {
    await stillOpen(caller, assessmentId)(tx);
    const now = deps.clock.now();
    if (!(await detach(tx, orgId, assessmentId, itemId, evidenceId, caller.user.id))) throw notFound('添付');
    await recordItemChange(tx, caller, { orgId, assessmentId, itemId }, 'assessment.evidence_detached', { before: { evidenceId } }, now);
  });
  return { evidence: await itemLinks(deps, caller, orgId, assessmentId, itemId) };
}

/** A file attached to one of the person's forms. */
export async function downloadMyEvidence(deps: Deps, caller: Caller, assessmentId: string, evidenceId: string) {
  const row = await myForm(deps, caller, assessmentId);
  const link = isUuid(evidenceId)
    ? (await linksOf(deps.db, row.organizationId, [row.id])).find((l) => l.evidenceId === evidenceId)
    : undefined;
  const file = link ? await findEvidence(deps.db, row.organizationId, evidenceId) : undefined;
  const data = file ? await readBlob(deps.db, row.organizationId, file.sha256) : undefined;
  if (!link || !data) throw notFound('証跡ファイル');
  return { file: { fileName: link.fileName, contentType: link.contentType }, data };
}
