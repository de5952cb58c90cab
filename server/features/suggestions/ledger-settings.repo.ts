// SQL for an organisation's ledger settings (last review of the 機器台帳, patch age allowed).
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { ledgerSettings } from '../../db/schema.ts';

type Q = Db | Tx;
export type LedgerSettingsRow = typeof ledgerSettings.$inferSelect;

export const DEFAULT_PATCH_MAX_DAYS = 90;
/** an account unused for longer counts as dormant (Mamori's default; the organisation may change it) */
export const DEFAULT_DORMANT_DAYS = 90;

export async function settingsOf(db: Q, organizationId: string): Promise<LedgerSettingsRow> {
  const [row] = await db.select().from(ledgerSettings).where(eq(ledgerSettings.organizationId, organizationId));
  return (
    row ?? {
      organizationId,
      devicesReviewedOn: null,
      devicesReviewedBy: null,
      patchMaxDays: DEFAULT_PATCH_MAX_DAYS,
      dormantDays: DEFAULT_DORMANT_DAYS,
      addressRanges: [],
      accessPolicyEvidenceId: null,
      updatedAt: new Date(0),
    }
  );
}

export async function saveSettings(tx: Tx, row: LedgerSettingsRow): Promise<void> {
  const { organizationId, ...rest } = row;
  await tx.insert(ledgerSettings).values(row).onConflictDoUpdate({ target: ledgerSettings.organizationId, set: rest });
}
