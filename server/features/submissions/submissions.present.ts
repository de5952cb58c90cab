// A submission as it leaves the server, without its snapshot (the list, the office's overview).
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { SubmissionSummaryRow } from './submissions.repo.ts';

export const presentSubmission = (r: SubmissionSummaryRow) => ({
  id: r.id,
  fiscalYear: r.fiscalYear,
  fiscalYearLabel: fiscalYear(r.fiscalYear).label,
  no: r.no,
  sha256: r.sha256,
  ready: r.ready,
  gaps: r.gaps,
  submittedBy: r.submittedByName,
  submittedAt: r.submittedAt.toISOString(),
});
