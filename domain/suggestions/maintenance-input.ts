// A confirmation with a maintenance vendor as the server validates it (maintenance.ts has the rest;
// kept apart so that the web's bundle has no zod).
import { z } from 'zod';

const text = (max: number, what: string) => z.string().trim().min(1, `${what}を入力してください`).max(max, `${max} 文字以内にしてください`);

/** A confirmation as typed (dates may be 和暦; the service checks the date and that it is not in the future). */
export const confirmationInputSchema = z
  .object({
    vendorName: text(200, '事業者名'),
    remoteFound: z.boolean({ error: 'リモートメンテナンスしている機器の有無を選んでください' }),
    confirmedBy: text(100, '確認した人'),
    vendorContact: text(100, '事業者の担当者'),
    confirmedOn: text(40, '確認した日'),
    documentedAs: text(200, '記録の種類'),
    note: z.string().trim().max(2000, '2000 文字以内にしてください').default(''),
    /** 0 for a vendor without a confirmation yet */
    version: z.number().int().min(0),
  })
  .strict();

export type ConfirmationInput = z.infer<typeof confirmationInputSchema>;
