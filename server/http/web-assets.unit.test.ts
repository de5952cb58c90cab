// The web UI's files: precompressed, cached for a year when hashed, index.html revalidated by ETag.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './env.ts';
import { mountWeb } from './web-assets.ts';

let dist: string;
let app: Hono<AppEnv>;
const script = `console.log(${JSON.stringify('守り'.repeat(500))});\n`;

function writeWithCopies(file: string, text: string): void {
  const data = Buffer.from(text);
  fs.writeFileSync(file, data);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data));
}

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  writeWithCopies(path.join(dist, 'assets', 'index-AbC123.js'), script);
  writeWithCopies(path.join(dist, 'index.html'), '<!doctype html><html lang="ja"><title>Mamori</title></html>');
  app = new Hono<AppEnv>();
  mountWeb(app, dist);
});
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

const get = (url: string, headers: Record<string, string> = {}) => app.request(`http://127.0.0.1${url}`, { headers });

describe('hashed assets', () => {
  it('sends the brotli copy to a browser that takes it, gzip to one that takes only gzip, the file to others', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(zlib.brotliDecompressSync(brBytes).toString()).toBe(script);

    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(script);
  });

  it('answers a file of another build with 404, not with the page', async () => {
    const gone = await get('/assets/index-Old999.js', { 'accept-encoding': 'br' });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/json/);
  });
});

describe('index.html', () => {
  it('is revalidated on every load: no-cache with an ETag, 304 while unchanged, the new page after a new build', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toContain('<title>Mamori</title>');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{27}"$/);

    const again = await get('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // a client route is the same page, and revalidates alike
    expect((await get('/orgs/x/checklist', { 'if-none-match': `W/${etag}` })).status).toBe(304);

    writeWithCopies(path.join(dist, 'index.html'), '<!doctype html><html lang="ja"><title>Mamori 2</title></html>');
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dist, 'index.html'), future, future);
    const rebuilt = await get('/', { 'if-none-match': etag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.get('etag')).not.toBe(etag);
    expect(await rebuilt.text()).toContain('<title>Mamori 2</title>');
  });

  it('tells, in both languages, that the web UI is not built', async () => {
    const empty = new Hono<AppEnv>();
    mountWeb(empty, path.join(dist, 'missing'));
    const res = await empty.request('http://127.0.0.1/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});
