// Search parameters: read from and written to the address as plain query strings (?q=…&page=2), and
// checked per route into a typed value, so a hand-edited or old bookmark never reaches a screen as
// something it cannot show (an unknown sort becomes the default, a page "x" the first page).
import { DEVICE_SORTS, type DeviceSort } from '../../domain/devices/device.ts';

type Raw = Record<string, unknown>;

/** "?a=1&b=x" → { a: '1', b: 'x' } (the last value of a repeated name). */
export function parseSearch(search: string): Raw {
  return Object.fromEntries(new URLSearchParams(search));
}

/** The reverse; empty and absent values are left out, so defaults make no query. */
export function stringifySearch(search: object): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const text = (raw: Raw, name: string): string | undefined => {
  const value = raw[name];
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
};

const pageOf = (raw: Raw): number | undefined => {
  const page = Math.trunc(Number(text(raw, 'page') ?? '1'));
  return Number.isFinite(page) && page > 1 ? page : undefined;
};

export interface LoginSearch {
  /** where to go once signed in (checked to stay on this site before it is used) */
  next?: string;
}
export const loginSearch = (raw: Raw): LoginSearch => ({ next: text(raw, 'next') });

export interface AuditSearch {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
}
export const auditSearch = (raw: Raw): AuditSearch => ({
  action: text(raw, 'action'),
  actor: text(raw, 'actor'),
  from: text(raw, 'from'),
  to: text(raw, 'to'),
  page: pageOf(raw),
});

/** The device ledger's view (screens/devices/device-query.ts reads it), as it stands in the address. */
export interface DeviceSearch {
  q?: string;
  /** classes, comma-separated */
  class?: string;
  /** statuses, comma-separated */
  status?: string;
  retired?: '1';
  sort?: DeviceSort;
  dir?: 'desc';
  page?: number;
}
export const deviceSearch = (raw: Raw): DeviceSearch => {
  const sort = text(raw, 'sort');
  return {
    q: text(raw, 'q'),
    class: text(raw, 'class'),
    status: text(raw, 'status'),
    retired: text(raw, 'retired') === '1' ? '1' : undefined,
    sort: (DEVICE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as DeviceSort) : undefined,
    dir: text(raw, 'dir') === 'desc' ? 'desc' : undefined,
    page: pageOf(raw),
  };
};
