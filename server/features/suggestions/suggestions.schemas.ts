// Input of the ledger settings (the maintenance confirmation's is domain/suggestions/maintenance.ts).
import { z } from 'zod';

export const ledgerSettingsSchema = z.object({
  devicesReviewedOn: z.string().max(40).nullable().optional(),
  patchMaxDays: z.number().int().min(1, '1 日以上にしてください').max(3650).optional(),
  dormantDays: z.number().int().min(1, '1 日以上にしてください').max(3650).optional(),
  /** the institution's address ranges (CIDR), e.g. 192.168.0.0/16 */
  addressRanges: z.array(z.string().max(60)).max(200, '200 件までにしてください').optional(),
  /** the 権限規程 (運用管理規程): a file of the organisation's evidence store, or null to take it away */
  accessPolicyEvidenceId: z.string().max(100).nullable().optional(),
});

export type LedgerSettingsInput = z.output<typeof ledgerSettingsSchema>;
