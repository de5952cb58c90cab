// Input of the assessment API.
import { z } from 'zod';
import { FORMS } from '../../../domain/catalog/labels.ts';

const nfkc = (s: string) => s.normalize('NFKC').trim();
const optionalName = z
  .string()
  .max(200)
  .transform(nfkc)
  .optional()
  .nullable()
  .transform((v) => v || null);

export const newAssessmentSchema = z.object({
  fiscalYear: z.number().int().min(2023, '令和5年度 (2023) 以降を選んでください').max(2100),
  form: z.enum(FORMS),
  vendorName: optionalName,
  systemName: optionalName,
  hasVendorContract: z.boolean().optional(),
  /** an earlier assessment of the same form whose answers are carried forward */
  carryFrom: z.uuid('引き継ぐ回答の指定が正しくありません').optional(),
});

export const assessmentUpdateSchema = z.object({
  vendorName: optionalName,
  systemName: optionalName,
  hasVendorContract: z.boolean().optional(),
});

const yesNo = z.enum(['yes', 'no']).nullable();
const dateText = z.string().max(40).nullable();

export const answerInputSchema = z.object({
  firstAnswer: yesNo,
  firstDate: dateText,
  targetDate: dateText,
  secondAnswer: yesNo,
  secondDate: dateText,
  note: z.string().max(2000).default(''),
  version: z.number().int().min(0),
});

export const attachEvidenceSchema = z.object({
  evidenceId: z.uuid('証跡ファイルの指定が正しくありません'),
});

export const itemScopeSchema = z.object({
  outOfScope: z.boolean(),
  version: z.number().int().min(0),
});

export type NewAssessmentInput = z.output<typeof newAssessmentSchema>;
export type AssessmentUpdate = z.output<typeof assessmentUpdateSchema>;
export type AnswerInput = z.output<typeof answerInputSchema>;
export type AttachEvidenceInput = z.output<typeof attachEvidenceSchema>;
export type ItemScopeInput = z.output<typeof itemScopeSchema>;
