// What leaves the server about a connection point: its values, the ledger device it runs on, and
// what is wrong with it in words.
import { type ConnectionValues, connectionWarnings } from '../../../domain/connections/connection.ts';
import { readStatus } from '../../../domain/devices/status.ts';
import type { ConnectionRow } from './connections.repo.ts';

export function valuesOfConnection(r: ConnectionRow): ConnectionValues {
  return {
    name: r.name,
    kind: r.kind,
    deviceId: r.deviceId,
    vendorName: r.vendorName,
    purpose: r.purpose,
    carrier: r.carrier,
    sourceRestriction: r.sourceRestriction,
    allowedSources: r.allowedSources,
    timeWindow: r.timeWindow,
    geoRestriction: r.geoRestriction,
    mfa: r.mfa,
    firmware: r.firmware,
    confirmedBy: r.confirmedBy,
    confirmedOn: r.confirmedOn,
    // a row restored from a backup made before migration 0013 may still say suspended / removed
    status: readStatus(r.status) ?? 'active',
    note: r.note,
  };
}

export function presentConnection(r: ConnectionRow, deviceLabel: string | null = null) {
  const values = valuesOfConnection(r);
  return {
    id: r.id,
    ...values,
    deviceLabel,
    warnings: connectionWarnings(values),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type ConnectionView = ReturnType<typeof presentConnection>;
