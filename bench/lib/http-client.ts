// A signed-in browser-like HTTP client for the benchmarks: session cookie, CSRF token and origin on
// every call, over a given keep-alive agent (or a new connection per call), timed.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { BENCH_PASSWORD } from './session.ts';

export interface Reply<T> {
  status: number;
  body: T;
  ms: number;
  headers: http.IncomingHttpHeaders;
}

/** One request; `agent: false` opens a new connection, as a new browser tab or `curl` would. */
export function call<T>(
  base: string,
  method: string,
  path: string,
  opts: { agent?: http.Agent | false; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number } = {},
): Promise<Reply<T>> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      new URL(path, base),
      { method, agent: opts.agent ?? false, headers: opts.headers ?? {}, timeout: opts.timeoutMs ?? 120_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const json = (res.headers['content-type'] ?? '').includes('json');
          const body = (json ? JSON.parse(raw.toString('utf8') || 'null') : raw) as T;
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started, headers: res.headers });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ status: 0, body: { error: err.message } as T, ms: performance.now() - started, headers: {} }));
    req.end(opts.body);
  });
}

export class Session {
  readonly base: string;
  private readonly cookie: string;
  private readonly csrf: string;
  readonly agent: http.Agent | false;

  private constructor(base: string, cookie: string, csrf: string, agent: http.Agent | false) {
    this.base = base;
    this.cookie = cookie;
    this.csrf = csrf;
    this.agent = agent;
  }

  /** Signs in; returns the session and the sign-in's own time. */
  static async open(base: string, loginId: string, agent: http.Agent | false = false): Promise<{ session: Session; ms: number }> {
    const login = await call<{ stage?: string }>(base, 'POST', '/api/auth/login', {
      agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId, password: BENCH_PASSWORD }),
    });
    if (login.status !== 200 || login.body.stage !== 'full')
      throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
    const setCookie = login.headers['set-cookie'] ?? [];
    const cookie = (setCookie.find((c) => c.startsWith('mamori_session=')) ?? '').split(';')[0] ?? '';
    const s = await call<{ csrfToken: string }>(base, 'GET', '/api/auth/session', { agent, headers: { cookie } });
    return { session: new Session(base, cookie, s.body.csrfToken, agent), ms: login.ms };
  }

  /** `timeoutMs`: how long the connection may stay silent (default 120 s; a large import may need more). */
  call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}, timeoutMs?: number): Promise<Reply<T>> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-csrf-token': this.csrf, origin: this.base, ...extra };
    let payload: Buffer | string | undefined;
    if (Buffer.isBuffer(body)) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return call<T>(this.base, method, path, { agent: this.agent, headers, body: payload, ...(timeoutMs ? { timeoutMs } : {}) });
  }
}

/** A multipart/form-data body with one file and text fields, for node:http. */
export function multipart(file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}): { body: Buffer; type: string } {
  const boundary = `----mamori-bench-${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(file.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}
