// The carry-forward report arrives once, with the start of an assessment; it is kept for the
// browser tab so the answer sheet can show it after navigating there.
import type { CarryReport } from '../../api-answers.ts';

const key = (assessmentId: string) => `mamori.carry.${assessmentId}`;

export function keepCarryReport(assessmentId: string, report: CarryReport): void {
  sessionStorage.setItem(key(assessmentId), JSON.stringify(report));
}

export function readCarryReport(assessmentId: string): CarryReport | null {
  const text = sessionStorage.getItem(key(assessmentId));
  return text ? (JSON.parse(text) as CarryReport) : null;
}

export const forgetCarryReport = (assessmentId: string): void => sessionStorage.removeItem(key(assessmentId));
