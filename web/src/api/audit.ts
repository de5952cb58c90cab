// The web client's calls of the audit area (see ../api.ts).
import { get, id } from '../api-core.ts';
import type { AuditPage, AuditQuery } from '../api-types.ts';

export const auditApi = {
  audit: (orgId: string | null, query: AuditQuery) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
    return get<AuditPage>(`${orgId ? `/api/orgs/${id(orgId)}/audit` : '/api/audit'}?${q}`);
  },
  /** a signed checkpoint of the audit log (downloaded as a file) */
  auditCheckpointUrl: (orgId: string | null) => (orgId ? `/api/orgs/${id(orgId)}/audit/checkpoint` : '/api/audit/checkpoint'),
};
