// Use cases for the official outputs: a form as print view / PDF / xlsx, the 連絡体制図 as print view /
// PDF, and the year's inspection pack. Members may read them (org.read); the CLI uses the same
// builders with its local authority (export-year.ts).
import { fiscalYear, todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { errorSummary } from '../../lib/error-summary.ts';
import { AppError } from '../../lib/errors.ts';
import { JobAbandoned } from '../../lib/fair-limiter.ts';
import type { Html } from '../../lib/html.ts';
import { htmlToPdf, type PdfRequester } from '../../lib/pdf.ts';
import { assessmentOrNotFound, getAssessment } from '../assessments/assessments.service.ts';
import { asOfParam, assessmentAsOf } from '../assessments/history.ts';
import { fiscalYearParam, readinessOf, vendorFactsOf, yearViews } from '../assessments/readiness.ts';
import { backupLedgerOf } from '../backup-ledger/backup-ledger.service.ts';
import type { Caller } from '../caller.ts';
import { presentConnection } from '../connections/connections.present.ts';
import { listConnections } from '../connections/connections.repo.ts';
import { listConnectionsOf } from '../connections/connections.service.ts';
import { type ChartView, responsiblePersonOf } from '../contacts/contacts.present.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import type { OrgRow } from '../orgs/orgs.repo.ts';
import { renderForm } from './assessment-print.ts';
import { assessmentXlsx } from './assessment-xlsx.ts';
import { renderConnections } from './connections-print.ts';
import { renderContactChart } from './contacts-print.ts';
import { type FormDocument, formFileStem, jstStamp, type OrgHeader } from './document.ts';
import { renderEmergencyCard } from './emergency-card.ts';
import { renderPack } from './pack-print.ts';
import { type PageMode, printPage } from './print-page.ts';

export interface OutputFile {
  /** a PDF is a promise: an accepted job that Chromium renders after the request has left the database */
  body: Buffer | Promise<Buffer>;
  contentType: string;
  fileName: string;
  /** inline: shown in the browser (print views); attachment: downloaded */
  inline: boolean;
}

export type PrintFormat = 'print' | 'pdf';
export type FormFormat = PrintFormat | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const orgHeader = (org: OrgRow): OrgHeader => ({
  name: org.name,
  kind: org.kind,
  prefecture: org.prefecture,
  address: org.address,
  medicalInstitutionCode: org.medicalInstitutionCode,
});

/** The year's forms, 医療機関確認用/薬局確認用 first, then each 事業者確認用 by vendor and system. */
export async function yearDocuments(deps: Deps, org: OrgRow, year: number, chart: ChartView): Promise<FormDocument[]> {
  const order = (form: string) => (form === 'vendor' ? 1 : 0);
  return (
    (await yearViews(deps, org.id, year))
      // a vendor's form answered through an invitation prints once the institution has accepted it
      .filter((v) => v.reviewStatus === null || v.reviewStatus === 'accepted')
      .sort((a, b) => order(a.form) - order(b.form))
      .map((view) => formDocumentOf(deps, org, view, chart))
  );
}

export const formDocumentOf = (deps: Deps, org: OrgRow, assessment: FormDocument['assessment'], chart: ChartView): FormDocument => ({
  org: orgHeader(org),
  assessment,
  generatedAt: deps.clock.now(),
  responsiblePerson: responsiblePersonOf(chart),
});

/** Whom a PDF is made for: PDF work is shared fairly by organisation (server/lib/pdf.ts); no caller = the CLI. */
export const pdfFor = (organizationId: string, caller?: Caller): PdfRequester => ({
  organizationId,
  userId: caller?.user.id ?? null,
  gone: caller?.gone,
});

/**
 * A print view as a browser page, or as a PDF made by headless Chromium. PDF work is bounded and queued
 * fairly: a refusal (429/503) is thrown here, while the request is still being answered; an accepted job
 * is returned as a promise, so the response commits and frees its place in the database's admission
 * while the job waits for Chromium.
 */
export async function printed(
  deps: Deps,
  title: string,
  body: Html,
  format: PrintFormat,
  stem: string,
  requester: PdfRequester,
): Promise<OutputFile> {
  const mode: PageMode = format === 'pdf' ? 'pdf' : 'browser';
  const page = printPage(title, body, mode);
  if (format === 'print')
    return { body: Buffer.from(page), contentType: 'text/html; charset=utf-8', fileName: `${stem}.html`, inline: true };
  const footer = `${title} — Mamori ${jstStamp(deps.clock.now())}`;
  const who = { organizationId: requester.organizationId, userId: requester.userId };
  let pdf: Promise<Buffer>;
  try {
    pdf = htmlToPdf(page, {
      chromiumPath: deps.config.chromiumPath,
      footer,
      requester,
      limits: deps.config.pdf,
      onStart: () => deps.log.info('pdf started', who),
    });
  } catch (err) {
    if (err instanceof AppError && err.retryAfterSeconds !== undefined) deps.log.warn('pdf refused', { ...who, code: err.code });
    throw err;
  }
  pdf.catch((err: unknown) => {
    if (err instanceof JobAbandoned) deps.log.info('pdf dropped: the client left while it waited', who);
    else deps.log.error('pdf failed', { ...who, ...errorSummary(err) });
  });
  return { body: pdf, contentType: 'application/pdf', fileName: `${stem}.pdf`, inline: false };
}

export async function formFile(deps: Deps, doc: FormDocument, format: FormFormat, requester: PdfRequester): Promise<OutputFile> {
  const stem = formFileStem(doc.assessment);
  if (format === 'xlsx') return { body: await assessmentXlsx(doc), contentType: XLSX_TYPE, fileName: `${stem}.xlsx`, inline: false };
  const title = `${doc.org.name} ${doc.assessment.fiscalYearLabel} ${doc.assessment.formLabel}`;
  return printed(deps, title, renderForm(doc), format, stem, requester);
}

/** One form; with asOf (a past day, 和暦 or 西暦) as it stood at the end of that day. */
export async function assessmentOutput(deps: Deps, caller: Caller, orgId: string, id: string, format: FormFormat, asOfRaw?: string) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const chart = await loadChart(deps.db, orgId, deps.clock.now());
  const requester = pdfFor(orgId, caller);
  if (!asOfRaw) return formFile(deps, formDocumentOf(deps, org, await getAssessment(deps, caller, orgId, id), chart), format, requester);
  const asOf = asOfParam(asOfRaw, todayJst(deps.clock.now()));
  const view = await assessmentAsOf(deps, await assessmentOrNotFound(deps, orgId, id), asOf);
  const doc = { ...formDocumentOf(deps, org, view, chart), asOf };
  const file = await formFile(deps, doc, format, requester);
  return { ...file, fileName: file.fileName.replace(/(\.\w+)$/, `_${asOf}時点$1`) };
}

export async function contactsOutput(deps: Deps, caller: Caller, orgId: string, format: PrintFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const chart = await loadChart(deps.db, orgId, deps.clock.now());
  const body = renderContactChart(orgHeader(org), chart);
  return printed(deps, `${org.name} 連絡体制図`, body, format, `連絡体制図_${org.slug}`, pdfFor(orgId, caller));
}

export async function connectionsOutput(deps: Deps, caller: Caller, orgId: string, format: PrintFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const points = await listConnectionsOf(deps, caller, orgId);
  return printed(
    deps,
    `${org.name} 外部接続点`,
    renderConnections(orgHeader(org), points, deps.clock.now()),
    format,
    `外部接続点_${org.slug}`,
    pdfFor(orgId, caller),
  );
}

/** The 緊急時カード (one A4 page) of an organisation, from its 連絡体制図, 外部接続点 and バックアップ台帳. */
export async function emergencyCardFile(deps: Deps, org: OrgRow, format: PrintFormat, requester: PdfRequester): Promise<OutputFile> {
  const now = deps.clock.now();
  const [chart, points, plans] = await Promise.all([
    loadChart(deps.db, org.id, now),
    listConnections(deps.db, org.id),
    backupLedgerOf(deps.db, org.id, now),
  ]);
  const body = renderEmergencyCard({
    org: orgHeader(org),
    chart,
    points: points.map((r) => presentConnection(r.point, r.deviceLabel)),
    plans,
    generatedAt: now,
  });
  return printed(deps, `${org.name} 緊急時カード`, body, format, `緊急時カード_${org.slug}`, requester);
}

export async function emergencyCardOutput(deps: Deps, caller: Caller, orgId: string, format: PrintFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return emergencyCardFile(deps, org, format, pdfFor(orgId, caller));
}

export async function packFile(deps: Deps, org: OrgRow, year: number, format: PrintFormat, requester: PdfRequester): Promise<OutputFile> {
  const chart = await loadChart(deps.db, org.id, deps.clock.now());
  const forms = await yearDocuments(deps, org, year, chart);
  const label = fiscalYear(year).label;
  if (forms.length === 0) throw new AppError('NOT_FOUND', `${org.name} の${label}のチェックリストがまだありません。`);
  const readiness = readinessOf(
    year,
    forms.map((f) => f.assessment),
    chart,
    await vendorFactsOf(deps, org.id, year),
    todayJst(deps.clock.now()),
  );
  const body = renderPack({ org: orgHeader(org), readiness, forms, chart, generatedAt: deps.clock.now() });
  return printed(deps, `${org.name} ${label} 立入検査用資料`, body, format, `${label}_立入検査用資料`, requester);
}

export async function packOutput(deps: Deps, caller: Caller, orgId: string, yearParam: string | undefined, format: PrintFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return packFile(deps, org, fiscalYearParam(yearParam), format, pdfFor(orgId, caller));
}
