// Use cases: the maintenance vendors the ledgers name, each with the confirmation that someone asked
// it whether it maintains any device remotely (checklist 2(2)); record or change that confirmation.
// Members read; 担当者 and 管理者 record; every change audited with the values before and after.
import type { ConnectionKind } from '../../../domain/connections/connection.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import { readStatus } from '../../../domain/devices/status.ts';
import { type MaintenanceVendorsView, maintenanceVendors, vendorKey } from '../../../domain/suggestions/maintenance.ts';
import type { ConfirmationInput } from '../../../domain/suggestions/maintenance-input.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { ledgerRowsOf } from '../feeds/findings.service.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { deviceLabel, presentConfirmation } from './maintenance.present.ts';
import { confirmationForUpdate, confirmationsOf, saveConfirmation } from './maintenance.repo.ts';

const invalid = (fields: { field: string; message: string }[]) =>
  new AppError('VALIDATION', `入力内容を確認してください。${fields.map((f) => f.message).join(' / ')}`, { fields });

/** The input (checked by the route), its date read (和暦 too) and not after today (JST). */
function readInput(input: ConfirmationInput, now: Date): ConfirmationInput & { key: string } {
  const date = parseJapaneseDate(input.confirmedOn);
  if (!date.ok) throw invalid([{ field: 'confirmedOn', message: `確認した日: ${date.message}` }]);
  if (date.iso > todayJst(now)) throw invalid([{ field: 'confirmedOn', message: '確認した日: 未来の日付は入れられません' }]);
  const key = vendorKey(input.vendorName);
  if (!key) throw invalid([{ field: 'vendorName', message: '事業者: 事業者名を入力してください' }]);
  return { ...input, confirmedOn: date.iso, key };
}

export async function listMaintenanceVendors(deps: Deps, caller: Caller, orgId: string): Promise<MaintenanceVendorsView> {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const { devices, points } = await ledgerRowsOf(deps.db, orgId);
  const vendors = maintenanceVendors(
    devices.map((d) => ({ ...d, label: deviceLabel(d), status: readStatus(d.status) ?? 'active' })),
    points.map(({ point: p }) => ({ ...p, label: p.name, status: readStatus(p.status) ?? 'active', kind: p.kind as ConnectionKind })),
  );
  const confirmations = new Map((await confirmationsOf(deps.db, orgId)).map((r) => [r.vendorKey, presentConfirmation(r)]));
  const named = new Set(vendors.map((v) => v.key));
  return {
    vendors: vendors.map((v) => ({
      key: v.key,
      name: v.name,
      devices: v.devices,
      points: v.points,
      remoteSeen: v.remoteSeen.length,
      confirmation: confirmations.get(v.key) ?? null,
    })),
    others: [...confirmations.values()].filter((c) => !named.has(c.vendorKey)),
  };
}

export async function saveMaintenanceConfirmation(deps: Deps, caller: Caller, orgId: string, body: ConfirmationInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  const { key, version, ...input } = readInput(body, now);
  return deps.db.transaction(async (tx) => {
    const current = await confirmationForUpdate(tx, orgId, key);
    if ((current?.version ?? 0) !== version) {
      throw new AppError('CONFLICT', 'ほかの人が先にこの事業者の確認を記録しました。読み込み直してから、もう一度記録してください。');
    }
    const saved = await saveConfirmation(tx, {
      organizationId: orgId,
      vendorKey: key,
      ...input,
      version: version + 1,
      updatedBy: caller.user.id,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'maintenance.confirmation_saved',
        targetType: 'maintenance_vendor',
        targetId: key,
        before: current ? presentConfirmation(current) : null,
        after: presentConfirmation(saved),
      },
      now,
    );
    return presentConfirmation(saved);
  });
}
