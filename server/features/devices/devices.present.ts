// What leaves the server about a ledger row: its values as written, the OS spelling used for
// matching, and the version for conflict detection. The search column stays inside.
import type { DeviceRow } from './device-row.ts';
import { valuesOf } from './device-row.ts';

export const presentDevice = (row: DeviceRow) => ({
  id: row.id,
  ...valuesOf(row),
  osNormalized: row.osNormalized,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export type DeviceView = ReturnType<typeof presentDevice>;
