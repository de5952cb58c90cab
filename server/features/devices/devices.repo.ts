// SQL for the 機器台帳. Every query is scoped by organisation. Imports write in batches with
// insert/update … from unnest(...) (one statement per few thousand rows, not one per row).
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DeviceClass, DeviceSort, DeviceStatus } from '../../../domain/devices/device.ts';
import type { Db, Tx } from '../../db/client.ts';
import { preparedPer } from '../../db/prepared.ts';
import { devices, importMappings } from '../../db/schema.ts';
import type { DeviceRow, DeviceWrite } from './device-row.ts';

type Q = Db | Tx;

export async function insertDevice(
  db: Q,
  organizationId: string,
  values: DeviceWrite,
  userId: string | null,
  now: Date,
): Promise<DeviceRow> {
  const [row] = await db
    .insert(devices)
    .values({ ...values, organizationId, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  if (!row) throw Object.assign(new Error('duplicate asset number'), { duplicate: true });
  return row;
}

export async function findDevice(db: Q, organizationId: string, id: string, forUpdate = false): Promise<DeviceRow | undefined> {
  const q = db
    .select()
    .from(devices)
    .where(and(eq(devices.organizationId, organizationId), eq(devices.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findByAssetNo(db: Q, organizationId: string, assetNo: string): Promise<DeviceRow | undefined> {
  const [row] = await db
    .select()
    .from(devices)
    .where(and(eq(devices.organizationId, organizationId), eq(devices.assetNo, assetNo)));
  return row;
}

export async function updateDevice(
  db: Q,
  organizationId: string,
  id: string,
  values: Partial<DeviceWrite>,
  userId: string | null,
  now: Date,
) {
  const [row] = await db
    .update(devices)
    .set({ ...values, updatedBy: userId, updatedAt: now, version: sql`${devices.version} + 1` })
    .where(and(eq(devices.organizationId, organizationId), eq(devices.id, id)))
    .returning();
  if (!row) throw new Error('update devices returned nothing');
  return row;
}

export const SORTS: Record<DeviceSort, AnyPgColumn> = {
  assetNo: devices.assetNo,
  hostname: devices.hostname,
  ipAddress: devices.ipAddress,
  os: devices.os,
  location: devices.location,
  deviceClass: devices.deviceClass,
  status: devices.status,
  supportEnd: devices.supportEnd,
  lastPatch: devices.lastPatch,
  updatedAt: devices.updatedAt,
};

export interface DeviceQuery {
  /** already in search form (searchForm) */
  q: string;
  deviceClass: DeviceClass[];
  status: DeviceStatus[];
  includeRetired: boolean;
  vendor: string;
  sort: DeviceSort;
  desc: boolean;
  limit: number;
  offset: number;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filters (the organisation aside): undefined when none applies. */
function filterOf(f: DeviceQuery): SQL | undefined {
  const conds: SQL[] = [];
  for (const word of f.q.split(' ').filter(Boolean)) conds.push(sql`${devices.searchText} like ${`%${escapeLike(word)}%`}`);
  if (f.deviceClass.length) conds.push(inArray(devices.deviceClass, f.deviceClass));
  if (f.status.length) conds.push(inArray(devices.status, f.status));
  else if (!f.includeRetired) conds.push(ne(devices.status, 'retired'));
  if (f.vendor) conds.push(eq(devices.vendorName, f.vendor));
  return and(...conds);
}

export interface DeviceFacet {
  deviceClass: DeviceClass;
  status: DeviceStatus;
  n: number;
}

export interface DevicePage {
  rows: DeviceRow[];
  /** devices matching the filters */
  total: number;
  /** counts per class and status of every device, retired included (the list's filter buttons) */
  facets: DeviceFacet[];
}

/**
 * A page of the list, the number of matches and the counts per class and status, in one statement:
 * the counts from one grouped scan of the organisation's devices (narrow: class, status and whether
 * the row matches), the page read in its sort order (for the default order, by asset number, straight
 * from the index devices_sort_asset_idx: no sort of the whole ledger for a page of 50), and only the
 * page's rows read in full. The page is left-joined to the counts' single row, so that the counts come
 * back even when the page is empty.
 */
export async function listDevices(db: Db, organizationId: string, f: DeviceQuery): Promise<DevicePage> {
  const hit = filterOf(f) ?? sql`true`;
  const ofOrg = eq(devices.organizationId, organizationId);
  const counts = db
    .select({
      deviceClass: devices.deviceClass,
      status: devices.status,
      n: sql<number>`count(*)::int`.as('n'),
      hits: sql<number>`(count(*) filter (where ${hit}))::int`.as('hits'),
    })
    .from(devices)
    .where(ofOrg)
    .groupBy(devices.deviceClass, devices.status)
    .as('counts');
  const totals = db
    .select({
      total: sql<number>`coalesce(sum(${counts.hits}), 0)::int`.as('total'),
      facets: sql<
        DeviceFacet[]
      >`coalesce(json_agg(json_build_object('deviceClass', ${counts.deviceClass}, 'status', ${counts.status}, 'n', ${counts.n})), '[]'::json)`.as(
        'facets',
      ),
    })
    .from(counts)
    .as('totals');
  const dir = f.desc ? desc : asc;
  const key = SORTS[f.sort];
  const page = db
    .select({ id: devices.id, key: sql`${key}`.as('sort_key') })
    .from(devices)
    .where(and(ofOrg, hit))
    .orderBy(dir(key), asc(devices.id))
    .limit(f.limit)
    .offset(f.offset)
    .as('page');
  const rows = await db
    .select({ device: devices, total: totals.total, facets: totals.facets })
    .from(totals)
    .leftJoin(page, sql`true`)
    .leftJoin(devices, and(ofOrg, eq(devices.id, page.id)))
    .orderBy(dir(page.key), asc(page.id));
  const first = rows[0];
  return {
    rows: rows.flatMap((r) => (r.device ? [r.device] : [])),
    total: first?.total ?? 0,
    facets: first?.facets ?? [],
  };
}

export async function allDevices(db: Q, organizationId: string): Promise<DeviceRow[]> {
  return db.select().from(devices).where(eq(devices.organizationId, organizationId)).orderBy(asc(devices.assetNo), asc(devices.id));
}

/** What the checklist suggestions read of each device (the facts of domain/suggestions). */
const FACT_COLUMNS = [
  'id',
  'assetNo',
  'deviceClass',
  'status',
  'maker',
  'os',
  'software',
  'hostname',
  'location',
  'ipAddress',
  'userName',
  'model',
  'description',
  'tags',
  'vendorName',
  'remoteMaintenance',
  'supportEnd',
  'lastPatch',
  'usbRestricted',
  'servicesReviewedOn',
] as const satisfies readonly (keyof DeviceRow)[];
export type DeviceFactRow = Pick<DeviceRow, (typeof FACT_COLUMNS)[number]>;

// only the facts' columns: the search text, the OS spelling for matching and the bookkeeping columns
// of a thousand rows are not read and mapped on every answer's save
const factRows = preparedPer((db) =>
  db
    .select(Object.fromEntries(FACT_COLUMNS.map((k) => [k, devices[k]])) as { [K in (typeof FACT_COLUMNS)[number]]: (typeof devices)[K] })
    .from(devices)
    .where(eq(devices.organizationId, sql.placeholder('orgId')))
    .orderBy(asc(devices.assetNo), asc(devices.id))
    .prepare('mamori_device_facts'),
);

/** Every device of the organisation, retired included, with the columns the suggestions read, in ledger order. */
export async function deviceFactRows(db: Q, organizationId: string): Promise<DeviceFactRow[]> {
  return factRows(db).execute({ orgId: organizationId });
}

export async function devicesByIds(db: Q, organizationId: string, ids: string[]): Promise<DeviceRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(devices)
    .where(and(eq(devices.organizationId, organizationId), inArray(devices.id, ids)))
    .for('update');
}

// the columns an import writes, with their PostgreSQL array types for unnest
const BULK: [keyof DeviceWrite, string, string][] = [
  ['assetNo', 'asset_no', 'text'],
  ['maker', 'maker', 'text'],
  ['os', 'os', 'text'],
  ['osNormalized', 'os_normalized', 'text'],
  ['software', 'software', 'jsonb'],
  ['ipAddress', 'ip_address', 'text'],
  ['hostname', 'hostname', 'text'],
  ['location', 'location', 'text'],
  ['userName', 'user_name', 'text'],
  ['registeredOn', 'registered_on', 'date'],
  ['status', 'status', 'text'],
  ['description', 'description', 'text'],
  ['deviceClass', 'device_class', 'text'],
  ['model', 'model', 'text'],
  ['mac', 'mac', 'text'],
  ['segment', 'segment', 'text'],
  ['vendorName', 'vendor_name', 'text'],
  ['remoteMaintenance', 'remote_maintenance', 'boolean'],
  ['remoteVia', 'remote_via', 'uuid'],
  ['supportEnd', 'support_end', 'date'],
  ['lastPatch', 'last_patch', 'date'],
  ['usbRestricted', 'usb_restricted', 'boolean'],
  ['servicesReviewedOn', 'services_reviewed_on', 'date'],
  ['medicalSystem', 'medical_system', 'boolean'],
  ['tags', 'tags', 'jsonb'],
  ['searchText', 'search_text', 'text'],
];
const BATCH = 2000;

/** Postgres array literal of one column (jsonb travels as text and is cast per element). */
function arrayParam(rows: DeviceWrite[], key: keyof DeviceWrite, type: string) {
  const values = rows.map((r) => {
    const v = r[key];
    if (v === null || v === undefined) return null;
    return type === 'jsonb' ? JSON.stringify(v) : v;
  });
  const pgType = type === 'jsonb' ? 'text' : type;
  return sql`${sql.param(values)}::${sql.raw(pgType)}[]`;
}

const selectList = (prefix = 'u') =>
  sql.raw(BULK.map(([, col, type]) => (type === 'jsonb' ? `${prefix}.${col}::jsonb` : `${prefix}.${col}`)).join(', '));
const columnList = sql.raw(BULK.map(([, col]) => col).join(', '));

export async function insertDevicesBulk(
  tx: Tx,
  organizationId: string,
  rows: DeviceWrite[],
  userId: string | null,
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const arrays = sql.join(
      BULK.map(([key, , type]) => arrayParam(batch, key, type)),
      sql`, `,
    );
    const result = await tx.execute<{ id: string }>(sql`
      insert into devices (organization_id, ${columnList}, updated_by, created_at, updated_at)
      select ${organizationId}::uuid, ${selectList()}, ${userId}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from unnest(${arrays}) as u(${columnList})
      returning id`);
    ids.push(...rowsOf<{ id: string }>(result).map((r) => r.id));
  }
  return ids;
}

export async function updateDevicesBulk(
  tx: Tx,
  organizationId: string,
  rows: (DeviceWrite & { id: string })[],
  userId: string | null,
  now: Date,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const arrays = sql.join(
      [sql`${sql.param(batch.map((r) => r.id))}::uuid[]`, ...BULK.map(([key, , type]) => arrayParam(batch, key, type))],
      sql`, `,
    );
    const sets = sql.raw(BULK.map(([, col, type]) => `${col} = u.${col}${type === 'jsonb' ? '::jsonb' : ''}`).join(', '));
    await tx.execute(sql`
      update devices d set ${sets}, version = d.version + 1, updated_by = ${userId}::uuid, updated_at = ${now}::timestamptz
      from unnest(${arrays}) as u(id, ${columnList})
      where d.organization_id = ${organizationId}::uuid and d.id = u.id`);
  }
}

/** Result rows of db.execute on either driver (pg gives {rows}, PGlite gives {rows} too; be lenient). */
const rowsOf = <T>(result: unknown): T[] => ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];

export async function mappingOf(db: Q, organizationId: string, kind: string): Promise<Record<string, string> | null> {
  const [row] = await db
    .select({ mapping: importMappings.mapping })
    .from(importMappings)
    .where(and(eq(importMappings.organizationId, organizationId), eq(importMappings.kind, kind)));
  return row?.mapping ?? null;
}

export async function saveMapping(tx: Tx, organizationId: string, kind: string, mapping: Record<string, string>, now: Date) {
  await tx
    .insert(importMappings)
    .values({ organizationId, kind, mapping, updatedAt: now })
    .onConflictDoUpdate({ target: [importMappings.organizationId, importMappings.kind], set: { mapping, updatedAt: now } });
}

/**
 * Fresh planner statistics after a bulk write (PostgreSQL's advice after loading data): until
 * autovacuum gets to it, a ledger just imported looks empty to the planner, which then sorts and
 * joins the whole ledger where an index would read a page.
 */
export async function refreshDeviceStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze devices`);
}
