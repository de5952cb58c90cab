// Issue 12 item 1: the contract. Every API route is declared (request and response schemas) and in the
// OpenAPI 3.1 document; the document is served to system administrators with a page that needs no CDN; a request
// is validated at the route with the same Japanese field errors and JSON checks as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractApi, openApiDocument } from './api.ts';
import { TestClient } from './test/client.ts';
import { type TestDeps, testApp, testDeps } from './test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from './test/seed.ts';

let deps: TestDeps;
let sys: TestClient;
let member: TestClient;
let anonymous: TestClient;
let orgId: string;

/** Documentation and the document itself are not API operations. */
const META = new Set([
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/init.js',
  'GET /api/docs/swagger-ui.css',
  'GET /api/docs/swagger-ui-bundle.js',
]);

const documented = (doc: { paths: Record<string, Record<string, unknown>> }) =>
  new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    ),
  );

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'contract-clinic' })).id;
  await seedUser(deps, { loginId: 'contract-sys', isSystemAdmin: true });
  await seedUser(deps, { loginId: 'contract-admin', org: { id: orgId, role: 'admin' } });
  sys = new TestClient(testApp(deps));
  await sys.signIn('contract-sys', PASSWORD);
  member = new TestClient(testApp(deps));
  await member.signIn('contract-admin', PASSWORD);
  anonymous = new TestClient(testApp(deps));
});
afterAll(() => deps.close());

describe('the OpenAPI document', () => {
  it('declares every API route the server answers, and only those', async () => {
    const doc = (await sys.get('/api/openapi.json')).body;
    const inDoc = documented(doc);
    const registered = new Set(
      testApp(deps)
        .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`)
        .filter((r) => !META.has(r)),
    );
    expect(
      [...registered].filter((r) => !inDoc.has(r)),
      'answered but not in the contract',
    ).toEqual([]);
    expect(
      [...inDoc].filter((r) => !registered.has(r)),
      'documented but not answered',
    ).toEqual([]);
    expect(inDoc.size).toBeGreaterThanOrEqual(100);
  });

  it('is OpenAPI 3.1 with request and response schemas, the error shape and Japanese summaries', async () => {
    const doc = openApiDocument(contractApi(), 'test') as any;
    expect(doc.openapi).toBe('3.1.0');
    const update = doc.paths['/api/orgs/{orgId}'].patch;
    expect(update.summary).toBe('組織の設定を変える (管理者)');
    expect(update.parameters).toEqual([expect.objectContaining({ name: 'orgId', in: 'path', required: true })]);
    expect(Object.keys(update.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['name', 'kind', 'bedCount', 'requireMfa']),
    );
    expect(update.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Organization' });
    expect(update.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.components.schemas.Organization.properties.role).toMatchObject({ enum: ['admin', 'editor', 'viewer', null] });
    // an upload documents its form fields (read by the upload code, not by a validator)
    const upload = doc.paths['/api/orgs/{orgId}/evidence'].post.requestBody.content['multipart/form-data'].schema;
    expect(upload).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
  });

  it('is served to system administrators only, with a page that loads nothing from elsewhere', async () => {
    expect((await anonymous.get('/api/openapi.json')).status).toBe(401);
    expect((await member.get('/api/openapi.json')).status).toBe(403);
    expect((await member.raw('/api/docs')).status).toBe(403);
    const page = await sys.raw('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const src of html.match(/(?:src|href)="([^"]+)"/g) ?? []) {
      const url = src.replace(/^(?:src|href)="|"$/g, '');
      const res = await sys.raw(url);
      expect(res.status, url).toBe(200);
      expect((await res.arrayBuffer()).byteLength, url).toBeGreaterThan(20);
    }
  });
});

describe('validation at the route', () => {
  it('names a field in the route’s own words where it has them', async () => {
    const res = await member.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, { vendorName: 1, version: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual({ field: 'vendorName', message: expect.stringMatching(/^事業者: /) });
  });

  it('names each bad field in Japanese before the use case runs, and changes nothing', async () => {
    const res = await member.request('PATCH', `/api/orgs/${orgId}`, { kind: 'castle', bedCount: 1.5 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['kind', 'bedCount']);
    expect(res.body.error.message).toContain('種別');
    expect((await member.get(`/api/orgs/${orgId}`)).body.kind).toBe('clinic');
  });

  it('keeps the JSON checks: 415 for another content type, 400 for malformed JSON or a non-object', async () => {
    const send = (body: string, type: string) =>
      member.raw(`/api/orgs/${orgId}`, { method: 'PATCH', body, headers: { 'content-type': type } });
    expect((await send('{"name":"x"}', 'text/plain')).status).toBe(415);
    const malformed = await send('{"name":', 'application/json');
    expect([malformed.status, (await malformed.json()).error.code]).toEqual([400, 'BAD_REQUEST']);
    expect((await send('[1,2]', 'application/json')).status).toBe(400);
  });

  it('is the type of the database tests’ client too: a typed call reads a typed answer', async () => {
    const res = await member.api.orgs[':orgId'].$patch({ param: { orgId }, json: { bedCount: 19 } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const org = await res.json();
    // org.kind is OrgKind and org.role is Role | null here, by the contract
    expect([org.kind, org.role, org.bedCount]).toEqual(['clinic', 'admin', 19]);
  });

  it('asks for a session before it looks at the body', async () => {
    const res = await anonymous.request('POST', '/api/users', { loginId: '' });
    expect([res.status, res.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
