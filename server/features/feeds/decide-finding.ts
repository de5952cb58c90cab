// Use case: a person confirms a finding (確認した) or dismisses it as a false positive with a reason
// (誤検知として除外). The decision holds while the row and the loaded feeds stay as they were; when
// either changes, the finding shows again undecided. Audited; undoing removes the decision.
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { deleteDecision, saveDecision } from './decisions.repo.ts';
import { feedsStamp } from './feeds.repo.ts';
import { deviceFindings } from './findings.service.ts';

export const decisionSchema = z.object({
  decision: z.enum(['confirmed', 'dismissed']),
  reason: z.string().max(2000).optional().default(''),
});

export async function decideFinding(deps: Deps, caller: Caller, orgId: string, findingId: string, input: z.output<typeof decisionSchema>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const reason = input.reason.normalize('NFKC').trim();
  if (input.decision === 'dismissed' && !reason) {
    throw new AppError('VALIDATION', '除外する理由を入力してください (例: この機器は該当の機能を使っていない)。', {
      fields: [{ field: 'reason', message: '理由が必要です' }],
    });
  }
  const finding = (await deviceFindings(deps.db, orgId, deps.clock.now(), { withDecisions: false })).find((f) => f.id === findingId);
  if (!finding) throw notFound('指摘');
  const now = deps.clock.now();
  const row = {
    organizationId: orgId,
    findingId,
    decision: input.decision,
    reason,
    rowStamp: finding.subject.stamp,
    feedStamp: await feedsStamp(deps.db),
    decidedBy: caller.actor.label,
    decidedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await saveDecision(tx, row);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: `finding.${input.decision}`,
        targetType: 'finding',
        targetId: findingId,
        after: { reason, title: finding.title, subject: finding.subject.label },
      },
      now,
    );
  });
  return { findingId, decision: row.decision, reason, decidedBy: row.decidedBy, decidedAt: now.toISOString() };
}

export async function undoDecision(deps: Deps, caller: Caller, orgId: string, findingId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  await deps.db.transaction(async (tx) => {
    const removed = await deleteDecision(tx, orgId, findingId);
    if (!removed) throw notFound('判断');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'finding.undecided',
        targetType: 'finding',
        targetId: findingId,
        before: { decision: removed.decision, reason: removed.reason },
      },
      deps.clock.now(),
    );
  });
  return { findingId, decision: null };
}
