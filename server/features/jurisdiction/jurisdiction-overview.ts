// The inspector's overview of a jurisdiction for a fiscal year: each institution with its latest
// submission sent to this office and what it said (gaps by the 手引き, named; 目標日 past today; vendors
// without their 事業者確認用; the 連絡体制図's date), its live read access if any, and this office's
// inspection record of the year. Also as CSV / Excel.
import { fiscalYear, fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import { findingsIn } from '../../../domain/inspection/points.ts';
import { isOversight, orgKindLabels } from '../../../domain/organization.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { inspectionsOfOffice } from '../inspections/inspections.repo.ts';
import { openGrantsOfOffice } from '../live-access/live-access.repo.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { presentSubmission } from '../submissions/submissions.present.ts';
import { latestSentTo } from '../submissions/submissions.repo.ts';
import { institutionsOf } from './jurisdiction.repo.ts';

type Org = { id: string; slug: string; name: string; kind: string; prefecture: string | null };

export const orgSummary = (o: Org & { medicalInstitutionCode?: string | null; bedCount?: number | null }) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  kind: o.kind,
  prefecture: o.prefecture,
  medicalInstitutionCode: o.medicalInstitutionCode ?? null,
  bedCount: o.bedCount ?? null,
});

function yearParam(raw: string | undefined, now: Date): number {
  const year = raw ? Number(raw) : fiscalYearOf(todayJst(now));
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('VALIDATION', '年度: 西暦年で指定してください', {
      fields: [{ field: 'fiscalYear', message: '年度: 西暦年で指定してください' }],
    });
  return year;
}

/** The office's jurisdiction for a year, row by row (its members only; an institution has none: 404). */
export async function jurisdictionOverview(deps: Deps, caller: Caller, orgId: string, yearRaw?: string) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  if (!isOversight(org.kind)) throw notFound('管轄');
  const now = deps.clock.now();
  const today = todayJst(now);
  const year = yearParam(yearRaw, now);
  const [rows, sent, grants, records] = [
    await institutionsOf(deps.db, orgId),
    await latestSentTo(deps.db, orgId, year),
    await openGrantsOfOffice(deps.db, orgId, now),
    await inspectionsOfOffice(deps.db, orgId, year),
  ];
  const latest = new Map(sent.map((s) => [s.organizationId, s]));
  // each institution's grant in force with the latest end, else the next one to begin
  const live = new Map<string, { startsAt: string; endsAt: string; active: boolean }>();
  for (const g of grants) {
    const seen = live.get(g.organizationId);
    const active = g.startsAt <= now;
    const better = !seen || (active && (!seen.active || g.endsAt.toISOString() > seen.endsAt));
    if (better) live.set(g.organizationId, { startsAt: g.startsAt.toISOString(), endsAt: g.endsAt.toISOString(), active });
  }
  const inspected = new Map(records.map((r) => [r.inspection.institutionOrgId, r.inspection]));
  return {
    office: orgSummary(org),
    fiscalYear: year,
    fiscalYearLabel: fiscalYear(year).label,
    institutions: rows.map((r) => {
      const s = latest.get(r.org.id);
      const facts = s?.facts ?? {};
      const record = inspected.get(r.org.id);
      return {
        ...orgSummary(r.org),
        addedVia: r.link.addedVia,
        since: r.link.createdAt.toISOString(),
        submission: s ? presentSubmission(s) : null,
        /** what the submission said; null fields: a submission made before Mamori kept them */
        gapMessages: facts.gapMessages ?? null,
        overdueTargets: facts.targetDates ? facts.targetDates.filter((d) => d < today).length : null,
        vendorsMissing: facts.vendorsMissing ?? null,
        chartConfirmedOn: facts.chartConfirmedOn ?? null,
        /** null: not known (no submission, or one made before Mamori kept it) */
        chartRequired: facts.chartRequired ?? null,
        liveAccess: live.get(r.org.id) ?? null,
        inspection: record
          ? {
              id: record.id,
              completed: record.completedAt !== null,
              findings: findingsIn(record.results),
            }
          : null,
      };
    }),
  };
}

const dateOf = (iso: string) => todayJst(new Date(iso));

/** GET /orgs/:orgId/jurisdiction/export?fiscalYear&format: the overview as a table file. */
export async function exportJurisdiction(deps: Deps, caller: Caller, orgId: string, yearRaw: string | undefined, format: TableFormat) {
  const o = await jurisdictionOverview(deps, caller, orgId, yearRaw);
  const header = [
    '名称',
    '種別',
    '都道府県',
    '医療機関コード',
    '病床数',
    '事前送付日',
    '事前送付の回',
    '手引きによる不足',
    '不足の内容',
    '目標日を過ぎた項目',
    '事業者確認用のない事業者',
    '連絡体制図の確認日',
    '立入検査の記録',
  ];
  const rows = o.institutions.map((i) => [
    i.name,
    orgKindLabels[i.kind as keyof typeof orgKindLabels]?.ja ?? i.kind,
    i.prefecture ?? '',
    i.medicalInstitutionCode ?? '',
    i.bedCount === null ? '' : String(i.bedCount),
    i.submission ? dateOf(i.submission.submittedAt) : '未提出',
    i.submission ? String(i.submission.no) : '',
    i.submission ? String(i.submission.gaps) : '',
    [
      ...(i.gapMessages ?? []),
      ...(i.submission && i.gapMessages && i.submission.gaps > i.gapMessages.length
        ? [`ほか ${i.submission.gaps - i.gapMessages.length} 件`]
        : []),
    ].join('\n'),
    i.overdueTargets === null ? '' : String(i.overdueTargets),
    (i.vendorsMissing ?? []).join('、'),
    i.chartConfirmedOn ?? (i.chartRequired === false ? '不要' : ''),
    i.inspection ? `${i.inspection.completed ? '確定' : '下書き'} (指摘 ${i.inspection.findings} 件)` : '',
  ]);
  return tableFile([header, ...rows], format, `管轄_${o.office.slug}_${o.fiscalYear}`, `管轄 ${o.fiscalYearLabel}`);
}
