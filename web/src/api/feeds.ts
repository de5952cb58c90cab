// The web client's calls of the feeds area (see ../api.ts).
import { del, get, id, post, put } from '../api-core.ts';
import type { FeedVersion, FindingsReport } from '../api-types.ts';

export const feedsApi = {
  findings: (orgId: string, severity: string, withDismissed = false) =>
    get<FindingsReport>(`/api/orgs/${id(orgId)}/findings?severity=${encodeURIComponent(severity)}${withDismissed ? '&dismissed=1' : ''}`),
  decideFinding: (orgId: string, findingId: string, body: { decision: 'confirmed' | 'dismissed'; reason?: string }) =>
    put<unknown>(`/api/orgs/${id(orgId)}/findings/${id(findingId)}/decision`, body),
  undoFinding: (orgId: string, findingId: string) => del<unknown>(`/api/orgs/${id(orgId)}/findings/${id(findingId)}/decision`),
  findingsExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/findings/export?format=${format}`,
  feeds: () => get<{ feeds: FeedVersion[] }>('/api/feeds'),
  aliases: () => get<{ aliases: { alias: string; canonical: string; createdBy: string; createdAt: string }[] }>('/api/feeds/aliases'),
  addAlias: (alias: string, canonical: string) => post<unknown>('/api/feeds/aliases', { alias, canonical }),
  removeAlias: (alias: string) => del<unknown>(`/api/feeds/aliases/${id(alias)}`),
  updateFeeds: () => post<{ loaded: { kind: string; version: string; entries: number }[]; from: string[] }>('/api/feeds/update'),
};
