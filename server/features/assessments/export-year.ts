// `mamori export`: one fiscal year's assessment of an organisation as a file. The CLI runs with local
// (server-operator) authority, so no member check applies; the organisation is named by its slug.
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';
import { presentAssessment } from './assessments.present.ts';
import { answersOf, listAssessmentsOfOrg } from './assessments.repo.ts';
import { versionOf } from './assessments.service.ts';
import { assessmentCsv, type CsvEncoding } from './export-csv.ts';

export interface ExportRequest {
  org: string;
  fiscalYear: number;
  form: string;
  vendor?: string | undefined;
  encoding: CsvEncoding;
}

export async function exportYearCsv(deps: Deps, req: ExportRequest) {
  const org = await findOrgBySlug(deps.db, req.org);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${req.org} が見つかりません。`);
  const label = fiscalYear(req.fiscalYear).label;
  const rows = (await listAssessmentsOfOrg(deps.db, org.id)).filter(
    (r) => r.fiscalYear === req.fiscalYear && r.form === req.form && (req.form !== 'vendor' || r.vendorName === req.vendor),
  );
  const row = rows[0];
  if (!row)
    throw new AppError('NOT_FOUND', `${org.name} の${label}の回答 (${req.form}${req.vendor ? ` ${req.vendor}` : ''}) がありません。`);
  if (rows.length > 1) throw new AppError('VALIDATION', `${label}の事業者確認用が複数あります。--vendor で事業者名を指定してください。`);
  const view = presentAssessment(row, versionOf(deps, row.catalogVersion, row.catalogRevision), await answersOf(deps.db, org.id, [row.id]));
  const file = assessmentCsv(view, req.encoding);
  return { fileName: file.fileName, base64: file.body.toString('base64') };
}
