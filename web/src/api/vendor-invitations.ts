// The web client's calls of the invitations of a vendor (see ../api.ts): the institution invites a
// person at the vendor to answer the 事業者確認用 through a link (shown in the answer to the
// invitation only), lists the vendor's invitations, reminds by e-mail, revokes one.

import type { VendorInvitationInput } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const invitations = client.api.orgs[':orgId'].vendors[':vendorId'].invitations;

export const vendorInvitationsApi = {
  invitationsOfVendor: (orgId: string, vendorId: string) => call(() => invitations.$get({ param: params({ orgId, vendorId }) })),
  inviteVendor: (orgId: string, vendorId: string, body: VendorInvitationInput) =>
    call(() => invitations.$post({ param: params({ orgId, vendorId }), json: body })),
  /** e-mails the person a reminder (one a day at most; the server needs MAMORI_SMTP_URL) */
  remindVendorInvitation: (orgId: string, vendorId: string, vendorInvitationId: string) =>
    call(() => invitations[':vendorInvitationId'].remind.$post({ param: params({ orgId, vendorId, vendorInvitationId }) })),
  revokeVendorInvitation: (orgId: string, vendorId: string, vendorInvitationId: string) =>
    call(() => invitations[':vendorInvitationId'].revoke.$post({ param: params({ orgId, vendorId, vendorInvitationId }) })),
};
