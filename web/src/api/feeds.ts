// The web client's calls of the feeds area (see ../api.ts).
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const feeds = client.api.feeds;
const findings = client.api.orgs[':orgId'].findings;

export const feedsApi = {
  findings: (orgId: string, severity: string, withDismissed = false) =>
    call(() => findings.$get({ param: params({ orgId }), query: { severity, ...(withDismissed ? { dismissed: '1' } : {}) } })),
  decideFinding: (orgId: string, findingId: string, body: { decision: 'confirmed' | 'dismissed'; reason?: string }) =>
    call(() => findings[':findingId'].decision.$put({ param: params({ orgId, findingId }), json: body })),
  undoFinding: (orgId: string, findingId: string) =>
    call(() => findings[':findingId'].decision.$delete({ param: params({ orgId, findingId }) })),
  findingsExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/findings/export?format=${format}`,
  feeds: () => call(() => feeds.$get()),
  aliases: () => call(() => feeds.aliases.$get()),
  addAlias: (alias: string, canonical: string) => call(() => feeds.aliases.$post({ json: { alias, canonical } })),
  removeAlias: (alias: string) => call(() => feeds.aliases[':alias'].$delete({ param: params({ alias }) })),
  updateFeeds: () => call(() => feeds.update.$post()),
};
