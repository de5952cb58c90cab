import type { Numbering } from '../catalog/labels.ts';
// An assessment's answers, as stored and shown: the official columns of the checklist forms.
export type YesNo = 'yes' | 'no';

export interface AnswerValues {
  firstAnswer: YesNo | null;
  firstDate: string | null; // YYYY-MM-DD
  targetDate: string | null;
  secondAnswer: YesNo | null;
  secondDate: string | null;
  note: string;
  /** 事業者確認用 only: outside this vendor's contract (手引き: 契約内容により確認不要); no answer then */
  outOfScope?: boolean;
}

export interface Gap {
  itemId: string | null;
  code: 'GATE_MISSING' | 'FIRST_MISSING' | 'FIRST_DATE_MISSING' | 'TARGET_MISSING';
  /** a sentence a clinic director understands, naming the item */
  message: string;
}

export interface Progress {
  answered: number;
  total: number;
}

export interface AssessmentContext {
  fiscalYear: number;
  form: string;
  hasVendorContract: boolean;
  /** how the version numbers its items ("2(4)" or "2-④") */
  numbering?: Numbering;
}
