// Use cases: read the ledger settings; record that the 機器台帳 was reviewed (checklist 2(1) asks for a
// ledger kept up to date) and set the patch age that still counts as patched. Audited.
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import { parseRanges } from '../../../domain/logons/cidr.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { saveSettings, settingsOf } from './ledger-settings.repo.ts';
import type { LedgerSettingsInput } from './suggestions.schemas.ts';

export const presentSettings = (r: Awaited<ReturnType<typeof settingsOf>>) => ({
  devicesReviewedOn: r.devicesReviewedOn,
  devicesReviewedBy: r.devicesReviewedBy,
  patchMaxDays: r.patchMaxDays,
  dormantDays: r.dormantDays,
  addressRanges: r.addressRanges,
  accessPolicyEvidenceId: r.accessPolicyEvidenceId,
});

/** The ranges as written (each checked), without repeats; a wrong one is named. */
function addressRangesOf(list: string[]): string[] {
  const { ranges, problems } = parseRanges(list);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `施設のアドレス範囲: ${problems.join('、')}`, {
      fields: [{ field: 'addressRanges', message: problems.join('、') }],
    });
  }
  return [...new Set(ranges.map((r) => r.text))];
}

export async function getLedgerSettings(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return presentSettings(await settingsOf(deps.db, orgId));
}

export async function updateLedgerSettings(deps: Deps, caller: Caller, orgId: string, input: LedgerSettingsInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  let reviewedOn: string | null | undefined;
  if (input.devicesReviewedOn) {
    const parsed = parseJapaneseDate(input.devicesReviewedOn);
    if (!parsed.ok)
      throw new AppError('VALIDATION', `点検日: ${parsed.message}`, { fields: [{ field: 'devicesReviewedOn', message: parsed.message }] });
    if (parsed.iso > todayJst(now)) {
      throw new AppError('VALIDATION', '点検日: 未来の日付は入れられません。', {
        fields: [{ field: 'devicesReviewedOn', message: '未来の日付です' }],
      });
    }
    reviewedOn = parsed.iso;
  }
  const ranges = input.addressRanges ? addressRangesOf(input.addressRanges) : undefined;
  const policy = input.accessPolicyEvidenceId;
  if (policy && !(isUuid(policy) && (await findEvidence(deps.db, orgId, policy)))) {
    throw new AppError('VALIDATION', '権限規程: 組織の証跡ファイルにありません。', {
      fields: [{ field: 'accessPolicyEvidenceId', message: '組織の証跡ファイルから選んでください' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const before = await settingsOf(tx, orgId);
    const after = {
      ...before,
      ...(reviewedOn ? { devicesReviewedOn: reviewedOn, devicesReviewedBy: caller.actor.label } : {}),
      ...(input.patchMaxDays ? { patchMaxDays: input.patchMaxDays } : {}),
      ...(input.dormantDays ? { dormantDays: input.dormantDays } : {}),
      ...(ranges ? { addressRanges: ranges } : {}),
      ...(policy !== undefined ? { accessPolicyEvidenceId: policy } : {}),
      updatedAt: now,
    };
    await saveSettings(tx, after);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'ledger.settings_updated',
        targetType: 'ledger',
        targetId: 'devices',
        before: presentSettings(before),
        after: presentSettings(after),
      },
      now,
    );
    return presentSettings(after);
  });
}
