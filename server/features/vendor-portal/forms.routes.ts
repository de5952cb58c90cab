// /api/vendor-portal/…/forms: the vendor answers; /api/orgs/:orgId/assessments/:id/review: the institution decides.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { portalFormsContract as api, reviewContract } from './forms.contract.ts';
import { formsOfMyInvitation, getMyForm, reviewVendorForm, saveMyAnswer, setMyItemScope, submitMyForm } from './forms.service.ts';

export const portalFormRoutes = contractRoutes()
  .openapi(api.forms, async (c) =>
    c.json(
      { forms: await formsOfMyInvitation(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').vendorInvitationId) },
      200,
    ),
  )
  .openapi(api.form, async (c) =>
    c.json(await getMyForm(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId), 200),
  )
  .openapi(api.saveAnswer, async (c) => {
    const { assessmentId, itemId } = c.req.valid('param');
    return c.json(await saveMyAnswer(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.scope, async (c) => {
    const { assessmentId, itemId } = c.req.valid('param');
    return c.json(await setMyItemScope(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.submit, async (c) =>
    c.json(await submitMyForm(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId), 200),
  );

export const reviewRoutes = contractRoutes().openapi(reviewContract.review, async (c) => {
  const { orgId, assessmentId } = c.req.valid('param');
  return c.json(await reviewVendorForm(c.get('deps'), requireAuth(c), orgId, assessmentId, c.req.valid('json')), 200);
});
