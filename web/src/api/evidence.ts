// The web client's calls of the evidence area (see ../api.ts).
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const evidence = client.api.orgs[':orgId'].evidence;

export const evidenceApi = {
  listEvidence: (orgId: string) => call(() => evidence.$get({ param: params({ orgId }) })),
  evidenceUrl: (orgId: string, evidenceId: string) => `/api/orgs/${id(orgId)}/evidence/${id(evidenceId)}`,
  deleteEvidence: (orgId: string, evidenceId: string) =>
    call(() => evidence[':evidenceId'].$delete({ param: params({ orgId, evidenceId }) })),
};
