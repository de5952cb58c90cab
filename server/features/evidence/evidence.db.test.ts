import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';

let deps: TestDeps;
let editor: TestClient;
let viewer: TestClient;
let orgId: string;

const upload = (client: TestClient, name: string, bytes: Uint8Array<ArrayBuffer> | string, type = 'application/pdf') => {
  const form = new FormData();
  form.append('file', new File([typeof bytes === 'string' ? Buffer.from(bytes) : bytes], name, { type }));
  form.append('description', '運用管理規程 第3版');
  return client.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form });
};

beforeAll(async () => {
  deps = await testDeps({ MAMORI_MAX_UPLOAD_MB: '1' });
  const org = await seedOrg(deps);
  orgId = org.id;
  const e = await seedUser(deps, { org: { id: orgId, role: 'editor' } });
  const v = await seedUser(deps, { org: { id: orgId, role: 'viewer' } });
  editor = new TestClient(testApp(deps));
  viewer = new TestClient(testApp(deps));
  await editor.signIn(e.loginId, PASSWORD);
  await viewer.signIn(v.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('evidence store', () => {
  it('stores an upload with its sniffed type and sha256, and members can download it as an attachment', async () => {
    const res = await upload(editor, '規程.pdf', '%PDF-1.7 運用管理規程', 'text/html');
    expect(res.status).toBe(201);
    const file = (await res.json()) as { id: string; contentType: string; sha256: string; size: number };
    expect(file.contentType).toBe('application/pdf');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const down = await viewer.raw(`/api/orgs/${orgId}/evidence/${file.id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-disposition')).toMatch(/^attachment;.*filename\*=UTF-8''%E8%A6%8F%E7%A8%8B\.pdf/);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await down.arrayBuffer()).toString()).toBe('%PDF-1.7 運用管理規程');
  });

  it('stores the same content once', async () => {
    await upload(editor, 'a.pdf', '%PDF-1.7 same');
    await upload(editor, 'b.pdf', '%PDF-1.7 same');
    const r = (await deps.db.execute(sql`select count(*)::int as n from evidence_blobs where organization_id = ${orgId}`)) as unknown as {
      rows: { n: number }[];
    };
    const files = (await viewer.get(`/api/orgs/${orgId}/evidence`)).body.files;
    expect(files.filter((f: { fileName: string }) => ['a.pdf', 'b.pdf'].includes(f.fileName))).toHaveLength(2);
    expect(r.rows[0]?.n).toBe(2); // 規程.pdf + the shared one
  });

  it('refuses HTML, and keeps markup in a .txt as plain text, never inline', async () => {
    expect((await upload(editor, 'page.txt.html', '<!DOCTYPE html><script>alert(1)</script>')).status).toBe(400);
    const res = await upload(editor, 'page.txt', '<!DOCTYPE html><script>alert(1)</script>');
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: string }).id;
    const down = await viewer.raw(`/api/orgs/${orgId}/evidence/${id}`);
    expect(down.headers.get('content-type')).toBe('text/plain');
    expect(down.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a file whose extension lies about its content, and executables', async () => {
    const lie = await upload(editor, 'report.pdf', 'MZ\x90\x00 this is an exe');
    expect(lie.status).toBe(400);
    expect(((await lie.json()) as { error: { message: string } }).error.message).toMatch(/実行ファイル/);
    const png = await upload(editor, 'photo.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]));
    expect(png.status).toBe(400);
    expect(((await png.json()) as { error: { message: string } }).error.message).toMatch(/PNG.*拡張子と一致しません/);
  });

  it('refuses an upload over the limit with a clear message and stores nothing', async () => {
    const before = (await viewer.get(`/api/orgs/${orgId}/evidence`)).body.files.length;
    const res = await upload(editor, 'big.pdf', new Uint8Array(1024 * 1024 + 10).fill(0x25));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/上限 1 MB/);
    expect((await viewer.get(`/api/orgs/${orgId}/evidence`)).body.files.length).toBe(before);
  });

  it('refuses a 100 MB upload before reading it', async () => {
    const res = await editor.raw(`/api/orgs/${orgId}/evidence`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(100 * 1024 * 1024) },
      body: new ReadableStream({ start: (c) => c.enqueue(new Uint8Array(10)) }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('lets viewers read but not upload or delete', async () => {
    expect((await upload(viewer, 'x.pdf', '%PDF-1.7 x')).status).toBe(403);
    const files = (await viewer.get(`/api/orgs/${orgId}/evidence`)).body.files;
    expect((await viewer.delete(`/api/orgs/${orgId}/evidence/${files[0].id}`)).status).toBe(403);
    expect((await editor.delete(`/api/orgs/${orgId}/evidence/${files[0].id}`)).status).toBe(200);
    expect((await viewer.raw(`/api/orgs/${orgId}/evidence/${files[0].id}`)).status).toBe(404);
  });
});
