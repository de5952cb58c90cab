// The web client's calls of the 利用者台帳 (see ../api.ts): the systems, registering one, a system's
// accounts, an Active Directory export imported, and personnel's leavers list (multipart through the
// typed client).
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const systems = client.api.orgs[':orgId']['account-systems'];
const leavers = client.api.orgs[':orgId'].leavers;
const reviews = client.api.orgs[':orgId']['account-reviews'];
const logs = client.api.orgs[':orgId']['log-sources'];
const logonReads = client.api.orgs[':orgId']['logon-imports'];

export interface LogSourceInput {
  systemId: string;
  name: string;
  contents: string[];
  location: string;
  retentionMonths: number | null;
  timeSource: string;
  reviewer: string;
  reviewEveryMonths: number;
}
export interface LogReviewInput {
  reviewedOn: string;
  periodFrom: string;
  periodTo: string;
  reviewer: string;
  found: string;
  /** a logon event file read for the log's system: the look's evidence */
  logonImportId: string | null;
  /** a file of the organisation's evidence store */
  evidenceId: string | null;
}

export const accountsApi = {
  accountSystems: (orgId: string) => call(() => systems.$get({ param: params({ orgId }) })),
  createAccountSystem: (orgId: string, body: { name: string; source: string }) =>
    call(() => systems.$post({ param: params({ orgId }), json: body })),
  /** a page of a system's accounts in a view (search, filters; disabled ones with 'disabled') */
  accountsOf: (orgId: string, accountSystemId: string, view: { q: string; filters: string[]; offset: number; limit: number }) =>
    call(() =>
      systems[':accountSystemId'].accounts.$get({
        param: params({ orgId, accountSystemId }),
        query: { q: view.q, filter: view.filters.join(','), offset: String(view.offset), limit: String(view.limit) },
      }),
    ),
  /** dryRun: the preview only; otherwise every account written, or none */
  importAccounts: (orgId: string, accountSystemId: string, file: File, dryRun: boolean, mapping: Record<string, string> | null = null) => {
    const form = new FormData();
    form.append('file', file);
    if (mapping) form.append('mapping', JSON.stringify(mapping));
    return call(() =>
      systems[':accountSystemId'].import.$post(
        { param: params({ orgId, accountSystemId }), query: dryRun ? { dryRun: '1' } : {} },
        { init: { body: form } },
      ),
    );
  },
  accountsExportUrl: (orgId: string, accountSystemId: string, format: 'csv' | 'csv-sjis' | 'xlsx') =>
    `/api/orgs/${encodeURIComponent(orgId)}/account-systems/${encodeURIComponent(accountSystemId)}/export?format=${format}`,
  leavers: (orgId: string) => call(() => leavers.$get({ param: params({ orgId }) })),
  /** dryRun: the preview (with the accounts it matches) only; otherwise every leaver written, or none */
  importLeavers: (orgId: string, file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    return call(() => leavers.import.$post({ param: params({ orgId }), query: dryRun ? { dryRun: '1' } : {} }, { init: { body: form } }));
  },
  accountHistory: (orgId: string, accountId: string) =>
    call(() => client.api.orgs[':orgId'].accounts[':accountId'].history.$get({ param: params({ orgId, accountId }) })),
  logList: (orgId: string) => call(() => logs.$get({ param: params({ orgId }) })),
  logonReads: (orgId: string, accountSystemId: string) =>
    call(() => systems[':accountSystemId'].logons.$get({ param: params({ orgId, accountSystemId }) })),
  /** `q`: only the accounts whose name or system contains it (at most 500, the most active first) */
  logonRead: (orgId: string, logonImportId: string, q = '') =>
    call(() => logonReads[':logonImportId'].$get({ param: params({ orgId, logonImportId }), query: q ? { q } : {} })),
  removeLogonRead: (orgId: string, logonImportId: string) =>
    call(() => logonReads[':logonImportId'].$delete({ param: params({ orgId, logonImportId }) })),
  addLogSource: (orgId: string, body: LogSourceInput) => call(() => logs.$post({ param: params({ orgId }), json: body })),
  recordLogReview: (orgId: string, logSourceId: string, body: LogReviewInput) =>
    call(() => logs[':logSourceId'].reviews.$post({ param: params({ orgId, logSourceId }), json: body })),
  accountReviews: (orgId: string) => call(() => reviews.$get({ param: params({ orgId }) })),
  accountReview: (orgId: string, accountReviewId: string) =>
    call(() => reviews[':accountReviewId'].$get({ param: params({ orgId, accountReviewId }) })),
  startAccountReview: (orgId: string, accountSystemId: string, body: { reviewer?: string }) =>
    call(() => systems[':accountSystemId'].reviews.$post({ param: params({ orgId, accountSystemId }), json: body })),
  decideAccount: (orgId: string, accountReviewId: string, accountId: string, body: { decision: string; reason: string }) =>
    call(() =>
      reviews[':accountReviewId'].entries[':accountId'].$put({ param: params({ orgId, accountReviewId, accountId }), json: body }),
    ),
  signAccountReview: (orgId: string, accountReviewId: string, body: { nextReviewOn: string; note: string }) =>
    call(() => reviews[':accountReviewId'].sign.$post({ param: params({ orgId, accountReviewId }), json: body })),
};

export type AccountSystem = Awaited<ReturnType<typeof accountsApi.accountSystems>>['systems'][number];
export type AccountRowView = Awaited<ReturnType<typeof accountsApi.accountsOf>>['accounts'][number];
export type AccountImportReport = Awaited<ReturnType<typeof accountsApi.importAccounts>>;
export type LeaverView = Awaited<ReturnType<typeof accountsApi.leavers>>['leavers'][number];
export type LeaverImportReport = Awaited<ReturnType<typeof accountsApi.importLeavers>>;
export type AccountReviewView = Awaited<ReturnType<typeof accountsApi.accountReview>>['review'];
export type AccountReviewEntry = Awaited<ReturnType<typeof accountsApi.accountReview>>['entries'][number];
export type LogSourceView = Awaited<ReturnType<typeof accountsApi.logList>>['logs'][number];
export type LogonReadView = Awaited<ReturnType<typeof accountsApi.logonReads>>['reads'][number];
export type LogonReadDetail = Awaited<ReturnType<typeof accountsApi.logonRead>>;
