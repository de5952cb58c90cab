// Organisations: medical institutions (病院, 診療所, 薬局, 助産所), which keep the ledgers and answer the
// forms, and the offices that oversee them (保健所, and 都道府県 for a prefecture-wide office), which see
// only what institutions of their jurisdiction submit; their kinds and the 47 prefectures. No zod here:
// the web imports these lists, and the input schemas are in organization-input.ts (server only).

export const INSTITUTION_KINDS = ['hospital', 'clinic', 'pharmacy', 'midwifery'] as const;
export const OVERSIGHT_KINDS = ['health-center', 'prefecture'] as const;
export const ORG_KINDS = [...INSTITUTION_KINDS, ...OVERSIGHT_KINDS] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export type OversightKind = (typeof OVERSIGHT_KINDS)[number];

export const orgKindLabels: Record<OrgKind, { ja: string; en: string }> = {
  hospital: { ja: '病院', en: 'Hospital' },
  clinic: { ja: '診療所', en: 'Clinic' },
  pharmacy: { ja: '薬局', en: 'Pharmacy' },
  midwifery: { ja: '助産所', en: 'Midwifery home' },
  'health-center': { ja: '保健所', en: 'Public health center' },
  prefecture: { ja: '都道府県', en: 'Prefecture' },
};

/** A 保健所 or a 都道府県: it oversees institutions and keeps no ledgers of its own. */
export const isOversight = (kind: string): kind is OversightKind => (OVERSIGHT_KINDS as readonly string[]).includes(kind);

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
