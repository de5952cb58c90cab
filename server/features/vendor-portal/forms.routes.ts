// /api/vendor-portal/…/forms: the vendor answers; /api/orgs/:orgId/assessments/:id/review: the institution decides.
import { contractRoutes } from '../../http/contract.ts';
import { requireAuth } from '../../http/request.ts';
import { evidenceUploadOf, uploadedFile } from '../../http/upload.ts';
import { evidenceAttachment } from '../evidence/evidence.routes.ts';
import { portalFormsContract as api, reviewContract } from './forms.contract.ts';
import {
  formsOfMyInvitation,
  getMyForm,
  helpOfMyForm,
  reviewVendorForm,
  saveMyAnswer,
  setMyItemScope,
  submitMyForm,
} from './forms.service.ts';
import { portalDisclosureContract as disclosures } from './portal-disclosures.contract.ts';
import { disclosuresOfMyInvitation, submitMyDisclosure } from './portal-disclosures.ts';
import { detachMyEvidence, downloadMyEvidence, uploadMyEvidence } from './portal-evidence.ts';
import { startFromContract as startFrom } from './start-from.contract.ts';
import { sourcesForMyForm, startMyFormFrom } from './start-from.ts';

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
  .openapi(api.help, async (c) =>
    c.json(await helpOfMyForm(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId), 200),
  )
  .openapi(api.saveAnswer, async (c) => {
    const { assessmentId, itemId } = c.req.valid('param');
    return c.json(await saveMyAnswer(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.scope, async (c) => {
    const { assessmentId, itemId } = c.req.valid('param');
    return c.json(await setMyItemScope(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, itemId, c.req.valid('json')), 200);
  })
  .openapi(api.uploadEvidence, async (c) => {
    const { assessmentId, itemId } = c.req.valid('param');
    const caller = requireAuth(c, { vendor: 'only' });
    return c.json(await uploadMyEvidence(c.get('deps'), caller, assessmentId, itemId, () => evidenceUploadOf(c)), 200);
  })
  .openapi(api.detachEvidence, async (c) => {
    const { assessmentId, itemId, evidenceId } = c.req.valid('param');
    return c.json(await detachMyEvidence(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, itemId, evidenceId), 200);
  })
  .openapi(api.downloadEvidence, async (c) => {
    const { assessmentId, evidenceId } = c.req.valid('param');
    return evidenceAttachment(c, await downloadMyEvidence(c.get('deps'), requireAuth(c, { vendor: 'only' }), assessmentId, evidenceId));
  })
  .openapi(disclosures.list, async (c) =>
    c.json(
      {
        systems: await disclosuresOfMyInvitation(
          c.get('deps'),
          requireAuth(c, { vendor: 'only' }),
          c.req.valid('param').vendorInvitationId,
        ),
      },
      200,
    ),
  )
  .openapi(disclosures.submit, async (c) => {
    const { vendorInvitationId: invitationId, systemId } = c.req.valid('param');
    const read = async () => {
      const { form, upload, bytes } = await uploadedFile(c);
      return { upload: { fileName: upload.name, bytes }, header: form };
    };
    return c.json(await submitMyDisclosure(c.get('deps'), requireAuth(c, { vendor: 'only' }), { invitationId, systemId }, read), 201);
  })
  .openapi(startFrom.sources, async (c) =>
    c.json({ sources: await sourcesForMyForm(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId) }, 200),
  )
  .openapi(startFrom.start, async (c) =>
    c.json(
      await startMyFormFrom(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId, c.req.valid('json')),
      200,
    ),
  )
  .openapi(api.submit, async (c) =>
    c.json(await submitMyForm(c.get('deps'), requireAuth(c, { vendor: 'only' }), c.req.valid('param').assessmentId), 200),
  );

export const reviewRoutes = contractRoutes().openapi(reviewContract.review, async (c) => {
  const { orgId, assessmentId } = c.req.valid('param');
  return c.json(await reviewVendorForm(c.get('deps'), requireAuth(c), orgId, assessmentId, c.req.valid('json')), 200);
});
