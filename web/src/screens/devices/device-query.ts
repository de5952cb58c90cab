// The ledger list's view as URL query: search, filters, sort and page, so a view can be bookmarked,
// reloaded and saved under a name (kept in this browser per organisation). Pure apart from storage.
import type { DeviceClass, DeviceSort, DeviceStatus } from '../../../../domain/devices/device.ts';

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

export function viewOf(query: URLSearchParams): DeviceView {
  const list = (k: string) => (query.get(k) ?? '').split(',').filter(Boolean);
  return {
    q: query.get('q') ?? '',
    classes: list('class') as DeviceClass[],
    statuses: list('status') as DeviceStatus[],
    retired: query.get('retired') === '1',
    sort: (query.get('sort') as DeviceSort | null) ?? 'assetNo',
    desc: query.get('dir') === 'desc',
    page: Math.max(1, Number(query.get('page') ?? '1') || 1),
  };
}

/** The view as the page's query string (defaults left out). */
export function queryOf(v: DeviceView): string {
  const p = new URLSearchParams();
  if (v.q) p.set('q', v.q);
  if (v.classes.length) p.set('class', v.classes.join(','));
  if (v.statuses.length) p.set('status', v.statuses.join(','));
  if (v.retired) p.set('retired', '1');
  if (v.sort !== 'assetNo') p.set('sort', v.sort);
  if (v.desc) p.set('dir', 'desc');
  if (v.page > 1) p.set('page', String(v.page));
  return p.toString();
}

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
