// What the official outputs (print view, PDF, xlsx, inspection pack) are made from: the organisation's
// header facts and an assessment as presented to the API. Renderers take these and nothing else, so
// they need no database and are tested on plain values.
import { itemNumber } from '../../../domain/catalog/labels.ts';
import type { AssessmentView } from '../assessments/assessments.present.ts';

export type { AssessmentView };
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
  /** a past day (YYYY-MM-DD) whose end the answers were replayed to from the audit trail */
  asOf?: string | null;
}

export const yesNoJa = (v: string | null | undefined): string => (v === 'yes' ? 'はい' : v === 'no' ? 'いいえ' : '');

/** The file name stem of a form: 令和7年度_医療機関確認用[_事業者名] */
export const formFileStem = (a: AssessmentView): string =>
  [a.fiscalYearLabel, a.formLabel, a.vendorName, a.systemName]
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '_');

/** 2025-06-02 12:04 in Japan time, for "made at" lines. */
export const jstStamp = (d: Date): string => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The institution's address with its prefecture unless the address already begins with it. */
export const addressLine = (org: OrgHeader): string =>
  [org.prefecture && !org.address?.startsWith(org.prefecture) ? org.prefecture : null, org.address].filter(Boolean).join(' ');

/** What stands in for an item's text when its wording was never seen. */
export const unknownWording = (item: ItemView): string => `（文言不明・原文未確認）${item.textFragment ? ` ${item.textFragment}…` : ''}`;

/** The item numbers that need nothing without a vendor contract (2(2)・2(3)). */
export const vendorContractItems = (a: Pick<AssessmentView, 'items' | 'numbering'>): string =>
  [...new Set(a.items.filter((i) => i.skipIfNoVendorContract).map((i) => itemNumber(i.section, i.no, a.numbering)))].join('・');

/** The 事業者との契約 line of a form's header. */
export const contractLine = (a: AssessmentView): string => (a.hasVendorContract ? 'あり' : `なし（${vendorContractItems(a)} は記入不要）`);

/** The 備考 of a printed item: the note, then the evidence files attached to it. */
export const remarksOf = (item: ItemView): string =>
  [item.answer?.note ?? '', item.evidence.length ? `証跡: ${item.evidence.map((e) => e.fileName).join('、')}` : '']
    .filter(Boolean)
    .join('\n');
