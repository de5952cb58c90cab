// Form documents built from the real catalog and plain answer values, for renderer tests that need
// no database.
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import { presentAssessment } from '../assessments/assessments.present.ts';
import type { AnswerRow, AssessmentRow } from '../assessments/assessments.repo.ts';
import { textOf } from '../assessments/assessments.service.ts';
import { loadCatalog } from '../catalog/catalog.loader.ts';
import type { FormDocument } from './document.ts';

const catalog = loadCatalog();

export interface DocumentSpec {
  version?: string;
  form?: 'institution' | 'pharmacy' | 'vendor';
  fiscalYear?: number;
  vendorName?: string | null;
  systemName?: string | null;
  hasVendorContract?: boolean;
  answers?: Record<string, Partial<AnswerValues>>;
  responsiblePerson?: string | null;
}

export function formDocument(spec: DocumentSpec = {}): FormDocument {
  const version = catalog.find((v) => v.id === (spec.version ?? 'R7'));
  if (!version) throw new Error(`no catalog version ${spec.version}`);
  const at = new Date('2025-06-02T01:00:00Z');
  const row: AssessmentRow = {
    organizationId: '00000000-0000-4000-8000-000000000001',
    id: '00000000-0000-4000-8000-000000000002',
    fiscalYear: spec.fiscalYear ?? version.fiscalYear,
    catalogVersion: version.id,
    catalogRevision: version.revision,
    catalogForm: spec.form ?? 'institution',
    form: spec.form ?? 'institution',
    vendorName: spec.vendorName ?? null,
    systemName: spec.systemName ?? null,
    hasVendorContract: spec.hasVendorContract ?? true,
    textMove: null,
    invitationId: null,
    reviewStatus: null,
    reviewComments: {},
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
  };
  const answers: AnswerRow[] = Object.entries(spec.answers ?? {}).map(([itemId, v]) => ({
    organizationId: row.organizationId,
    assessmentId: row.id,
    itemId,
    firstAnswer: v.firstAnswer ?? null,
    firstDate: v.firstDate ?? null,
    targetDate: v.targetDate ?? null,
    secondAnswer: v.secondAnswer ?? null,
    secondDate: v.secondDate ?? null,
    note: v.note ?? '',
    outOfScope: v.outOfScope ?? false,
    suggestion: null,
    version: 1,
    updatedBy: null,
    updatedAt: at,
    updatedByLogin: 'tanaka',
  }));
  return {
    org: {
      name: 'みどり内科クリニック',
      kind: 'clinic',
      prefecture: '東京都',
      address: '東京都千代田区1-1',
      medicalInstitutionCode: '1312345678',
    },
    assessment: presentAssessment(row, textOf({ catalog }, row), answers),
    generatedAt: new Date('2025-06-02T03:04:00Z'),
    responsiblePerson: spec.responsiblePerson ?? '山田 太郎',
  };
}

/** Every counted item of the form answered はい on one day, and the given item いいえ with a target date. */
export function answeredDocument(noItem = '2-5'): FormDocument {
  const items = formDocument().assessment.items;
  const answers: Record<string, Partial<AnswerValues>> = {};
  for (const i of items) answers[i.id] = { firstAnswer: 'yes', firstDate: '2025-06-01' };
  answers[noItem] = { firstAnswer: 'no', firstDate: '2025-06-01', targetDate: '2026-03-15', note: '=HYPERLINK("x")' };
  return formDocument({ answers });
}
