// The web client's calls of the assessments area (see ../api.ts).

import type { AnswerInput, AssessmentInput, AssessmentPatch } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const org = client.api.orgs[':orgId'];
const assessment = org.assessments[':assessmentId'];
const item = assessment.answers[':itemId'];

export const assessmentsApi = {
  assessmentCsvUrl: (orgId: string, assessmentId: string, encoding: 'utf8' | 'sjis') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/export.csv${encoding === 'sjis' ? '?encoding=sjis' : ''}`,
  listAssessments: (orgId: string) => call(() => org.assessments.$get({ param: params({ orgId }) })),
  createAssessment: (orgId: string, body: AssessmentInput) => call(() => org.assessments.$post({ param: params({ orgId }), json: body })),
  getAssessment: (orgId: string, assessmentId: string) => call(() => assessment.$get({ param: params({ orgId, assessmentId }) })),
  updateAssessment: (orgId: string, assessmentId: string, body: AssessmentPatch) =>
    call(() => assessment.$patch({ param: params({ orgId, assessmentId }), json: body })),
  saveAnswer: (orgId: string, assessmentId: string, itemId: string, body: AnswerInput) =>
    call(() => item.$put({ param: params({ orgId, assessmentId, itemId }), json: body })),
  itemHistory: (orgId: string, assessmentId: string, itemId: string) =>
    call(() => item.history.$get({ param: params({ orgId, assessmentId, itemId }) })),
  /** 事業者確認用: marks an item outside the vendor's contract (clears its answer), or back within it */
  setItemScope: (orgId: string, assessmentId: string, itemId: string, body: { outOfScope: boolean; version: number }) =>
    call(() => item.scope.$put({ param: params({ orgId, assessmentId, itemId }), json: body })),
  /** attaches a file of the evidence store to an item; answers with the item's files after the change */
  attachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    call(() => item.evidence.$post({ param: params({ orgId, assessmentId, itemId }), json: { evidenceId } })),
  /** detaches only: the file stays in the evidence store */
  detachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    call(() => item.evidence[':evidenceId'].$delete({ param: params({ orgId, assessmentId, itemId, evidenceId }) })),
  /** the official A4 layout (opens in a new tab), the PDF and the .xlsx of one answer sheet */
  assessmentOutputUrl: (orgId: string, assessmentId: string, output: 'print' | 'export.pdf' | 'export.xlsx') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/${output}`,
  inspectionPackUrl: (orgId: string, fiscalYear: number) => `/api/orgs/${id(orgId)}/inspection-pack.pdf?fiscalYear=${fiscalYear}`,
  readiness: (orgId: string, fiscalYear: number) =>
    call(() => org.readiness.$get({ param: params({ orgId }), query: { fiscalYear: String(fiscalYear) } })),
};
