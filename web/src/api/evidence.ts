// The web client's calls of the evidence area (see ../api.ts).
import { del, get, id } from '../api-core.ts';
import type { EvidenceFile } from '../api-types.ts';

export const evidenceApi = {
  listEvidence: (orgId: string) => get<{ files: EvidenceFile[]; maxUploadBytes: number }>(`/api/orgs/${id(orgId)}/evidence`),
  evidenceUrl: (orgId: string, evidenceId: string) => `/api/orgs/${id(orgId)}/evidence/${id(evidenceId)}`,
  deleteEvidence: (orgId: string, evidenceId: string) => del<{ deleted: boolean }>(`/api/orgs/${id(orgId)}/evidence/${id(evidenceId)}`),
};
