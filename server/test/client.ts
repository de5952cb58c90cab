// A browser-like client for app.request(): keeps the session cookie and sends the CSRF token.
import type { Hono } from 'hono';
import { hc } from 'hono/client';
import type { ApiType } from '../api.ts';
import { SESSION_COOKIE } from '../features/sessions/session-tokens.ts';
import type { AppEnv } from '../http/env.ts';

export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  cookie: string | undefined;
  csrf: string | undefined;

  readonly app: Hono<AppEnv>;
  readonly origin: string;

  constructor(app: Hono<AppEnv>, origin = 'http://127.0.0.1:3000') {
    this.app = app;
    this.origin = origin;
  }

  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('host', new URL(this.origin).host);
    if (this.cookie) headers.set('cookie', `${SESSION_COOKIE}=${this.cookie}`);
    if (this.csrf && init.method && init.method !== 'GET' && !headers.has('x-csrf-token')) headers.set('x-csrf-token', this.csrf);
    const res = await this.app.request(new URL(path, this.origin).toString(), { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${SESSION_COOKIE}=`)) {
      const value = set.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
      this.cookie = value === '' || /Max-Age=0/i.test(set) ? undefined : value;
    }
    return res;
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<JsonResponse<T>> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const res = await this.raw(path, init);
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body ?? {});
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body ?? {});
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  /**
   * The same client typed on the contract (server/api.ts), as the web's is: paths, parameters, bodies
   * and answers are checked by the compiler. Goes through raw(), so the session and CSRF token apply.
   */
  get api() {
    return hc<ApiType>(this.origin, {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        this.raw(new URL(String(input)).pathname + new URL(String(input)).search, init),
    }).api;
  }

  /** Refreshes the CSRF token from the session endpoint. */
  async refresh(): Promise<any> {
    const s = await this.get('/api/auth/session');
    this.csrf = s.body?.csrfToken;
    return s.body;
  }

  /** Password (and TOTP when given) sign-in; returns the final stage. */
  async signIn(loginId: string, password: string, totp?: () => string): Promise<string> {
    this.csrf = undefined;
    const res = await this.post('/api/auth/login', { loginId, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    await this.refresh();
    if (res.body.stage === 'mfa' && totp) {
      const v = await this.post('/api/auth/mfa/verify', { code: totp() });
      if (v.status !== 200) throw new Error(`mfa failed: ${v.status} ${JSON.stringify(v.body)}`);
      await this.refresh();
      return 'full';
    }
    return res.body.stage;
  }
}
