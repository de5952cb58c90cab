// What the official outputs (print view, PDF, xlsx, inspection pack) are made from: the organisation's
// header facts and an assessment as presented to the API. Renderers take these and nothing else, so
// they need no database and are tested on plain values.
import type { presentAssessment } from '../assessments/assessments.present.ts';

export type AssessmentView = ReturnType<typeof presentAssessment>;
export type ItemView = AssessmentView['items'][number];

export interface OrgHeader {
  name: string;
  kind: string;
  prefecture: string | null;
  address: string | null;
  medicalInstitutionCode: string | null;
}

export interface FormDocument {
  org: OrgHeader;
  assessment: AssessmentView;
  /** when the document was made (printed in the footer) */
  generatedAt: Date;
  /** 医療情報システム安全管理責任者 from the 連絡体制図, printed in the header when known */
  responsiblePerson: string | null;
}

export const yesNoJa = (v: string | null | undefined): string => (v === 'yes' ? 'はい' : v === 'no' ? 'いいえ' : '');

/** The file name stem of a form: 令和7年度_医療機関確認用[_事業者名] */
export const formFileStem = (a: AssessmentView): string =>
  [a.fiscalYearLabel, a.formLabel, a.vendorName, a.systemName]
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '_');
