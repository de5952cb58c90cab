// The web client's calls of jurisdictions (see ../api.ts): an office's institutions, an institution's
// offices and its choice of 保健所.
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const org = client.api.orgs[':orgId'];

export const jurisdictionApi = {
  jurisdiction: (orgId: string, fiscalYear?: number) =>
    call(() => org.jurisdiction.$get({ param: params({ orgId }), query: fiscalYear ? { fiscalYear: String(fiscalYear) } : {} })),
  jurisdictionExportUrl: (orgId: string, fiscalYear: number, format: 'csv' | 'csv-sjis' | 'xlsx') =>
    `/api/orgs/${id(orgId)}/jurisdiction/export?fiscalYear=${fiscalYear}&format=${format}`,
  oversight: (orgId: string) => call(() => org.oversight.$get({ param: params({ orgId }) })),
  chooseHealthCenter: (orgId: string, healthCenterId: string | null) =>
    call(() => org.oversight.$put({ param: params({ orgId }), json: { healthCenterId } })),
};

export type Jurisdiction = Awaited<ReturnType<typeof jurisdictionApi.jurisdiction>>;
export type Oversight = Awaited<ReturnType<typeof jurisdictionApi.oversight>>;

const submissions = org.submissions;

export const submissionApi = {
  submissions: (orgId: string) => call(() => submissions.$get({ param: params({ orgId }) })),
  submissionUrl: (orgId: string, submissionId: string, output: 'print' | 'pdf') =>
    `/api/orgs/${id(orgId)}/submissions/${id(submissionId)}/${output === 'print' ? 'print' : 'forms.pdf'}`,
  submitYear: (orgId: string, fiscalYear: number) => call(() => submissions.$post({ param: params({ orgId }), json: { fiscalYear } })),
};

export type SubmissionView = Awaited<ReturnType<typeof submissionApi.submissions>>['submissions'][number];

const live = org['live-access'];

export const liveAccessApi = {
  liveAccess: (orgId: string) => call(() => live.$get({ param: params({ orgId }) })),
  grantLiveAccess: (orgId: string, json: { officeId?: string; startsAt?: string; endsAt?: string; note?: string }) =>
    call(() => live.$post({ param: params({ orgId }), json })),
  revokeLiveAccess: (orgId: string, grantId: string) => call(() => live[':grantId'].revoke.$post({ param: params({ orgId, grantId }) })),
};

export type LiveAccess = Awaited<ReturnType<typeof liveAccessApi.liveAccess>>;
export type LiveAccessGrant = LiveAccess['grants'][number];

const inspections = org.inspections;

export const inspectionApi = {
  inspections: (orgId: string, fiscalYear?: number) =>
    call(() => inspections.$get({ param: params({ orgId }), query: fiscalYear ? { fiscalYear: String(fiscalYear) } : {} })),
  inspection: (orgId: string, inspectionId: string) =>
    call(() => inspections[':inspectionId'].$get({ param: params({ orgId, inspectionId }) })),
  startInspection: (orgId: string, institutionId: string, fiscalYear: number) =>
    call(() => inspections.$post({ param: params({ orgId }), json: { institutionId, fiscalYear } })),
  saveInspection: (
    orgId: string,
    inspectionId: string,
    json: {
      version: number;
      inspectedOn: string;
      inspectors: string;
      summary: string;
      results: Record<string, { result: string | null; note: string }>;
    },
  ) => call(() => inspections[':inspectionId'].$put({ param: params({ orgId, inspectionId }), json })),
  completeInspection: (orgId: string, inspectionId: string, version: number) =>
    call(() => inspections[':inspectionId'].complete.$post({ param: params({ orgId, inspectionId }), json: { version } })),
  inspectionUrl: (orgId: string, inspectionId: string, output: 'print' | 'pdf') =>
    `/api/orgs/${id(orgId)}/inspections/${id(inspectionId)}/${output === 'print' ? 'print' : 'record.pdf'}`,
};

export type InspectionList = Awaited<ReturnType<typeof inspectionApi.inspections>>;
export type Inspection = Awaited<ReturnType<typeof inspectionApi.inspection>>;
