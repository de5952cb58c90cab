// Use cases of the 棚卸し: start one for a system (every account but computers and deleted ones, as
// they are now, with what the ledger's rules say of each), decide each account (keep / disable /
// remove, with a reason where one is needed), and sign it off as the 企画管理者 — the decisions then
// applied to the ledger and the next review's date set. Members read; 担当者・管理者 start and decide;
// only the organisation's own administrators sign. Every step audited; a signed review never changes.
import { z } from 'zod';
import { ACCOUNT_REVIEW_DECISIONS, type ReviewSnapshot, reasonNeeded, statusAfter } from '../../../domain/accounts/review.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import { accountFindings } from '../../../domain/findings/account-findings.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { accountFactsOf } from './account-facts.ts';
import { findAccountSystem, updateAccount } from './accounts.repo.ts';
import { decide, type EntryRow, entriesOf, findReview, insertEntries, insertReview, reviewsOf, signReview } from './reviews.repo.ts';

export const startReviewSchema = z.object({ reviewer: z.string().trim().max(200).optional() });
export const decisionSchema = z.object({
  decision: z.enum(ACCOUNT_REVIEW_DECISIONS, { message: '継続・無効化・削除のいずれかを選んでください' }),
  reason: z.string().trim().max(2000).optional(),
});
export const signSchema = z.object({
  nextReviewOn: z.string().trim().min(1, '次回の棚卸しの予定日を入力してください').max(40),
  note: z.string().trim().max(4000).optional(),
});

type Review = NonNullable<Awaited<ReturnType<typeof findReview>>>;
const presentReview = ({ review: r, systemName, total, decided }: Review) => ({
  id: r.id,
  systemId: r.systemId,
  systemName,
  status: r.status,
  reviewer: r.reviewer,
  startedAt: r.startedAt.toISOString(),
  signedBy: r.signedBy,
  signedAt: r.signedAt?.toISOString() ?? null,
  nextReviewOn: r.nextReviewOn,
  note: r.note,
  total,
  decided,
  version: r.version,
});
const presentEntry = (e: EntryRow) => ({
  accountId: e.accountId,
  snapshot: e.snapshot,
  decision: e.decision,
  reason: e.reason,
  decidedBy: e.decidedBy,
  decidedAt: e.decidedAt?.toISOString() ?? null,
});

async function reviewOr404(deps: Deps, orgId: string, reviewId: string, forUpdate = false, db = deps.db) {
  const found = isUuid(reviewId) ? await findReview(db, orgId, reviewId, forUpdate) : undefined;
  if (!found) throw notFound('棚卸し');
  return found;
}
const stillOpen = (r: Review) => {
  if (r.review.status !== 'open') throw new AppError('CONFLICT', 'この棚卸しは承認済みです。承認後の記録は変えられません。');
};

export async function accountReviewsOf(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return (await reviewsOf(deps.db, orgId)).map(presentReview);
}

export async function accountReview(deps: Deps, caller: Caller, orgId: string, reviewId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const review = await reviewOr404(deps, orgId, reviewId);
  return { review: presentReview(review), entries: (await entriesOf(deps.db, orgId, reviewId)).map(presentEntry) };
}

export async function startAccountReview(deps: Deps, caller: Caller, orgId: string, systemId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const input = parseInput(startReviewSchema, raw);
  const system = isUuid(systemId) ? await findAccountSystem(deps.db, orgId, systemId) : undefined;
  if (!system) throw notFound('システム');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const facts = await accountFactsOf(tx, orgId);
    const flags = new Map<string, string[]>();
    for (const f of accountFindings(facts, todayJst(now))) flags.set(f.subject.id, [...(flags.get(f.subject.id) ?? []), f.title]);
    const accounts = facts.accounts.filter((a) => a.systemId === systemId && a.kind !== 'computer' && a.status !== 'deleted');
    const row = await insertReview(tx, {
      organizationId: orgId,
      systemId,
      reviewer: input.reviewer || caller.actor.label,
      startedBy: caller.user.id,
      startedAt: now,
      updatedAt: now,
    });
    if (!row) throw new AppError('CONFLICT', `${system.name} には実施中の棚卸しがあります。それを終えてから始めてください。`);
    await insertEntries(
      tx,
      orgId,
      row.id,
      accounts.map((a) => ({
        accountId: a.id,
        snapshot: {
          accountId: a.accountId,
          name: a.name,
          department: a.department,
          role: a.role,
          kind: a.kind,
          status: a.status,
          isAdmin: a.isAdmin,
          lastLogonOn: a.lastLogonOn,
          leftOn: a.leftOn,
          flags: flags.get(a.id) ?? [],
        } satisfies ReviewSnapshot,
      })),
    );
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'account_review.started',
        targetType: 'account_review',
        targetId: row.id,
        after: { system: system.name, reviewer: row.reviewer, accounts: accounts.length },
      },
      now,
    );
    return presentReview((await findReview(tx, orgId, row.id)) as Review);
  });
}

export async function decideAccount(deps: Deps, caller: Caller, orgId: string, reviewId: string, accountId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const input = parseInput(decisionSchema, raw);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    stillOpen(await reviewOr404(deps, orgId, reviewId, true, tx));
    const entry = isUuid(accountId) ? (await entriesOf(tx, orgId, reviewId)).find((e) => e.accountId === accountId) : undefined;
    if (!entry) throw notFound('棚卸しのアカウント');
    const reason = input.reason ?? '';
    if (!reason && reasonNeeded(input.decision, entry.snapshot)) {
      throw new AppError('VALIDATION', '理由を入力してください (無効化・削除するとき、指摘のあるアカウントを継続するとき)。', {
        fields: [{ field: 'reason', message: '理由を入力してください' }],
      });
    }
    const after = await decide(tx, orgId, reviewId, accountId, {
      decision: input.decision,
      reason,
      decidedBy: caller.actor.label,
      decidedAt: now,
    });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'account_review.decided',
        targetType: 'account_review',
        targetId: reviewId,
        before: { accountId: entry.snapshot.accountId, decision: entry.decision, reason: entry.reason },
        after: { accountId: entry.snapshot.accountId, decision: input.decision, reason },
      },
      now,
    );
    return presentEntry(after as EntryRow);
  });
}

export async function signAccountReview(deps: Deps, caller: Caller, orgId: string, reviewId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.sign');
  const input = parseInput(signSchema, raw);
  const now = deps.clock.now();
  const next = parseJapaneseDate(input.nextReviewOn);
  if (!next.ok)
    throw new AppError('VALIDATION', `次回の予定日: ${next.message}`, { fields: [{ field: 'nextReviewOn', message: next.message }] });
  if (next.iso <= todayJst(now)) {
    throw new AppError('VALIDATION', '次回の予定日は今日より後の日にしてください。', {
      fields: [{ field: 'nextReviewOn', message: '今日より後の日にしてください' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const review = await reviewOr404(deps, orgId, reviewId, true, tx);
    stillOpen(review);
    const entries = await entriesOf(tx, orgId, reviewId);
    const open = entries.filter((e) => !e.decision);
    if (open.length) {
      throw new AppError(
        'CONFLICT',
        `まだ判断していないアカウントが ${open.length} 件あります: ${open
          .slice(0, 5)
          .map((e) => e.snapshot.accountId)
          .join('、')}`,
      );
    }
    const signed = await signReview(tx, orgId, reviewId, {
      signedBy: caller.actor.label,
      signedByUser: caller.user.id,
      signedAt: now,
      nextReviewOn: next.iso,
      note: input.note ?? '',
    });
    if (!signed) throw new AppError('CONFLICT', 'この棚卸しは承認済みです。');
    // the decisions applied to the ledger: an account disabled or removed here is so in the ledger
    // (a later import from the system itself shows whether it really was)
    const facts = new Map((await accountFactsOf(tx, orgId)).accounts.map((a) => [a.id, a]));
    const changed: { accountId: string; from: string; to: string }[] = [];
    for (const e of entries) {
      const to = e.decision ? statusAfter[e.decision] : null;
      const current = facts.get(e.accountId);
      if (!to || !current || current.status === to) continue;
      await updateAccount(tx, orgId, e.accountId, { status: to }, caller.user.id, now);
      changed.push({ accountId: current.accountId, from: current.status, to });
    }
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'account_review.signed',
        targetType: 'account_review',
        targetId: reviewId,
        after: { system: review.systemName, nextReviewOn: next.iso, accounts: entries.length, changed },
      },
      now,
    );
    return presentReview((await findReview(tx, orgId, reviewId)) as Review);
  });
}
