// What a submission holds, and nothing more: the forms with their answers and dates (the 備考 is a
// column of the official form), the vendors' forms, the readiness by the 手引き, the 連絡体制図 with its
// confirmation date. Left out, because a 保健所 never sees the live ledgers, findings or evidence:
// what the ledgers suggested for each answer (device names, CVEs), the evidence attached (file names),
// who saved each answer, the vendor review's comments, Mamori's own advice, the chart's scan and the
// person who confirmed it. The print renders from this same shape.
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
