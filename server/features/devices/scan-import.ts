// Use case: device candidates from an nmap XML scan or a GLPI inventory, previewed, then the ones
// the person accepts written at once: new rows created, matched rows only filled where empty (what a
// person typed is never overwritten). One audit event lists the rows touched (their history shows it).
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { DeviceValues } from '../../../domain/devices/device.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { parseGlpi } from '../imports/glpi.ts';
import { parseNmap } from '../imports/nmap.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { valuesOf, writeOf } from './device-row.ts';
import { allDevices } from './devices.repo.ts';
import type { ImportFile } from './import-devices.ts';
import { candidatesOf } from './scan-candidates.ts';
import { afterImport, writeImport } from './write-import.ts';

export interface ScanOptions {
  format: 'nmap' | 'glpi';
  /** candidate indexes to write, or 'all' */
  accept: number[] | 'all';
  dryRun: boolean;
}

export async function importScan(deps: Deps, caller: Caller, orgId: string, read: () => Promise<{ file: ImportFile; opts: ScanOptions }>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { file, opts } = await read();
  return importScanAs(deps, caller.actor, orgId, file, opts);
}

export async function importScanAs(deps: Deps, actor: Actor, orgId: string, file: ImportFile, opts: ScanOptions) {
  const parsed = opts.format === 'nmap' ? parseNmap(file.bytes) : parseGlpi(file.bytes);
  const existing = await allDevices(deps.db, orgId);
  const now = deps.clock.now();
  const candidates = candidatesOf(parsed.hosts, existing, opts.format, todayJst(now));
  const report = { fileName: file.name, format: opts.format, hosts: parsed.hosts.length, candidates };
  if (opts.dryRun) return { ...report, stored: false, created: 0, updated: 0 };
  const chosen = candidates.filter((c) => opts.accept === 'all' || opts.accept.includes(c.index));
  if (opts.accept !== 'all' && chosen.length !== new Set(opts.accept).size) {
    throw new AppError('VALIDATION', '選んだ候補の一部がファイルにありません。もう一度確かめてください。', {
      fields: [{ field: 'accept', message: '候補がありません' }],
    });
  }
  const byId = new Map(existing.map((d) => [d.id, d]));
  const creates = chosen.filter((c) => !c.match).map((c) => writeOf(c.values));
  const updates = chosen
    .filter((c) => c.match && c.fills.length)
    .map((c) => {
      const row = byId.get(c.match?.id ?? '');
      if (!row) throw new Error('matched row vanished');
      const before = valuesOf(row);
      const merged: DeviceValues = { ...before, ...Object.fromEntries(c.fills.map((f) => [f, c.values[f]])) };
      return { id: row.id, write: writeOf(merged), before: Object.fromEntries(c.fills.map((f) => [f, before[f]])) };
    });
  const exposures = chosen.flatMap((c) => c.exposures.map((e) => `${c.values.ipAddress}: ${e}`)).slice(0, 200);
  await deps.db.transaction(async (tx) => {
    const about = { format: opts.format, created: creates.length, updated: updates.length, exposures };
    await writeImport(tx, actor, orgId, { fileName: file.name, creates, updates, about }, now);
  });
  await afterImport(deps.db, creates.length + updates.length);
  return { ...report, stored: true, created: creates.length, updated: updates.length };
}
