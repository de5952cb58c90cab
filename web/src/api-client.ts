// The typed API client: paths, parameters, bodies and answers are checked by the compiler against the
// server's contract (the type of server/api.ts, imported as a type only: no server code is bundled).
// A change of a response's shape on the server breaks this build where the web reads it.
import { type ClientResponse, hc, type parseResponse } from 'hono/client';
import type { ApiType } from '../../server/api.ts';

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};
export const currentCsrfToken = (): string | null => csrfToken;

export const client = hc<ApiType>('/', {
  init: { credentials: 'same-origin' },
  headers: (): Record<string, string> => ({ Accept: 'application/json', ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) }),
});

/** The JSON of a call's successful answers (what parseResponse would give). */
export type Answer<T extends ClientResponse<unknown>> = Awaited<ReturnType<typeof parseResponse<T>>>;

/**
 * Path parameters, percent-encoded (the client puts them in the path as they are) and never empty
 * (an empty one would drop its segment and reach another route).
 */
export function params<K extends string>(values: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [k, v] of Object.entries(values) as [K, string][]) {
    if (!v) throw new Error(`empty path parameter ${k}`);
    out[k] = encodeURIComponent(v);
  }
  return out;
}
