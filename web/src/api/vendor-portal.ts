// The web client's calls of the vendor portal (see ../api.ts): what a link is for, using it, and the
// person's invitations. The link's token travels in the request body only.
import type { InferRequestType } from 'hono/client';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const portal = client.api['vendor-portal'];

export const vendorPortalApi = {
  vendorLink: (token: string) => call(() => portal.link.$post({ json: { token } })),
  vendorAccept: (body: { token: string; loginId: string; displayName: string; password: string }) =>
    call(() => portal.accept.$post({ json: body })),
  vendorAcceptSignedIn: (token: string) => call(() => portal['accept-signed-in'].$post({ json: { token } })),
  vendorInvitations: () => call(() => portal.invitations.$get()),
  vendorForms: (vendorInvitationId: string) =>
    call(() => portal.invitations[':vendorInvitationId'].forms.$get({ param: params({ vendorInvitationId }) })),
  vendorForm: (assessmentId: string) => call(() => portal.forms[':assessmentId'].$get({ param: params({ assessmentId }) })),
  vendorSaveAnswer: (assessmentId: string, itemId: string, body: VendorAnswerInput) =>
    call(() => portal.forms[':assessmentId'].answers[':itemId'].$put({ param: params({ assessmentId, itemId }), json: body })),
  vendorSetScope: (assessmentId: string, itemId: string, body: { outOfScope: boolean; version: number }) =>
    call(() => portal.forms[':assessmentId'].answers[':itemId'].scope.$put({ param: params({ assessmentId, itemId }), json: body })),
  /** Mamori's help on the items of one of the person's forms */
  vendorFormHelp: (assessmentId: string) => call(() => portal.forms[':assessmentId'].help.$get({ param: params({ assessmentId }) })),
  /** takes a file the person attached off an item (the institution keeps the file) */
  vendorDetachEvidence: (assessmentId: string, itemId: string, evidenceId: string) =>
    call(() =>
      portal.forms[':assessmentId'].answers[':itemId'].evidence[':evidenceId'].$delete({
        param: params({ assessmentId, itemId, evidenceId }),
      }),
    ),
  vendorEvidenceUrl: (assessmentId: string, evidenceId: string) =>
    `/api/vendor-portal/forms/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(evidenceId)}`,
  /** the systems of an invitation with the MDS/SDS the institution keeps */
  vendorSystems: (vendorInvitationId: string) =>
    call(() => portal.invitations[':vendorInvitationId'].systems.$get({ param: params({ vendorInvitationId }) })),
  /** what one of the person's forms may start from (earlier year, another institution's form of the system) */
  vendorFormSources: (assessmentId: string) => call(() => portal.forms[':assessmentId'].sources.$get({ param: params({ assessmentId }) })),
  /** copies the vendor's answers of a source onto the items not yet answered */
  vendorStartFrom: (assessmentId: string, sourceId: string) =>
    call(() => portal.forms[':assessmentId']['start-from'].$post({ param: params({ assessmentId }), json: { sourceId } })),
  vendorSubmit: (assessmentId: string) => call(() => portal.forms[':assessmentId'].submit.$post({ param: params({ assessmentId }) })),
};

export type VendorAnswerInput = InferRequestType<(typeof portal.forms)[':assessmentId']['answers'][':itemId']['$put']>['json'];
export type VendorForm = Awaited<ReturnType<typeof vendorPortalApi.vendorForm>>;

export type VendorLinkInfo = Awaited<ReturnType<typeof vendorPortalApi.vendorLink>>;
export type PortalInvitation = Awaited<ReturnType<typeof vendorPortalApi.vendorInvitations>>['invitations'][number];
export type PortalSystem = Awaited<ReturnType<typeof vendorPortalApi.vendorSystems>>['systems'][number];
export type StartReport = Awaited<ReturnType<typeof vendorPortalApi.vendorStartFrom>>;
