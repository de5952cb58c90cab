// Use cases of the 外部接続点 register: list, read with history, register, change (version-checked).
// A point is never deleted: its status becomes 廃棄 (retired). Members read; 担当者 and 管理者 change; audited.

import type { z } from 'zod';
import { type ConnectionValues, checkConnection } from '../../../domain/connections/connection.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { rowHistory } from '../audit/row-history.ts';
import type { Caller } from '../caller.ts';
import { findDevice } from '../devices/devices.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { presentConnection, valuesOfConnection } from './connections.present.ts';
import { findConnection, insertConnection, listConnections, updateConnection } from './connections.repo.ts';
import type { connectionInputSchema, connectionUpdateSchema } from './connections.schemas.ts';

type ConnectionInput = z.output<typeof connectionInputSchema>;
type ConnectionUpdate = z.output<typeof connectionUpdateSchema>;

export async function listConnectionsOf(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return (await listConnections(deps.db, orgId)).map((r) => presentConnection(r.point, r.deviceLabel));
}

export async function getConnection(deps: Deps, caller: Caller, orgId: string, id: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = isUuid(id) ? await findConnection(deps.db, orgId, id) : undefined;
  if (!row) throw notFound('外部接続点');
  const history = await rowHistory(deps.db, orgId, 'connection', id);
  return { connection: presentConnection(row), history };
}

/** The point's values from a request, its device checked to be one of this organisation's. */
async function valuesFrom(deps: Deps, orgId: string, input: ConnectionInput): Promise<ConnectionValues> {
  const checked = checkConnection(input);
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(' / '), { fields: checked.problems });
  const { deviceId } = checked.values;
  if (deviceId && !(await findDevice(deps.db, orgId, deviceId))) {
    throw new AppError('VALIDATION', '機器: 機器台帳にない機器です。', {
      fields: [{ field: 'deviceId', message: '機器台帳にありません' }],
    });
  }
  return checked.values;
}

export async function createConnection(deps: Deps, caller: Caller, orgId: string, input: ConnectionInput) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const values = await valuesFrom(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await insertConnection(tx, orgId, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'connection.created', targetType: 'connection', targetId: row.id, after: values },
      now,
    );
    return presentConnection(row);
  });
}

export async function updateConnectionOf(deps: Deps, caller: Caller, orgId: string, id: string, input: ConnectionUpdate) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  if (!isUuid(id)) throw notFound('外部接続点');
  const values = await valuesFrom(deps, orgId, input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findConnection(tx, orgId, id, true);
    if (!current) throw notFound('外部接続点');
    if (current.version !== input.version) {
      throw new AppError('CONFLICT', 'ほかの人が先にこの外部接続点を変更しました。読み込み直してから、もう一度変更してください。');
    }
    const row = await updateConnection(tx, orgId, id, values, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'connection.updated',
        targetType: 'connection',
        targetId: id,
        before: valuesOfConnection(current),
        after: values,
      },
      now,
    );
    return presentConnection(row);
  });
}
