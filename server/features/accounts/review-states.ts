// Where each system of the 利用者台帳 stands with its 棚卸し: the one in progress, and the last one signed
// off (its date, JST) with the next date it set. Read by the systems list and by the rules' facts.
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import { reviewsOf } from './reviews.repo.ts';

export type ReviewState = { openReviewId: string | null; lastReviewOn: string | null; nextReviewOn: string | null };
export const NO_REVIEW: ReviewState = { openReviewId: null, lastReviewOn: null, nextReviewOn: null };

/** Per system: its open 棚卸し, and the last one signed off (its date, JST) with the next date it set. */
export async function reviewStates(db: Db | Tx, orgId: string): Promise<Map<string, ReviewState>> {
  const out = new Map<string, ReviewState>();
  // newest first: the first open one and the first signed one per system are the ones that count
  for (const { review } of await reviewsOf(db, orgId)) {
    const s = out.get(review.systemId) ?? { ...NO_REVIEW };
    if (review.status === 'open' && !s.openReviewId) s.openReviewId = review.id;
    if (review.status === 'signed' && review.signedAt && !s.lastReviewOn) {
      s.lastReviewOn = todayJst(review.signedAt);
      s.nextReviewOn = review.nextReviewOn;
    }
    out.set(review.systemId, s);
  }
  return out;
}
