// Input of a workbook import: the fiscal year, the form, and the rows an administrator corrected.
import { z } from 'zod';
import { ANSWER_TYPES, TARGETS } from '../../../../domain/catalog/labels.ts';

export const rowCorrectionSchema = z.object({
  row: z.number().int().min(1),
  skip: z.boolean().optional(),
  section: z.string().regex(/^\d+$/, '節は数字です').optional(),
  no: z.number().int().min(1).max(99).optional(),
  targets: z.array(z.enum(TARGETS)).min(1, '対象を 1 つ以上選んでください').optional(),
  status: z.enum(['required', 'reference']).optional(),
  text: z.string().trim().min(1, '文言を入力してください').max(2000).optional(),
  answerType: z.enum(ANSWER_TYPES).optional(),
});

export const workbookOptionsSchema = z.object({
  fiscalYear: z.coerce.number().int('年度は西暦年で指定してください').min(2023, '令和5年度 (2023) 以降を指定してください').max(2100),
  form: z.enum(['institution', 'vendor'], '様式は institution (医療機関・薬局確認用) か vendor (事業者確認用) です'),
  corrections: z.array(rowCorrectionSchema).max(500).default([]),
});
