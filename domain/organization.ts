// Organisations are medical institutions; their kinds and the 47 prefectures.
import { z } from 'zod';

export const ORG_KINDS = ['hospital', 'clinic', 'pharmacy', 'midwifery'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const orgKindLabels: Record<OrgKind, { ja: string; en: string }> = {
  hospital: { ja: '病院', en: 'Hospital' },
  clinic: { ja: '診療所', en: 'Clinic' },
  pharmacy: { ja: '薬局', en: 'Pharmacy' },
  midwifery: { ja: '助産所', en: 'Midwifery home' },
};

export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

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
  kind: z.enum(ORG_KINDS, '種別は hospital / clinic / pharmacy / midwifery のいずれかです'),
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
