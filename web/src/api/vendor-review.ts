// The web client's review of a 事業者確認用 the vendor answered through an invitation (see ../api.ts):
// the institution accepts it, or returns it to the vendor with a comment per item.

import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const review = client.api.orgs[':orgId'].assessments[':assessmentId'].review;

export interface VendorReviewInput {
  decision: 'accept' | 'return';
  /** by item id; a return needs at least one */
  comments?: Record<string, string>;
}

export const vendorReviewApi = {
  reviewVendorForm: (orgId: string, assessmentId: string, body: VendorReviewInput) =>
    call(() => review.$post({ param: params({ orgId, assessmentId }), json: body })),
};
