// The web client's calls of incident mode (see ../api.ts): the incidents, one with its first-response
// steps, timeline and what the ledgers say; start one, mark a step done, add a timeline entry, name
// the affected, close; the report as print view, PDF and text.
import type { InferRequestType } from 'hono/client';
import type { FirstStep } from '../../../domain/incidents/incident.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const incidents = client.api.orgs[':orgId'].incidents;
const one = incidents[':incidentId'];

export type IncidentEntryInput = InferRequestType<(typeof one)['entries']['$post']>['json'];
export type AffectedInput = InferRequestType<(typeof one)['affected']['$put']>['json'];

export const incidentsApi = {
  incidents: (orgId: string) => call(() => incidents.$get({ param: params({ orgId }) })),
  incident: (orgId: string, incidentId: string) => call(() => one.$get({ param: params({ orgId, incidentId }) })),
  startIncident: (orgId: string, title: string) => call(() => incidents.$post({ param: params({ orgId }), json: { title } })),
  addIncidentEntry: (orgId: string, incidentId: string, body: IncidentEntryInput) =>
    call(() => one.entries.$post({ param: params({ orgId, incidentId }), json: body })),
  markIncidentStep: (orgId: string, incidentId: string, step: FirstStep, note: string) =>
    call(() => one.steps[':step'].$post({ param: params({ orgId, incidentId, step }), json: { note } })),
  setIncidentAffected: (orgId: string, incidentId: string, body: AffectedInput) =>
    call(() => one.affected.$put({ param: params({ orgId, incidentId }), json: body })),
  closeIncident: (orgId: string, incidentId: string) => call(() => one.close.$post({ param: params({ orgId, incidentId }) })),
  /** the report: print view (a new tab), PDF, plain text (to paste into the 厚生労働省 and police reports) */
  incidentReportUrl: (orgId: string, incidentId: string, output: 'print' | 'pdf' | 'txt') =>
    output === 'print'
      ? `/api/orgs/${id(orgId)}/incidents/${id(incidentId)}/report/print`
      : `/api/orgs/${id(orgId)}/incidents/${id(incidentId)}/report.${output}`,
};

export type Incident = Awaited<ReturnType<typeof incidentsApi.incidents>>['incidents'][number];
/** One incident with its steps (in order), timeline (oldest first) and what the ledgers say. */
export type IncidentDetail = Awaited<ReturnType<typeof incidentsApi.incident>>;
export type IncidentStep = IncidentDetail['steps'][number];
export type IncidentEntry = IncidentDetail['entries'][number];
export type IncidentLedgers = IncidentDetail['ledgers'];
export type Affected = Incident['affected'][number];
