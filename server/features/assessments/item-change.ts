// What every change to one item of an assessment starts with (the caller may write, the item is of
// the assessment's form) and ends with: the assessment marked as changed, and the audit event naming
// the item, in the same transaction.
import type { AuditAction } from '../../../domain/audit/actions.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { updateAssessmentRow } from './assessments.repo.ts';
import { assessmentOrNotFound, textOf } from './assessments.service.ts';

/** The assessment, the text it is answered on and the item, for a caller who may change answers. */
export async function itemForWrite(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const row = await assessmentOrNotFound(deps, orgId, assessmentId);
  const text = textOf(deps, row);
  const item = text.form.items.find((i) => i.id === itemId);
  if (!item) throw notFound(`項目 ${itemId}`);
  return { row, text, item };
}

export interface ItemRef {
  orgId: string;
  assessmentId: string;
  itemId: string;
}

export async function recordItemChange(
  tx: Tx,
  caller: Caller,
  ref: ItemRef,
  action: AuditAction,
  change: { before?: object | null; after?: object | null },
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
