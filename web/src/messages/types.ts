// Every message exists in Japanese (first) and English.
export type Dict = Record<string, { ja: string; en: string }>;
