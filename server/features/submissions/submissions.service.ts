// Use cases of 事前送付 (submission). An institution's 管理者 submits a fiscal year's forms to its 保健所:
// the forms with their answers (a vendor's form once accepted), the readiness by the 手引き at that
// moment and the 連絡体制図 are frozen as canonical JSON with its sha256; a later change is a new
// submission, the old one kept. The institution's members read its submissions; the office reads
// those sent to it — by the same route, decided here: it never reaches the institution's live records.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import { fiscalYearOf, fiscalYear as fiscalYearOfNo, todayJst } from '../../../domain/dates/fiscal-year.ts';
import { isOversight, orgKindLabels } from '../../../domain/organization.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { readinessOf, vendorFactsOf, yearViews } from '../assessments/readiness.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { officesOf } from '../jurisdiction/jurisdiction.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';
import { submissionFacts, submittedChart, submittedForm, submittedReadiness } from './snapshot.ts';
import { presentSubmission } from './submissions.present.ts';
import { findSubmission, insertSubmission, nextNo, submissionsOf } from './submissions.repo.ts';

export const SNAPSHOT_FORMAT = 'mamori-submission/1';
const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type OrgRow = NonNullable<Awaited<ReturnType<typeof findOrgBySlug>>>;

/** A fiscal year asked for (empty: the current one; at most next year), or a field error. */
export function yearOf(raw: unknown, now: Date): number {
  const current = fiscalYearOf(todayJst(now));
  const year = raw === undefined || raw === null || raw === '' ? current : Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > current + 1)
    throw new AppError('VALIDATION', '年度: 西暦年 (例: 2026 = 令和8年度) で指定してください', {
      fields: [{ field: 'fiscalYear', message: '年度: 西暦年 (例: 2026 = 令和8年度) で指定してください' }],
    });
  return year;
}

/** Freezes the year's forms and sends them to the institution's 保健所 (or its prefecture's office). */
export async function submitYearAs(deps: Deps, actor: Actor, org: OrgRow, year: number, submitter: string) {
  if (isOversight(org.kind)) throw notFound('事前送付');
  const offices = await officesOf(deps.db, org.id);
  const office = (offices.find((o) => o.link.oversightKind === 'health-center') ?? offices[0])?.org;
  if (!office)
    throw new AppError('VALIDATION', '所管の保健所が選ばれていません。設定の「所管の保健所」で選んでから提出してください。', {
      fields: [{ field: 'office', message: '所管の保健所: 設定で選んでください' }],
    });
  // one read of the forms and the chart, from which both the forms sent and the readiness follow
  const now = deps.clock.now();
  const [views, chart] = [await yearViews(deps, org.id, year), await loadChart(deps.db, org.id, now)];
  const forms = views.filter((v) => v.reviewStatus === null || v.reviewStatus === 'accepted');
  if (forms.length === 0)
    throw new AppError(
      'VALIDATION',
      `${fiscalYearOfNo(year).label}の様式がまだありません。チェックリストの回答を始めてから提出してください。`,
      {
        fields: [{ field: 'fiscalYear', message: '年度: この年度の様式がありません' }],
      },
    );
  const readiness = readinessOf(year, views, chart, await vendorFactsOf(deps, org.id, year), todayJst(now));
  const snapshot = JSON.parse(
    canonicalJson({
      format: SNAPSHOT_FORMAT,
      organization: {
        name: org.name,
        kind: org.kind,
        kindLabel: orgKindLabels[org.kind].ja,
        prefecture: org.prefecture,
        address: org.address,
        medicalInstitutionCode: org.medicalInstitutionCode,
        bedCount: org.bedCount,
      },
      office: { name: office.name, kind: office.kind },
      fiscalYear: year,
      fiscalYearLabel: fiscalYearOfNo(year).label,
      submittedAt: now.toISOString(),
      submittedBy: submitter,
      forms: forms.map(submittedForm),
      readiness: submittedReadiness(readiness),
      contactChart: submittedChart(chart),
    }),
  ) as Record<string, unknown>;
  const sha256 = sha256Of(canonicalJson(snapshot));
  return deps.db.transaction(async (tx) => {
    const no = await nextNo(tx, org.id, year);
    const row = await insertSubmission(tx, {
      organizationId: org.id,
      fiscalYear: year,
      no,
      oversightOrgId: office.id,
      snapshot,
      sha256,
      ready: readiness.ready,
      gaps: readiness.gaps.length,
      facts: submissionFacts(forms, readiness, chart),
      submittedBy: actor.userId,
      submittedByName: submitter,
      submittedAt: now,
    });
    if (!row) throw new AppError('CONFLICT', '同じ年度の提出がほかに同時に行われました。提出の一覧を確かめてください。');
    const about = { fiscalYear: year, no, sha256, institution: org.name, office: office.name };
    await recordAudit(
      tx,
      actor,
      { organizationId: org.id, action: 'submission.sent', targetType: 'submission', targetId: row.id, after: about },
      now,
    );
    await recordAudit(
      tx,
      actor,
      { organizationId: office.id, action: 'submission.received', targetType: 'submission', targetId: row.id, after: about },
      now,
    );
    return { ...presentSubmission(row), office: { name: office.name, kind: office.kind } };
  });
}

/** POST /orgs/:orgId/submissions { fiscalYear }: the institution's 管理者 submits. */
export async function submitYear(deps: Deps, caller: Caller, orgId: string, raw: { fiscalYear?: unknown }) {
  // the organisation's own administrators only: a system administrator who is not a member may manage
  // its settings, but never send its records out in its name
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.sign');
  return submitYearAs(deps, caller.actor, org, yearOf(raw.fiscalYear, deps.clock.now()), caller.user.displayName);
}

/** GET /orgs/:orgId/submissions: an institution's submissions, newest first (without the snapshots). */
export async function listSubmissions(deps: Deps, caller: Caller, orgId: string) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  if (isOversight(org.kind)) throw notFound('事前送付');
  return { submissions: (await submissionsOf(deps.db, orgId)).map(presentSubmission) };
}

/**
 * GET /orgs/:orgId/submissions/:submissionId: as submitted, with its snapshot — to the institution's
 * members, or to the members of the office it was sent to (never another's).
 */
export async function getSubmission(deps: Deps, caller: Caller, orgId: string, id: string) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  if (!isUuid(id)) throw notFound('事前送付');
  const row = await findSubmission(deps.db, orgId, id, isOversight(org.kind) ? 'office' : 'institution');
  if (!row) throw notFound('事前送付');
  return { ...presentSubmission(row), snapshot: row.snapshot as Record<string, unknown> };
}

/** `mamori submit --org SLUG --fiscal-year YYYY`: with the CLI's local authority. */
export async function submitFromCli(deps: Deps, actor: Actor, slug: string, yearRaw: unknown) {
  const org = await findOrgBySlug(deps.db, slug);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${slug} が見つかりません。`);
  return submitYearAs(deps, actor, org, yearOf(yearRaw, deps.clock.now()), actor.label);
}
