// Serves an app on a real loopback port, for tests that need truly parallel HTTP requests (races).
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import type { AppEnv } from '../http/env.ts';
import { type TestDeps, testApp, testDeps } from './harness.ts';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Hono<AppEnv>): Promise<Listening> {
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PlainResponse {
  status: number;
  body: any;
  headers: Headers;
}

/** One JSON POST over a fresh connection (no keep-alive pooling between parallel requests). */
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) => sendJson('POST', url, body, headers);

/** One JSON request (POST, PUT …) over a fresh connection. */
export async function sendJson(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<PlainResponse> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', connection: 'close', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export interface TestServer {
  deps: TestDeps;
  url: string;
}

/**
 * For a test file: fresh test dependencies served on a real port from beforeAll to afterAll. With
 * MAMORI_TRUST_PROXY=1, so that each request may name its client address with X-Forwarded-For.
 */
export function serveTestDeps(): TestServer {
  const server = {} as TestServer;
  let listening: Listening | undefined;
  beforeAll(async () => {
    server.deps = await testDeps({ MAMORI_TRUST_PROXY: '1' });
    listening = await listen(testApp(server.deps));
    server.url = listening.url;
  });
  afterAll(async () => {
    await listening?.close();
    await server.deps?.close();
  });
  return server;
}
