// What every change to one item of an assessment ends with: the assessment marked as changed, and
// the audit event naming the item, in the same transaction.
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { updateAssessmentRow } from './assessments.repo.ts';

export interface ItemRef {
  orgId: string;
  assessmentId: string;
  itemId: string;
}

export async function recordItemChange(
  tx: Tx,
  caller: Caller,
  ref: ItemRef,
  action: string,
  change: { before?: unknown; after?: unknown },
  now: Date,
) {
  await updateAssessmentRow(tx, ref.orgId, ref.assessmentId, { updatedAt: now });
  await recordAudit(
    tx,
    caller.actor,
    { organizationId: ref.orgId, action, targetType: 'assessment', targetId: `${ref.assessmentId}#${ref.itemId}`, ...change },
    now,
  );
}
