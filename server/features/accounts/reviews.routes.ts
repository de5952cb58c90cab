// /api/orgs/:orgId/account-reviews …: the 棚卸し of the 利用者台帳.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { reviewsContract as api } from './reviews.contract.ts';
import { accountReview, accountReviewsOf, decideAccount, signAccountReview, startAccountReview } from './reviews.service.ts';

export const accountReviewRoutes = contractRoutes()
  .openapi(api.list, async (c) =>
    c.json({ reviews: await accountReviewsOf(c.get('deps'), requireAuth(c), c.req.valid('param').orgId) }, 200),
  )
  .openapi(api.start, async (c) => {
    const { orgId, accountSystemId } = c.req.valid('param');
    return c.json(await startAccountReview(c.get('deps'), requireAuth(c), orgId, accountSystemId, c.req.valid('json')), 201);
  })
  .openapi(api.get, async (c) => {
    const { orgId, accountReviewId } = c.req.valid('param');
    return c.json(await accountReview(c.get('deps'), requireAuth(c), orgId, accountReviewId), 200);
  })
  .openapi(api.decide, async (c) => {
    const { orgId, accountReviewId, accountId } = c.req.valid('param');
    return c.json(await decideAccount(c.get('deps'), requireAuth(c), orgId, accountReviewId, accountId, c.req.valid('json')), 200);
  })
  .openapi(api.sign, async (c) => {
    const { orgId, accountReviewId } = c.req.valid('param');
    return c.json(await signAccountReview(c.get('deps'), requireAuth(c), orgId, accountReviewId, c.req.valid('json')), 200);
  });
