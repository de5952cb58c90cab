// The web client's calls of the assessments area (see ../api.ts).
import { del, get, id, patch, post, put } from '../api-core.ts';
import type {
  AnswerInput,
  Assessment,
  AssessmentInput,
  AssessmentPatch,
  AssessmentSummary,
  AttachedEvidence,
  CarryReport,
  ItemHistoryEntry,
  Readiness,
  SavedAnswer,
} from '../api-types.ts';

export const assessmentsApi = {
  assessmentCsvUrl: (orgId: string, assessmentId: string, encoding: 'utf8' | 'sjis') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/export.csv${encoding === 'sjis' ? '?encoding=sjis' : ''}`,
  listAssessments: (orgId: string) => get<{ assessments: AssessmentSummary[] }>(`/api/orgs/${id(orgId)}/assessments`),
  createAssessment: (orgId: string, body: AssessmentInput) =>
    post<Assessment & { carryForward: CarryReport | null }>(`/api/orgs/${id(orgId)}/assessments`, body),
  getAssessment: (orgId: string, assessmentId: string) => get<Assessment>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}`),
  updateAssessment: (orgId: string, assessmentId: string, body: AssessmentPatch) =>
    patch<Assessment>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}`, body),
  saveAnswer: (orgId: string, assessmentId: string, itemId: string, body: AnswerInput) =>
    put<SavedAnswer>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}`, body),
  itemHistory: (orgId: string, assessmentId: string, itemId: string) =>
    get<{ events: ItemHistoryEntry[] }>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/history`),
  /** 事業者確認用: marks an item outside the vendor's contract (clears its answer), or back within it */
  setItemScope: (orgId: string, assessmentId: string, itemId: string, body: { outOfScope: boolean; version: number }) =>
    put<SavedAnswer>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/scope`, body),
  /** attaches a file of the evidence store to an item; answers with the item's files after the change */
  attachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    post<{ evidence: AttachedEvidence[] }>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/evidence`, {
      evidenceId,
    }),
  /** detaches only: the file stays in the evidence store */
  detachEvidence: (orgId: string, assessmentId: string, itemId: string, evidenceId: string) =>
    del<{ evidence: AttachedEvidence[] }>(
      `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/answers/${id(itemId)}/evidence/${id(evidenceId)}`,
    ),
  /** the official A4 layout (opens in a new tab), the PDF and the .xlsx of one answer sheet */
  assessmentOutputUrl: (orgId: string, assessmentId: string, output: 'print' | 'export.pdf' | 'export.xlsx') =>
    `/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/${output}`,
  inspectionPackUrl: (orgId: string, fiscalYear: number) => `/api/orgs/${id(orgId)}/inspection-pack.pdf?fiscalYear=${fiscalYear}`,
  readiness: (orgId: string, fiscalYear: number) => get<Readiness>(`/api/orgs/${id(orgId)}/readiness?fiscalYear=${fiscalYear}`),
};
