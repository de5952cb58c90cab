// Input of the vendor invitations API: shapes only; the rules are domain/vendors/invitation.ts's.
import { z } from 'zod';

export const invitationInputSchema = z.object({
  /** 西暦 (2025 = 令和7年度) */
  fiscalYear: z.union([z.number(), z.string()]).optional(),
  /** the vendor's systems it is about (none: all) */
  systemIds: z.array(z.string()).optional(),
  personName: z.string().optional(),
  email: z.string().optional(),
  /** days the link can be used (default 30, at most 90) */
  days: z.union([z.number(), z.string()]).optional(),
});
