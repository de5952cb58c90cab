// What leaves the server about an assessment: its identity, catalog version, progress, the 手引き
// gaps, and (in full) every item of its form with its answer and whether it needs one.
import { exemption, gapsOf, gateAnsweredNo, itemLabel, progressOf } from '../../../domain/assessment/rules.ts';
import { parseAsideId } from '../../../domain/assessment/text-move.ts';
import type { AnswerValues, AssessmentContext } from '../../../domain/assessment/types.ts';
import { type FormText, formFor, textNotices } from '../../../domain/catalog/form-text.ts';
import type { CatalogItem, CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { EvidenceLinkRow } from './answer-evidence.repo.ts';
import type { AnswerRow, AssessmentRow } from './assessments.repo.ts';

export const presentAnswer = (a: AnswerRow) => ({
  firstAnswer: a.firstAnswer,
  firstDate: a.firstDate,
  targetDate: a.targetDate,
  secondAnswer: a.secondAnswer,
  secondDate: a.secondDate,
  note: a.note,
  outOfScope: a.outOfScope,
  /** what the ledgers said when it was answered */
  suggestion: a.suggestion ?? null,
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
    attachedBy: l.attachedBy,
  }));

export function formOf(version: CatalogVersion, form: string) {
  const found = version.forms.find((f) => f.form === form);
  if (!found) throw new Error(`catalog ${version.id} has no form ${form}`);
  return found;
}

function evaluate(row: AssessmentRow, text: FormText, answers: AnswerRow[]) {
  const items = text.form.items;
  const byItem = new Map(answers.filter((a) => a.assessmentId === row.id).map((a) => [a.itemId, a]));
  const values = new Map<string, AnswerValues>([...byItem].map(([id, a]) => [id, presentAnswer(a)]));
  const ctx: AssessmentContext = {
    fiscalYear: row.fiscalYear,
    form: row.form,
    hasVendorContract: row.hasVendorContract,
    numbering: text.version.numbering,
  };
  return { items, byItem, values, ctx, gaps: gapsOf(items, values, ctx), progress: progressOf(items, values, ctx) };
}

export function presentSummary(row: AssessmentRow, text: FormText, answers: AnswerRow[]) {
  return summaryOf(row, text, evaluate(row, text, answers));
}

/** "令和7年度版 医療機関確認用" when the items are another form's, else null. */
const textSourceOf = (text: FormText): string | null => (text.fallback ? `${text.version.label} ${text.form.label}` : null);

function summaryOf(row: AssessmentRow, text: FormText, { gaps, progress }: Pick<ReturnType<typeof evaluate>, 'gaps' | 'progress'>) {
  const fy = fiscalYear(row.fiscalYear);
  const { version, yearVersion } = text;
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    fiscalYearLabel: fy.label,
    fiscalYearStart: fy.start,
    fiscalYearEnd: fy.end,
    // the text answered on (for help and carrying forward); the labels are the year's
    versionId: version.id,
    revision: version.revision,
    catalogForm: text.form.form,
    versionLabel: text.fallback ? yearVersion.label : version.label,
    versionTitle: (text.fallback ? yearVersion : version).title,
    numbering: version.numbering ?? 'paren',
    form: row.form,
    /** a 事業者確認用 the vendor answers through an invitation: where its review stands (else null) */
    reviewStatus: row.reviewStatus,
    formLabel: formFor(yearVersion, text.formKind)?.label ?? text.form.label,
    /** the wording is not all read in the official text (推定, 文言不明, or another form's items) */
    provisional: text.provisional,
    /** where the items come from when they are not the form's own ("令和7年度版 医療機関確認用") */
    textSource: textSourceOf(text),
    /** what the person must know about the text, in plain Japanese */
    textNotices: textNotices(row.fiscalYear, text),
    vendorName: row.vendorName,
    systemName: row.systemName,
    hasVendorContract: row.hasVendorContract,
    progress,
    ready: gaps.length === 0,
    gapCount: gaps.length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An item as answered on this text: another form's item is 推定 here, whatever its own wording. */
function itemAsAnswered(item: CatalogItem, text: FormText): CatalogItem {
  if (!text.fallback) return item;
  const source = `${textSourceOf(text)}の文言 (この様式の原文は未確認)。${item.source}`;
  return { ...item, wording: item.wording === 'unknown' ? 'unknown' : 'inferred', source };
}

/** In full: every item with its answer and (when given) the evidence files attached to it. */
export function presentAssessment(
  row: AssessmentRow,
  text: FormText,
  answers: AnswerRow[],
  links: EvidenceLinkRow[] = [],
  catalog: CatalogVersion[] = [text.version],
) {
  const evaluated = evaluate(row, text, answers);
  const { items, byItem, values, ctx, gaps } = evaluated;
  const gateNo = gateAnsweredNo(items, values);
  return {
    ...summaryOf(row, text, evaluated),
    reviewComments: row.reviewComments ?? {},
    gateAnsweredNo: gateNo,
    headerNotes: text.form.headerNotes,
    gaps,
    textMove: row.textMove ?? null,
    items: items.map((item) => {
      const reason = exemption(item, ctx, gateNo, values.get(item.id));
      const answer = byItem.get(item.id);
      return {
        ...itemAsAnswered(item, text),
        label: itemLabel(item, text.version.numbering),
        exempt: reason !== null,
        exemptReason: reason,
        answer: answer ? presentAnswer(answer) : null,
        evidence: presentLinks(links.filter((l) => l.assessmentId === row.id && l.itemId === item.id)),
      };
    }),
    /** answers kept from an earlier text whose items have no counterpart in this one */
    setAside: setAsideOf(row, answers, catalog),
  };
}

function setAsideOf(row: AssessmentRow, answers: AnswerRow[], catalog: CatalogVersion[]) {
  return answers
    .filter((a) => a.assessmentId === row.id)
    .flatMap((a) => {
      const id = parseAsideId(a.itemId);
      if (!id) return [];
      const version = catalog.find((v) => v.id === id.versionId && v.revision === id.revision);
      const item = version?.forms.find((f) => f.form === id.form)?.items.find((i) => i.id === id.itemId);
      return [
        {
          itemId: a.itemId,
          label: item ? itemLabel(item, version?.numbering) : id.itemId,
          text: item?.text ?? null,
          from: version ? `${version.label} (第${version.revision}版)` : `${id.versionId} 第${id.revision}版`,
          answer: presentAnswer(a),
        },
      ];
    });
}

export type AssessmentView = ReturnType<typeof presentAssessment>;
