// `mamori export`: a fiscal year's form (CSV, xlsx, PDF) or the whole inspection pack (PDF) of an
// organisation as a file, or its 緊急時カード (PDF, of no year). The CLI runs with local (server-operator) authority, so no member check
// applies; the organisation is named by its slug.
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { assessmentCsv, type CsvEncoding } from '../assessments/export-csv.ts';
import { loadChart } from '../contacts/contacts.service.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';
import { emergencyCardFile, formFile, packFile, pdfFor, yearDocuments } from './outputs.service.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'pack', 'emergency-card'] as const;
/** The formats that are not of one fiscal year (no --fiscal-year). */
export const YEARLESS_FORMATS: readonly ExportFormat[] = ['emergency-card'];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  org: string;
  fiscalYear: number;
  format: ExportFormat;
  form: string;
  vendor?: string | undefined;
  encoding: CsvEncoding;
}

export async function exportYear(deps: Deps, req: ExportRequest): Promise<{ fileName: string; base64: string }> {
  const org = await findOrgBySlug(deps.db, req.org);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${req.org} が見つかりません。`);
  const encode = async (file: { fileName: string; body: Buffer | Promise<Buffer> }) => ({
    fileName: file.fileName,
    base64: (await file.body).toString('base64'),
  });
  if (req.format === 'emergency-card') return encode(await emergencyCardFile(deps, org, 'pdf', pdfFor(org.id)));
  if (!Number.isInteger(req.fiscalYear) || req.fiscalYear < 2023)
    throw new AppError('VALIDATION', '--fiscal-year は 2023 以降の西暦年 (例: 2025 = 令和7年度) で指定してください。');
  if (req.format === 'pack') return encode(await packFile(deps, org, req.fiscalYear, 'pdf', pdfFor(org.id)));
  const label = fiscalYear(req.fiscalYear).label;
  const docs = (await yearDocuments(deps, org, req.fiscalYear, await loadChart(deps.db, org.id, deps.clock.now()))).filter(
    (d) => d.assessment.form === req.form && (req.form !== 'vendor' || d.assessment.vendorName === req.vendor),
  );
  const doc = docs[0];
  if (!doc)
    throw new AppError('NOT_FOUND', `${org.name} の${label}の回答 (${req.form}${req.vendor ? ` ${req.vendor}` : ''}) がありません。`);
  if (docs.length > 1) throw new AppError('VALIDATION', `${label}の事業者確認用が複数あります。--vendor で事業者名を指定してください。`);
  if (req.format === 'csv') return encode(assessmentCsv(doc.assessment, req.encoding));
  return encode(await formFile(deps, doc, req.format, pdfFor(org.id)));
}
