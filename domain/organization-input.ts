// What an administrator types for an organisation, as the server validates it (NFKC, 医療機関コード,
// the kinds and prefectures of organization.ts). Kept apart so that the web's bundle has no zod.
import { z } from 'zod';
import { ORG_KINDS, PREFECTURES } from './organization.ts';

const nfkc = (s: string) => s.normalize('NFKC').trim();
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform(nfkc)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const orgSlugSchema = z
  .string()
  .transform(nfkc)
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, '英小文字・数字・ハイフンで 2〜63 文字にしてください'));

export const orgInputSchema = z.object({
  slug: orgSlugSchema,
  name: z.string().transform(nfkc).pipe(z.string().min(1, '名称を入力してください').max(200)),
  nameKana: optionalText(200),
  kind: z.enum(
    ORG_KINDS,
    '種別は hospital / clinic / pharmacy / midwifery / health-center (保健所) / prefecture (都道府県) のいずれかです',
  ),
  prefecture: z.enum(PREFECTURES, '都道府県名を正しく入力してください').optional().nullable(),
  address: optionalText(300),
  // 医療機関コード: 10 digits (2 prefecture + 1 point-table + 7 institution); kept as text
  medicalInstitutionCode: z
    .string()
    .transform(nfkc)
    .pipe(z.string().regex(/^(\d{7}|\d{10})?$/, '医療機関コードは 7 桁または 10 桁の数字です'))
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  bedCount: z.number().int('整数で入力してください').min(0).max(10000).optional().nullable(),
  requireMfa: z.boolean().optional(),
});

export type OrgInput = z.infer<typeof orgInputSchema>;
export const orgUpdateSchema = orgInputSchema.omit({ slug: true }).partial();
