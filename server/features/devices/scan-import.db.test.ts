// Device candidates from the real samples: nmap -oX of a home /24 (MAC vendors, OS guesses, RDP
// open) and GLPI inventories (a Fedora laptop, an HP switch); accept some, match by IP afterwards;
// XML with entity declarations refused before anything is expanded, the ledger unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { haveSamples, SAMPLES } from '../../test/samples.ts';
import { seedOrg } from '../../test/seed.ts';

const sample = (p: string) => new Uint8Array(fs.readFileSync(path.join(SAMPLES, p)));

let deps: TestDeps;
let orgId: string;
let editor: TestClient;

function postScan(name: string, bytes: Uint8Array, fields: Record<string, string> = {}, dryRun = false) {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return editor
    .raw(`/api/orgs/${orgId}/devices/scan-import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form })
    .then(async (res) => ({ status: res.status, body: await res.json() }));
}
const count = async () => (await editor.get(`/api/orgs/${orgId}/devices?limit=1`)).body.total;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'scan-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
});
afterAll(() => deps.close());

describe.skipIf(!haveSamples)('nmap and GLPI imports on the real samples', () => {
  it('proposes the hosts that are up with their addresses, MAC vendor and OS, and flags RDP', async () => {
    const res = await postScan('full_sudo6.xml', sample('nmap/libnmap-full_sudo6.xml'), {}, true);
    expect(res.status).toBe(200);
    expect(res.body.hosts).toBe(4);
    const byIp = Object.fromEntries(res.body.candidates.map((c: { values: { ipAddress: string } }) => [c.values.ipAddress, c]));
    expect(byIp['192.168.1.1'].values).toMatchObject({ maker: 'Sagemcom', mac: '6C:2E:85:19:AF:00', tags: ['nmap'] });
    expect(byIp['192.168.1.5'].values.os).toBe('Microsoft Windows Server 2008 Beta 3');
    expect(byIp['192.168.1.3'].exposures).toContain('遠隔操作のサービスが開いています: 3389/tcp リモートデスクトップ (RDP)');
    expect(byIp['192.168.1.1'].exposures).toContain('遠隔操作のサービスが開いています: 23/tcp Telnet');
    expect(await count()).toBe(0);
  });

  it('writes only the accepted candidates, and a later scan fills the matched row without overwriting it', async () => {
    const preview = await postScan('full_sudo6.xml', sample('nmap/libnmap-full_sudo6.xml'), {}, true);
    const pick = preview.body.candidates.filter((c: { values: { ipAddress: string } }) =>
      ['192.168.1.1', '192.168.1.3'].includes(c.values.ipAddress),
    );
    const done = await postScan('full_sudo6.xml', sample('nmap/libnmap-full_sudo6.xml'), {
      accept: JSON.stringify(pick.map((c: { index: number }) => c.index)),
    });
    expect(done.body).toMatchObject({ stored: true, created: 2, updated: 0 });
    expect(await count()).toBe(2);
    const router = (await editor.get(`/api/orgs/${orgId}/devices?q=192.168.1.1`)).body.devices.find(
      (d: { ipAddress: string }) => d.ipAddress === '192.168.1.1',
    );
    await editor.request('PUT', `/api/orgs/${orgId}/devices/${router.id}`, { ...router, hostname: 'ルータ', maker: '' });
    const again = await postScan('full_sudo6.xml', sample('nmap/libnmap-full_sudo6.xml'), {}, true);
    const matched = again.body.candidates.find((c: { values: { ipAddress: string } }) => c.values.ipAddress === '192.168.1.1');
    expect(matched).toMatchObject({ match: { id: router.id }, fills: ['maker'] });
    await postScan('full_sudo6.xml', sample('nmap/libnmap-full_sudo6.xml'), { accept: JSON.stringify([matched.index]) });
    const after = (await editor.get(`/api/orgs/${orgId}/devices/${router.id}`)).body;
    expect(after.device).toMatchObject({ hostname: 'ルータ', maker: 'Sagemcom' });
    expect(after.history[0].label).toBe('取り込み (full_sudo6.xml)');
  });

  it('reads a GLPI computer (OS, software, network card) and a network device', async () => {
    const pc = await postScan('computer_1.json', sample('glpi/glpi-inventory-computer_1.json'), {}, true);
    expect(pc.body.candidates[0].values).toMatchObject({
      hostname: 'glpixps',
      os: 'Fedora 31 (Workstation Edition)',
      ipAddress: '192.168.1.142, 192.168.1.118',
      mac: '00:e0:4c:68:01:db',
      maker: 'Dell Inc.',
    });
    expect(pc.body.candidates[0].values.software.length).toBeGreaterThan(3);
    const sw = await postScan('networkequipment_3.json', sample('glpi/glpi-inventory-networkequipment_3.json'), {}, true);
    expect(sw.body.candidates[0].values).toMatchObject({
      hostname: 'HP-2530-48G',
      model: '2530-48G',
      maker: 'Hewlett-Packard',
      os: 'YA.15.12.0015',
      deviceClass: 'network',
      ipAddress: '192.168.63.30',
    });
  });
});

describe('hostile and broken scan files', () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><nmaprun>&lol3;</nmaprun>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nmaprun><host><hostnames><hostname name="&xxe;"/></hostnames></host></nmaprun>`;
  it('refuses entity expansion and external entities, other XML, and broken JSON, writing nothing', async () => {
    const before = await count();
    for (const [name, text] of [
      ['lol.xml', laughs],
      ['xxe.xml', xxe],
    ]) {
      const res = await postScan(name ?? '', new TextEncoder().encode(text));
      expect(res.status, name).toBe(400);
      expect(res.body.error.message).toContain('実体宣言');
    }
    const other = await postScan('other.xml', new TextEncoder().encode('<?xml version="1.0"?><catalog/>'));
    expect(other.body.error.message).toContain('nmaprun');
    const broken = await postScan('inv.json', new TextEncoder().encode('{"content": {"hardware": '));
    expect(broken.body.error.message).toContain('GLPI のインベントリ (JSON) として読めません');
    expect(await count()).toBe(before);
  });
});
