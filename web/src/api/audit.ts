// The web client's calls of the audit area (see ../api.ts).

import type { AuditQuery } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

/** The filter as the query string carries it (empty fields left out). */
const queryOf = (query: AuditQuery): Record<string, string> => {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q[k] = String(v);
  return q;
};

export const auditApi = {
  audit: (orgId: string | null, query: AuditQuery) =>
    orgId
      ? call(() => client.api.orgs[':orgId'].audit.$get({ param: params({ orgId }), query: queryOf(query) }))
      : call(() => client.api.audit.$get({ query: queryOf(query) })),
  /** a signed checkpoint of the audit log (downloaded as a file) */
  auditCheckpointUrl: (orgId: string | null) => (orgId ? `/api/orgs/${id(orgId)}/audit/checkpoint` : '/api/audit/checkpoint'),
};
