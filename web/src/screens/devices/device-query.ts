// The ledger list's view as URL query: search, filters, sort and page, so a view can be bookmarked,
// reloaded and saved under a name (kept in this browser per organisation). Pure apart from storage.
import type { DeviceClass, DeviceSort, DeviceStatus } from '../../../../domain/devices/device.ts';
import { type DeviceSearch, deviceSearch, parseSearch, stringifySearch } from '../../search.ts';

export interface DeviceView {
  q: string;
  classes: DeviceClass[];
  statuses: DeviceStatus[];
  retired: boolean;
  sort: DeviceSort;
  desc: boolean;
  page: number;
}

export const PAGE_SIZE = 50;

/** The view of the address's search parameters (checked by the route: search.ts deviceSearch). */
export function viewOf(search: DeviceSearch): DeviceView {
  const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);
  return {
    q: search.q ?? '',
    classes: list(search.class) as DeviceClass[],
    statuses: list(search.status) as DeviceStatus[],
    retired: search.retired === '1',
    sort: search.sort ?? 'assetNo',
    desc: search.dir === 'desc',
    page: search.page ?? 1,
  };
}

/** The view as the address's search parameters (defaults left out). */
export function searchOf(v: DeviceView): DeviceSearch {
  return {
    q: v.q || undefined,
    class: v.classes.join(',') || undefined,
    status: v.statuses.join(',') || undefined,
    retired: v.retired ? '1' : undefined,
    sort: v.sort === 'assetNo' ? undefined : v.sort,
    dir: v.desc ? 'desc' : undefined,
    page: v.page > 1 ? v.page : undefined,
  };
}

/** The view as a query string (saved views keep it so), and back. */
export const queryOf = (v: DeviceView): string => stringifySearch(searchOf(v)).slice(1);
export const searchOfQuery = (query: string): DeviceSearch => deviceSearch(parseSearch(query));

/** The API's query for the view (limit/offset from the page). */
export function apiQueryOf(v: DeviceView): string {
  const p = new URLSearchParams(queryOf({ ...v, page: 1 }));
  p.set('limit', String(PAGE_SIZE));
  p.set('offset', String((v.page - 1) * PAGE_SIZE));
  return p.toString();
}

export interface SavedView {
  name: string;
  query: string;
}

const key = (orgId: string) => `mamori.deviceViews.${orgId}`;

export function savedViews(orgId: string): SavedView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(key(orgId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v) => typeof v?.name === 'string' && typeof v?.query === 'string') : [];
  } catch {
    return [];
  }
}

export function saveView(orgId: string, view: SavedView): SavedView[] {
  const next = [...savedViews(orgId).filter((v) => v.name !== view.name), view].slice(-20);
  localStorage.setItem(key(orgId), JSON.stringify(next));
  return next;
}
