// Readiness of an organisation for the 立入検査 in one fiscal year, across its assessments: what
// `mamori check` prints and the dashboard will show.

import {
  type Advice,
  type AdviceForm,
  contradictions,
  type RemoteByVendor,
  remoteContradictions,
  targetsPassed,
} from '../../../domain/assessment/advice.ts';
import {
  type CoverageForm,
  type FormsPer,
  type LedgerVendor,
  type VendorStatus,
  vendorFormRules,
} from '../../../domain/assessment/vendor-forms.ts';
import { resolveFormText } from '../../../domain/catalog/form-text.ts';
import { answerCells } from '../../../domain/catalog/labels.ts';
import { chartVendors } from '../../../domain/contacts/chart.ts';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import type { ChartView } from '../contacts/contacts.present.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { formsPerOf, ledgerVendorsOf, remoteByVendorOf } from '../vendors/vendor-settings.repo.ts';
import { linksOf } from './answer-evidence.repo.ts';
import { type AssessmentView, presentAssessment } from './assessments.present.ts';
import { answersOf, listAssessmentsOfOrg } from './assessments.repo.ts';
import { textOf, versionForYear } from './assessments.service.ts';

export interface YearReadiness {
  fiscalYear: number;
  fiscalYearLabel: string;
  ready: boolean;
  gaps: { assessment: string | null; itemId: string | null; message: string }[];
  assessments: { id: string; title: string; ready: boolean; progress: { answered: number; total: number } }[];
  /** the 連絡体制図 (3(1)): required unless the gate was answered いいえ */
  contactChart: { required: boolean; entries: number; confirmedOn: string | null; ready: boolean };
  /** the contracted vendors (事業者台帳, 連絡体制図 and forms) and whether each has its 事業者確認用 */
  vendors: VendorStatus[];
  /** what the person should know but is not a gap (e.g. a version whose 事業者確認用 Mamori cannot hold) */
  notices: string[];
  /** Mamori's own advice, item by item: never the 手引き's, never counted in `ready` */
  advice: Advice[];
}

/** A year's assessments of an organisation as presented, with their evidence links. */
export async function yearViews(deps: Deps, orgId: string, year: number): Promise<AssessmentView[]> {
  const rows = (await listAssessmentsOfOrg(deps.db, orgId)).filter((r) => r.fiscalYear === year);
  const ids = rows.map((r) => r.id);
  const [answers, links] = [await answersOf(deps.db, orgId, ids), await linksOf(deps.db, orgId, ids)];
  return rows.map((r) => presentAssessment(r, textOf(deps, r), answers, links, deps.catalog));
}

export async function readinessForYear(deps: Deps, orgId: string, year: number): Promise<YearReadiness> {
  const now = deps.clock.now();
  return readinessOf(
    year,
    await yearViews(deps, orgId, year),
    await loadChart(deps.db, orgId, now),
    await vendorFactsOf(deps, orgId, year),
    todayJst(now),
  );
}

/** What the 事業者確認用 rules need besides the forms and the chart. */
export interface VendorFacts {
  /** a 事業者確認用 can be started for the year: its own items, or the nearest version's (R7 on R6's) */
  available: boolean;
  versionLabel: string;
  ledgerVendors: LedgerVendor[];
  formsPer: FormsPer;
  /** who the ledgers show maintaining remotely through which 外部接続点 (for Mamori's advice) */
  remote: RemoteByVendor[];
}

export async function vendorFactsOf(deps: Deps, orgId: string, year: number): Promise<VendorFacts> {
  const version = versionForYear(deps.catalog, year);
  return {
    available: resolveFormText(deps.catalog, year, 'vendor') !== null,
    versionLabel: version.label,
    ledgerVendors: await ledgerVendorsOf(deps.db, orgId),
    formsPer: await formsPerOf(deps.db, orgId),
    remote: await remoteByVendorOf(deps.db, orgId),
  };
}

/** The 手引き rules over a year's assessments, the 連絡体制図 and the vendors it lists. */
export function readinessOf(
  year: number,
  views: AssessmentView[],
  chart: ChartView,
  vendorFacts: VendorFacts,
  today: string,
): YearReadiness {
  const fy = fiscalYear(year);
  const gaps: YearReadiness['gaps'] = [];
  if (!views.some((v) => v.form === 'institution' || v.form === 'pharmacy')) {
    gaps.push({ assessment: null, itemId: null, message: `${fy.label}の医療機関確認用 (または薬局確認用) がまだありません` });
  }
  const assessments = views.map((v) => {
    const title = titleOf(v);
    for (const g of v.gaps) gaps.push({ assessment: title, itemId: g.itemId, message: `${title}: ${g.message}` });
    return { id: v.id, title, ready: v.ready, progress: v.progress };
  });
  // a 医療機関 without a 医療情報システム (gate いいえ) has nothing else to show, the chart included
  const required = !views.some((v) => v.form !== 'vendor' && v.gateAnsweredNo);
  const chartGaps = required ? chart.problems : [];
  // the chart item as the year's form numbers it: 3(1) (R5/R6), 3-① (R7 on)
  const chartItem =
    views.find((v) => v.form !== 'vendor')?.items.find((i) => i.physicalEvidenceRequired || /連絡体制図/.test(i.text ?? ''))?.label ??
    '3(1)';
  for (const p of chartGaps) gaps.push({ assessment: '連絡体制図', itemId: null, message: `${chartItem} ${p.message}` });
  const contactChart = {
    required,
    entries: chart.internal.length + chart.external.length,
    confirmedOn: chart.confirmedOn,
    ready: chartGaps.length === 0,
  };
  const institution = views.find((v) => v.form !== 'vendor');
  const vendorRules = vendorFormRules({
    forms: views.map(coverageOf),
    ledgerVendors: vendorFacts.ledgerVendors,
    contractedVendors: chartVendors(chart),
    formsPer: vendorFacts.formsPer,
    // without a medical information system nothing else is checked (手引き ①)
    hasVendorContract: required && (institution?.hasVendorContract ?? false),
    vendorFormAvailable: vendorFacts.available,
    versionLabel: vendorFacts.versionLabel,
  });
  gaps.push(...vendorRules.gaps);
  const { vendors } = vendorRules;
  // what every form says about its text (推定, another form's items, an earlier version): once each
  const notices = [...new Set([...views.flatMap((v) => v.textNotices.map((n) => `${titleOf(v)}: ${n}`)), ...vendorRules.notices])];
  const forms = views.map(adviceFormOf);
  const advice: Advice[] = [
    ...(required
      ? chart.advice.map((a) => ({ kind: 'chart' as const, assessment: '連絡体制図', itemId: null, message: `${chartItem} ${a.message}` }))
      : []),
    ...targetsPassed(forms, today),
    ...contradictions(forms),
    ...remoteContradictions(forms, vendorFacts.remote),
  ];
  return {
    fiscalYear: year,
    fiscalYearLabel: fy.label,
    ready: gaps.length === 0,
    gaps,
    assessments,
    contactChart,
    vendors,
    notices,
    advice,
  };
}

const adviceFormOf = (v: AssessmentView): AdviceForm => ({
  title: titleOf(v),
  form: v.form,
  vendorName: v.vendorName,
  items: v.items.map((i) => ({
    id: i.id,
    label: i.label,
    text: i.text,
    targets: i.targets,
    hasSecond: answerCells(i).second,
    answer: i.answer,
  })),
});

const titleOf = (v: AssessmentView) => [v.fiscalYearLabel, v.formLabel, v.vendorName, v.systemName].filter(Boolean).join(' ');

const coverageOf = (v: AssessmentView): CoverageForm => ({
  title: titleOf(v),
  form: v.form,
  vendorName: v.vendorName,
  systemName: v.systemName,
  pending: v.reviewStatus !== null && v.reviewStatus !== 'accepted',
  items: v.items.map((i) => ({
    id: i.id,
    label: i.label,
    answered: !!i.answer?.firstAnswer,
    outOfScope: !!i.answer?.outOfScope,
    checked: i.status !== 'reference' && i.status !== 'unknown',
  })),
});

/** GET /api/orgs/:orgId/readiness?fiscalYear=YYYY (default: the current fiscal year in Japan). */
export async function getReadiness(deps: Deps, caller: Caller, orgId: string, yearParam: string | undefined): Promise<YearReadiness> {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return readinessForYear(deps, orgId, fiscalYearParam(yearParam ?? String(fiscalYearOf(todayJst(deps.clock.now())))));
}

/** A fiscal year given in a query string (西暦, 2023 or later). */
export function fiscalYearParam(raw: string | undefined): number {
  const year = Number(raw);
  if (!raw || !Number.isInteger(year) || year < 2023 || year > 2100) {
    throw new AppError('VALIDATION', '年度は 2023 以降の西暦年 (例: 2025 = 令和7年度) で指定してください。', {
      fields: [{ field: 'fiscalYear', message: '2023 以降の西暦年' }],
    });
  }
  return year;
}
