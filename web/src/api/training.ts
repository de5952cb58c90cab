// The web client's calls of 教育・訓練の記録 (see ../api.ts): a fiscal year's record, the 利用者台帳's
// people to pick, recording and changing a session (with the version read), its attendees, phishing
// drills, and the year's record as print view / PDF.
import type { InferRequestType } from 'hono/client';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const training = client.api.orgs[':orgId'].training;
const session = training.sessions[':trainingSessionId'];

/** What the forms send (the rules are the server's: domain/training/training.ts). */
export type SessionInput = InferRequestType<(typeof training.sessions)['$post']>['json'];
export type AttendeeInput = NonNullable<SessionInput['attendees']>[number];
export type DrillInput = InferRequestType<(typeof training.drills)['$post']>['json'];

export const trainingApi = {
  trainingYear: (orgId: string, fiscalYear: number) =>
    call(() => training.$get({ param: params({ orgId }), query: { fiscalYear: String(fiscalYear) } })),
  trainingPeople: (orgId: string, q: string) => call(() => training.people.$get({ param: params({ orgId }), query: { q } })),
  createTrainingSession: (orgId: string, body: SessionInput) =>
    call(() => training.sessions.$post({ param: params({ orgId }), json: body })),
  updateTrainingSession: (orgId: string, trainingSessionId: string, body: Omit<SessionInput, 'attendees'> & { version: number }) =>
    call(() => session.$put({ param: params({ orgId, trainingSessionId }), json: body })),
  addTrainingAttendees: (orgId: string, trainingSessionId: string, attendees: AttendeeInput[]) =>
    call(() => session.attendees.$post({ param: params({ orgId, trainingSessionId }), json: { attendees } })),
  removeTrainingAttendee: (orgId: string, trainingSessionId: string, attendeeId: string) =>
    call(() => session.attendees[':attendeeId'].$delete({ param: params({ orgId, trainingSessionId, attendeeId }) })),
  recordPhishingDrill: (orgId: string, body: DrillInput) => call(() => training.drills.$post({ param: params({ orgId }), json: body })),
  updatePhishingDrill: (orgId: string, drillId: string, body: DrillInput & { version: number }) =>
    call(() => training.drills[':drillId'].$put({ param: params({ orgId, drillId }), json: body })),
  trainingRecordUrl: (orgId: string, fiscalYear: number, output: 'print' | 'pdf') =>
    `/api/orgs/${id(orgId)}/training/${output === 'print' ? 'print' : 'record.pdf'}?fiscalYear=${fiscalYear}`,
};

export type TrainingYear = Awaited<ReturnType<typeof trainingApi.trainingYear>>;
export type TrainingSession = TrainingYear['sessions'][number];
export type PhishingDrill = TrainingYear['drills'][number];
export type TrainingPerson = Awaited<ReturnType<typeof trainingApi.trainingPeople>>['people'][number];
