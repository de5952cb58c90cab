// Input of the 連絡体制図 API.
import { z } from 'zod';
import { CONTACT_SIDES } from '../../../domain/contacts/chart.ts';

const field = (maxLength: number) =>
  z
    .string()
    .max(maxLength, `${maxLength}文字以内で入力してください`)
    .transform((s) => s.normalize('NFKC').trim())
    .default('');

export const contactEntrySchema = z.object({
  side: z.enum(CONTACT_SIDES, '組織内 (internal) か外部 (external) を選んでください'),
  category: z
    .string()
    .max(100)
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().min(1, '入力してください')),
  organizationName: field(200),
  personName: field(100),
  phone: field(50).pipe(z.string().regex(/^[0-9+()\-\s内線#,、]*$/, '電話番号は数字とハイフンで入力してください (例: 03-1234-5678)')),
  hours: field(100),
  url: field(500).pipe(z.string().regex(/^(https?:\/\/\S+)?$/, 'URL は http:// または https:// で始めてください')),
  note: field(1000),
  providesMedicalSystem: z.boolean().default(true),
});

export const paperChartSchema = z.object({
  /** 西暦 or 和暦; null: the chart is no longer kept on paper */
  confirmedOn: z.string().max(40).nullable(),
  evidenceId: z.uuid('証跡ファイルの指定が正しくありません').nullable().optional(),
});

export const reorderSchema = z.object({
  side: z.enum(CONTACT_SIDES),
  ids: z.array(z.uuid()).max(500),
});

export const confirmSchema = z.object({
  confirmedOn: z.string().max(40),
});

export const startersSchema = z.object({
  keys: z.array(z.string().max(50)).max(50).optional(),
});
