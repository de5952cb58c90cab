// Use cases of the 機器台帳: list (search, filters, sort, pages), read with its history, create,
// change (version-checked), retire (never delete), and change several rows at once. Members read;
// 担当者 and 管理者 change. Every change is audited per row in the same transaction.

import type { z } from 'zod';
import { columnLabels } from '../../../domain/devices/columns.ts';
import { checkDevice, type DeviceValues } from '../../../domain/devices/device.ts';
import { searchForm } from '../../../domain/devices/normalize.ts';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findConnection } from '../connections/connections.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { deviceHistory } from './device-history.ts';
import { changedFields, type DeviceRow, valuesOf, writeOf } from './device-row.ts';
import { presentDevice } from './devices.present.ts';
import { devicesByIds, findDevice, insertDevice, listDevices, updateDevice } from './devices.repo.ts';
import {
  type bulkChangeSchema,
  type deviceInputSchema,
  type deviceListQuerySchema,
  deviceQuerySchema,
  type deviceUpdateSchema,
} from './devices.schemas.ts';

type DeviceInput = z.output<typeof deviceInputSchema>;

/** The query as it arrives (strings); its rules (lists, bounds, defaults) are deviceQuerySchema's. */
export async function listDevicesOf(deps: Deps, caller: Caller, orgId: string, query: z.output<typeof deviceListQuerySchema>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const q = parseInput(deviceQuerySchema, query);
  const { rows, total, facets } = await listDevices(deps.db, orgId, {
    q: searchForm(q.q),
    deviceClass: q.class,
    status: q.status,
    includeRetired: q.retired === '1',
    vendor: q.vendor.normalize('NFKC').trim(),
    sort: q.sort,
    desc: q.dir === 'desc',
    limit: q.limit,
    offset: q.offset,
  });
  return { devices: rows.map(presentDevice), total, limit: q.limit, offset: q.offset, facets };
}

async function deviceOrNotFound(deps: Deps | { db: Tx }, orgId: string, id: string, forUpdate = false): Promise<DeviceRow> {
  const row = isUuid(id) ? await findDevice(deps.db, orgId, id, forUpdate) : undefined;
  if (!row) throw notFound('機器');
  return row;
}

export async function getDevice(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = await deviceOrNotFound(deps, orgId, id);
  return { device: presentDevice(row), history: await deviceHistory(deps.db, orgId, id) };
}

/** The row's values from a request body, or a VALIDATION error whose fields name the columns. */
async function valuesFrom(deps: Deps, orgId: string, input: DeviceInput): Promise<DeviceValues> {
  const checked = checkDevice(input, columnLabels);
  if (!checked.ok) {
    throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(' / '), { fields: checked.problems });
  }
  const via = checked.values.remoteVia;
  if (via && !(await findConnection(deps.db, orgId, via))) {
    throw new AppError('VALIDATION', '経由する外部接続点: 登録されていない外部接続点です。', {
      fields: [{ field: 'remoteVia', message: '外部接続点がありません' }],
    });
  }
  return checked.values;
}

const duplicateAssetNo = (assetNo: string | null) =>
  new AppError('CONFLICT', `管理番号 ${assetNo} の機器は既にあります。`, { fields: [{ field: 'assetNo', message: '既に使われています' }] });

export async function createDevice(deps: Deps, caller: Caller, orgId: string, input: DeviceInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const values = await valuesFrom(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertDevice(tx, orgId, writeOf(values), caller.user.id, now).catch((err: { duplicate?: boolean }) => {
      throw err.duplicate ? duplicateAssetNo(values.assetNo) : err;
    });
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'device.created', targetType: 'device', targetId: row.id, after: values },
      now,
    );
    return presentDevice(row);
  });
}

export async function updateDeviceOf(deps: Deps, caller: Caller, orgId: string, id: string, input: z.output<typeof deviceUpdateSchema>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const values = await valuesFrom(deps, orgId, input);
  const expected = input.version;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await deviceOrNotFound({ db: tx }, orgId, id, true);
    if (current.version !== expected) {
      throw new AppError('CONFLICT', 'ほかの人が先にこの機器を変更しました。画面を読み込み直してから、もう一度変更してください。', {
        details: { current: presentDevice(current) },
      });
    }
    const before = changedFields(valuesOf(current), values);
    if (Object.keys(before).length === 0) return presentDevice(current);
    const row = await updateDevice(tx, orgId, id, writeOf(values), caller.user.id, now).catch((err: unknown) => {
      throw isUniqueViolation(err, 'devices_asset_no_key') ? duplicateAssetNo(values.assetNo) : err;
    });
    const after = Object.fromEntries(Object.keys(before).map((k) => [k, values[k as keyof DeviceValues]]));
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'device.updated', targetType: 'device', targetId: id, before, after },
      now,
    );
    return presentDevice(row);
  });
}

/** Retire instead of delete: the row stays (history, findings of the past), marked 廃棄. */
export async function retireDevice(deps: Deps, caller: Caller, orgId: string, id: string) {
  if (!isUuid(id)) throw notFound('機器');
  const { devices } = await bulkChangeDevices(deps, caller, orgId, { ids: [id], changes: { status: 'retired' } });
  if (!devices[0]) throw notFound('機器');
  return devices[0];
}

export async function bulkChangeDevices(deps: Deps, caller: Caller, orgId: string, input: z.output<typeof bulkChangeSchema>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const changes = Object.fromEntries(
    Object.entries(input.changes).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFKC').trim() : v]),
  );
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const rows = await devicesByIds(tx, orgId, [...new Set(input.ids)]);
    if (rows.length !== new Set(input.ids).size) throw notFound('選んだ機器の一部');
    const out: DeviceRow[] = [];
    let changed = 0;
    for (const row of rows) {
      const values = { ...valuesOf(row), ...changes } as DeviceValues;
      const before = changedFields(valuesOf(row), values);
      if (Object.keys(before).length === 0) {
        out.push(row);
        continue;
      }
      out.push(await updateDevice(tx, orgId, row.id, writeOf(values), caller.user.id, now));
      changed++;
      const after = Object.fromEntries(Object.keys(before).map((k) => [k, values[k as keyof DeviceValues]]));
      const action = changes.status === 'retired' && input.ids.length === 1 ? 'device.retired' : 'device.bulk_updated';
      await recordAudit(tx, caller.actor, { organizationId: orgId, action, targetType: 'device', targetId: row.id, before, after }, now);
    }
    return { devices: out.map(presentDevice), changed };
  });
}
