// Cross-cutting HTTP behaviour: CSRF, security headers, cookies, error mapping, first start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { AppError } from '../lib/errors.ts';
import { TestClient } from '../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../test/harness.ts';
import { PASSWORD, seedUser } from '../test/seed.ts';

let deps: TestDeps;
beforeAll(async () => {
  deps = await testDeps();
});
afterAll(() => deps.close());

describe('first start', () => {
  it('offers creating the first system administrator once, then never again', async () => {
    const client = new TestClient(testApp(deps));
    expect((await client.get('/api/setup/status')).body).toEqual({ needsSetup: true });
    expect((await client.get('/api/auth/session')).body.needsSetup).toBe(true);
    const weak = await client.post('/api/setup/admin', { loginId: 'admin', displayName: '管理者', password: 'short1' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].field).toBe('password');
    const badId = await client.post('/api/setup/admin', { loginId: 'a', displayName: '管理者', password: 'long-enough-password-1' });
    expect(badId.body.error.fields[0]).toMatchObject({ field: 'loginId' });
    expect(badId.body.error.fields[0].message).toMatch(/ログインID/);
    const ok = await client.post('/api/setup/admin', { loginId: 'admin', displayName: '管理者', password: 'long-enough-password-1' });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({ loginId: 'admin', isSystemAdmin: true, mustChangePassword: false });
    expect(JSON.stringify(ok.body)).not.toMatch(/argon2|passwordHash/);
    const again = await client.post('/api/setup/admin', { loginId: 'evil', displayName: 'x', password: 'long-enough-password-1' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_SET_UP');
  });
});

describe('CSRF and cookies', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie, Secure only over TLS', async () => {
    const u = await seedUser(deps);
    const plain = await testApp(deps).request('http://127.0.0.1:3000/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: u.loginId, password: PASSWORD }),
    });
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await testApp(deps).request('https://mamori.example.jp/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: u.loginId, password: PASSWORD }),
    });
    expect(tls.headers.get('set-cookie')).toMatch(/Secure/);
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it('refuses a mutation without the CSRF token or from another origin', async () => {
    const u = await seedUser(deps);
    const client = new TestClient(testApp(deps));
    await client.signIn(u.loginId, PASSWORD);
    const token = client.csrf;
    client.csrf = undefined;
    const missing = await client.post('/api/auth/logout-all');
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('CSRF');
    client.csrf = token;
    const foreign = await client.request('POST', '/api/auth/logout-all', {});
    expect(foreign.status).toBe(200); // with token: fine
    const client2 = new TestClient(testApp(deps));
    await client2.signIn(u.loginId, PASSWORD);
    const cross = await client2.raw('/api/auth/logout-all', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('requires JSON for JSON endpoints (a cross-site form cannot post)', async () => {
    const client = new TestClient(testApp(deps));
    const res = await client.raw('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'loginId=a&password=b',
    });
    expect(res.status).toBe(415);
  });
});

describe('headers and errors', () => {
  it('sends CSP with frame-ancestors, nosniff and no-store on API responses', async () => {
    const res = await testApp(deps).request('http://127.0.0.1:3000/api/setup/status');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
    // plain HTTP: HSTS would mean nothing (and would pin a LAN name to HTTPS it may not have)
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers malformed JSON with a clear 400', async () => {
    const client = new TestClient(testApp(deps));
    const res = await client.request('POST', '/api/auth/login', '{"loginId": "a", ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await new TestClient(testApp(deps)).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers a refusal opened as a page (a print view in a new tab) with a Japanese page, not JSON', async () => {
    const app = buildApp(deps, (a) =>
      a.get('/api/busy', () => {
        throw new AppError('SERVER_BUSY', '<混雑> 数秒後に再試行してください。', { retryAfterSeconds: 5 });
      }),
    );
    const page = await app.request('http://127.0.0.1:3000/api/busy', {
      headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
    });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('&lt;混雑&gt; 数秒後に再試行してください。'); // the message, escaped
    expect(html).not.toContain('SERVER_BUSY');
    // the same refusal fetched by the web app stays JSON
    const fetched = await app.request('http://127.0.0.1:3000/api/busy', {
      headers: { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' },
    });
    expect(((await fetched.json()) as { error: { code: string } }).error.code).toBe('SERVER_BUSY');
    const missing = await app.request('http://127.0.0.1:3000/api/nothing-here', {
      headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('ページまたは API が見つかりません。');
  });

  it('turns an unexpected error into a logged 500 that shows no internals', async () => {
    const app = buildApp(deps, (a) =>
      a.get('/api/boom', () => {
        throw new Error('relation "secret_table" does not exist at /srv/mamori/server/x.ts');
      }),
    );
    const res = await app.request('http://127.0.0.1:3000/api/boom');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toMatch(/secret_table|\/srv/);
    const ref = body.error.message.match(/参照番号 ([0-9a-f-]{36})/)?.[1];
    const logged = deps.log.entries.find((e) => e.fields?.ref === ref);
    expect(logged?.fields?.message).toMatch(/secret_table/);
  });

  it('never logs the SQL parameters of a failed query', async () => {
    const app = buildApp(deps, (a) =>
      a.get('/api/boom2', async () => {
        await deps.db.execute((await import('drizzle-orm')).sql`select ${'my-secret-param'}::int`);
        return new Response('unreachable');
      }),
    );
    const res = await app.request('http://127.0.0.1:3000/api/boom2');
    expect(res.status).toBe(500);
    expect(JSON.stringify(deps.log.entries)).not.toContain('my-secret-param');
  });
});
