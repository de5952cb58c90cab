// `feeds update` against a local HTTP server serving the samples (these machines have no internet):
// the KEV catalog and an endoflife.date API v1 dump are fetched and loaded; a 404, a body over the
// size limit, a server that never answers and a wrong sha256 are refused, the previous data kept.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../lib/actor.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { haveSamples, SAMPLES } from '../../test/samples.ts';
import { feedVersionsAll } from './feeds.repo.ts';
import { parseProductFile } from './parse-eol.ts';
import { fetchLimited, updateFeedsAs } from './update-feeds.ts';

let server: http.Server;
let base = '';
let deps: TestDeps;

/** The sample product files as the API v1 /products/full answer shapes them. */
function apiDump(): string {
  const dir = path.join(SAMPLES, 'endoflife/products');
  const products = ['fortios.md', 'windows-server.md'].map((f) => parseProductFile(f, fs.readFileSync(path.join(dir, f), 'utf8')));
  const result = products.map((p) => ({
    name: p.product,
    label: p.label,
    identifiers: p.cpes.map((id) => ({ id, type: 'cpe' })),
    releases: p.cycles.map((c) => ({
      name: c.cycle,
      label: c.label,
      releaseDate: c.releaseDate,
      isEol: c.eol === true || (typeof c.eol === 'string' && c.eol < '2026-12-01'),
      eolFrom: typeof c.eol === 'string' ? c.eol : null,
      latest: c.latest ? { name: c.latest } : null,
    })),
  }));
  return JSON.stringify({ schema_version: '1.2.1', generated_at: '2026-11-30T00:00:00Z', total: result.length, result });
}

beforeAll(async () => {
  if (!haveSamples) return;
  const kev = fs.readFileSync(path.join(SAMPLES, 'kev/known_exploited_vulnerabilities.2026-08-07.json'));
  const dump = apiDump();
  server = http.createServer((req, res) => {
    if (req.url === '/kev.json') return res.end(kev);
    if (req.url === '/eol.json') return res.end(dump);
    if (req.url === '/big') {
      res.write(Buffer.alloc(1024 * 1024));
      return res.end(Buffer.alloc(1024 * 1024));
    }
    if (req.url === '/slow') return; // never answers
    res.statusCode = 404;
    res.end('<html>not found</html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  deps = await testDeps({ MAMORI_FEED_KEV_URL: `${base}/kev.json`, MAMORI_FEED_EOL_URL: `${base}/eol.json` });
});
afterAll(async () => {
  await deps?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

describe.skipIf(!haveSamples)('feeds update from a server', () => {
  it('fetches KEV and the endoflife.date dump and loads them', async () => {
    const r = await updateFeedsAs(deps, systemActor(), { kinds: ['kev', 'eol'] });
    expect(r.loaded).toEqual([
      { kind: 'kev', version: '2026.08.07', entries: 1662 },
      { kind: 'eol', version: '2 products', entries: 2 },
    ]);
    expect(r.from).toEqual([`${base}/kev.json`, `${base}/eol.json`]);
  });

  it('refuses a 404, an oversized body, a silent server and a wrong sha256, keeping what was loaded', async () => {
    const before = await feedVersionsAll(deps.db);
    await expect(fetchLimited(`${base}/missing`, 'CISA KEV', 1 << 20, 5000)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('HTTP 404'),
    });
    await expect(fetchLimited(`${base}/big`, 'CISA KEV', 1 << 20, 5000)).rejects.toMatchObject({
      message: expect.stringContaining('大きすぎます'),
    });
    await expect(fetchLimited(`${base}/slow`, 'CISA KEV', 1 << 20, 300)).rejects.toMatchObject({
      message: expect.stringContaining('応答がありません'),
    });
    await expect(updateFeedsAs(deps, systemActor(), { kinds: ['kev'], sha256: { kev: '0'.repeat(64) } })).rejects.toMatchObject({
      message: expect.stringContaining('sha256 が一致しません'),
    });
    expect(await feedVersionsAll(deps.db)).toEqual(before);
  });
});
