// What a submission holds, and nothing more: the forms with their answers and dates (the 備考 is a
// column of the official form), the vendors' forms, the readiness by the 手引き, the 連絡体制図 with its
// confirmation date. Left out, because a 保健所 never sees the live ledgers, findings or evidence:
// what the ledgers suggested for each answer (device names, CVEs), the evidence attached (file names),
// who saved each answer, the vendor review's comments, Mamori's own advice, the chart's scan and the
// person who confirmed it. The print renders from this same shape.

import type { SubmissionFacts } from '../../db/schema.ts';
import type { AssessmentView } from '../assessments/assessments.present.ts';
import type { YearReadiness } from '../assessments/readiness.ts';
import type { ChartView } from '../contacts/contacts.present.ts';

type Answer = NonNullable<AssessmentView['items'][number]['answer']>;

const answerOnly = (a: Answer | null): Answer | null => (a ? { ...a, suggestion: null, updatedBy: null } : null);

export function submittedForm(view: AssessmentView): AssessmentView {
  return {
    ...view,
    reviewComments: {},
    textMove: null,
    items: view.items.map((i) => ({ ...i, answer: answerOnly(i.answer), evidence: [] })),
    setAside: view.setAside.map((s) => ({ ...s, answer: answerOnly(s.answer) as Answer })),
  };
}

export const submittedReadiness = (r: YearReadiness): YearReadiness => ({ ...r, advice: [] });

export const submittedChart = (c: ChartView): ChartView => ({
  ...c,
  confirmedBy: null,
  paper: c.paper ? { ...c.paper, evidence: null } : null,
  advice: [],
  starters: [],
});

/** the gaps named with a submission (the count is kept whole in `gaps`) */
export const GAPS_KEPT = 20;

/**
 * What the office's overview shows of a submission, taken from what was submitted: the gaps by the
 * 手引き (named), the 目標日 still open (いいえ without a second answer), the vendors without their
 * 事業者確認用 and the 連絡体制図's confirmation date.
 */
export function submissionFacts(forms: AssessmentView[], readiness: YearReadiness, chart: ChartView): SubmissionFacts {
  const targetDates = forms.flatMap((f) =>
    f.items
      .map((i) => i.answer)
      .filter((a): a is Answer => !!a && a.firstAnswer === 'no' && !!a.targetDate && !a.secondAnswer)
      .map((a) => a.targetDate as string),
  );
  // only the vendors whose missing form is a gap by the 手引き (none without a vendor contract)
  const gapText = readiness.gaps.map((g) => g.message);
  const missing = readiness.vendors.filter((v) => !v.hasForm && gapText.some((m) => m.startsWith(`事業者確認用がありません: ${v.name} `)));
  return {
    gapMessages: gapText.slice(0, GAPS_KEPT),
    targetDates: targetDates.sort(),
    vendorsMissing: missing.map((v) => v.name),
    chartRequired: readiness.contactChart.required,
    chartConfirmedOn: chart.paper?.confirmedOn ?? chart.confirmedOn ?? null,
  };
}
