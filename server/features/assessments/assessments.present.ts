// What leaves the server about an assessment: its identity, catalog version, progress, the 手引き
// gaps, and (in full) every item of its form with its answer and whether it needs one.
import { exemption, gapsOf, gateAnsweredNo, itemLabel, progressOf } from '../../../domain/assessment/rules.ts';
import type { AnswerValues, AssessmentContext } from '../../../domain/assessment/types.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Suggestion } from '../../../domain/suggestions/suggest.ts';
import type { EvidenceLinkRow } from './answer-evidence.repo.ts';
import type { AnswerRow, AssessmentRow } from './assessments.repo.ts';

export const presentAnswer = (a: AnswerRow) => ({
  firstAnswer: a.firstAnswer as AnswerValues['firstAnswer'],
  firstDate: a.firstDate,
  targetDate: a.targetDate,
  secondAnswer: a.secondAnswer as AnswerValues['secondAnswer'],
  secondDate: a.secondDate,
  note: a.note,
  outOfScope: a.outOfScope,
  /** what the ledgers said when it was answered */
  suggestion: (a.suggestion ?? null) as Suggestion | null,
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
  updatedBy: a.updatedByLogin,
});

export const presentLinks = (links: EvidenceLinkRow[]) =>
  links.map((l) => ({
    id: l.evidenceId,
    fileName: l.fileName,
    contentType: l.contentType,
    size: l.size,
    attachedAt: l.attachedAt.toISOString(),
  }));

export function formOf(version: CatalogVersion, form: string) {
  const found = version.forms.find((f) => f.form === form);
  if (!found) throw new Error(`catalog ${version.id} has no form ${form}`);
  return found;
}

function evaluate(row: AssessmentRow, version: CatalogVersion, answers: AnswerRow[]) {
  const items = formOf(version, row.form).items;
  const byItem = new Map(answers.filter((a) => a.assessmentId === row.id).map((a) => [a.itemId, a]));
  const values = new Map<string, AnswerValues>([...byItem].map(([id, a]) => [id, presentAnswer(a)]));
  const ctx: AssessmentContext = {
    fiscalYear: row.fiscalYear,
    form: row.form,
    hasVendorContract: row.hasVendorContract,
    numbering: version.numbering,
  };
  return { items, byItem, values, ctx, gaps: gapsOf(items, values, ctx), progress: progressOf(items, values, ctx) };
}

export function presentSummary(row: AssessmentRow, version: CatalogVersion, answers: AnswerRow[]) {
  return summaryOf(row, version, evaluate(row, version, answers));
}

function summaryOf(
  row: AssessmentRow,
  version: CatalogVersion,
  { gaps, progress }: Pick<ReturnType<typeof evaluate>, 'gaps' | 'progress'>,
) {
  const fy = fiscalYear(row.fiscalYear);
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    fiscalYearLabel: fy.label,
    fiscalYearStart: fy.start,
    fiscalYearEnd: fy.end,
    versionId: version.id,
    revision: version.revision,
    versionLabel: version.label,
    versionTitle: version.title,
    numbering: version.numbering ?? 'paren',
    form: row.form,
    formLabel: formOf(version, row.form).label,
    vendorName: row.vendorName,
    systemName: row.systemName,
    hasVendorContract: row.hasVendorContract,
    progress,
    ready: gaps.length === 0,
    gapCount: gaps.length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** In full: every item with its answer and (when given) the evidence files attached to it. */
export function presentAssessment(row: AssessmentRow, version: CatalogVersion, answers: AnswerRow[], links: EvidenceLinkRow[] = []) {
  const evaluated = evaluate(row, version, answers);
  const { items, byItem, values, ctx, gaps } = evaluated;
  const gateNo = gateAnsweredNo(items, values);
  return {
    ...summaryOf(row, version, evaluated),
    gateAnsweredNo: gateNo,
    headerNotes: formOf(version, row.form).headerNotes,
    gaps,
    items: items.map((item) => {
      const reason = exemption(item, ctx, gateNo, values.get(item.id));
      const answer = byItem.get(item.id);
      return {
        ...item,
        label: itemLabel(item, version.numbering),
        exempt: reason !== null,
        exemptReason: reason,
        answer: answer ? presentAnswer(answer) : null,
        evidence: presentLinks(links.filter((l) => l.assessmentId === row.id && l.itemId === item.id)),
      };
    }),
  };
}

export type AssessmentView = ReturnType<typeof presentAssessment>;
