// Feeds loaded from the real sample files, refused when broken (the previous data kept), and the
// findings they give an organisation's ledger: the FortiOS 6.0.4 maintenance VPN first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../lib/actor.ts';
import { TestClient } from '../../test/client.ts';
import { testEngine } from '../../test/engines.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { runCli } from '../../test/run-cli.ts';
import { haveSamples, SAMPLES } from '../../test/samples.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { operations } from '../local/operations.ts';

const file = (p: string) => ({ name: path.basename(p), base64: fs.readFileSync(path.join(SAMPLES, p)).toString('base64') });
const text = (name: string, s: string) => ({ name, base64: Buffer.from(s).toString('base64') });

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
const load = (args: Record<string, unknown>) =>
  operations['feeds.load']?.(deps, systemActor(), args) as Promise<{ loaded: { kind: string; entries: number }[] }>;
const versions = async () => (await editor.get('/api/feeds')).body.feeds as { kind: string; version: string; entries: number }[];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'feeds-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
});
afterAll(() => deps.close());

describe.skipIf(!haveSamples)('feeds and findings', () => {
  it('loads KEV, endoflife.date product files and an NVD record', async () => {
    const eol = ['fortios.md', 'windows.md', 'windows-server.md', 'office.md'].map((f) => file(`endoflife/products/${f}`));
    const r = await load({
      kev: [file('kev/known_exploited_vulnerabilities.2026-08-07.json')],
      eol,
      nvd: [file('nvd/CVE-2018-13379.nvd-cve-2.0.json')],
    });
    expect(r.loaded).toEqual([
      { kind: 'kev', version: '2026.08.07', entries: 1662 },
      { kind: 'eol', version: '4 products', entries: 4 },
      { kind: 'nvd', version: '1 CVEs', entries: 1 },
    ]);
  });

  it('refuses truncated JSON, a file of another shape and a KEV with no entries, keeping what was loaded', async () => {
    const before = await versions();
    const kevText = fs.readFileSync(path.join(SAMPLES, 'kev/known_exploited_vulnerabilities.2026-08-07.json'), 'utf8');
    await expect(load({ kev: [text('kev.json', kevText.slice(0, 5000))] })).rejects.toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: expect.stringContaining('JSON として読めません'),
    });
    await expect(load({ kev: [text('kev.json', '{"title":"x","items":[]}')] })).rejects.toMatchObject({
      message: expect.stringContaining('KEV カタログの形式ではありません'),
    });
    await expect(
      load({
        kev: [text('kev.json', '{"catalogVersion":"2026.09.01","dateReleased":"2026-09-01T00:00:00.000Z","count":0,"vulnerabilities":[]}')],
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('項目が 0 件です'),
    });
    await expect(load({ eol: [text('broken.md', 'no front matter')] })).rejects.toMatchObject({
      message: expect.stringContaining('front matter'),
    });
    expect(await versions()).toEqual(before);
  });

  it('puts CVE-2018-13379 on the FortiOS 6.0.4 maintenance VPN first, as 重大, and warns that KEV is stale', async () => {
    await editor.post(`/api/orgs/${orgId}/connections`, {
      name: '保守用VPN',
      kind: 'vpn',
      firmware: 'FortiGate-60E / FortiOS 6.0.4',
      sourceRestriction: 'restricted',
      allowedSources: '203.0.113.5',
    });
    await editor.post(`/api/orgs/${orgId}/devices`, {
      assetNo: 'SV-1',
      hostname: 'EMR',
      os: 'Windows Server 2012 R2',
      deviceClass: 'server',
    });
    await editor.post(`/api/orgs/${orgId}/devices`, { assetNo: 'PC-1', hostname: '外来PC', os: 'Win11' });
    const res = await editor.get(`/api/orgs/${orgId}/findings`);
    expect(res.status).toBe(200);
    const [first] = res.body.findings;
    expect(first).toMatchObject({
      severity: 'critical',
      method: 'version-range',
      subject: { type: 'connection', label: '保守用VPN' },
      cves: [{ cveId: 'CVE-2018-13379' }],
    });
    expect(
      res.body.findings.find((f: { subject: { label: string }; kind: string }) => f.subject.label === 'SV-1 EMR' && f.kind === 'eol'),
    ).toMatchObject({ severity: 'high', eol: { date: '2023-10-10' } });
    expect(
      res.body.findings.some((f: { subject: { label: string }; kind: string }) => f.subject.label === 'PC-1 外来PC' && f.kind === 'eol'),
    ).toBe(false);
    // the test clock stands on 2026-11-22; the sample catalog is of 2026-08-07
    expect(res.body.warnings).toEqual([expect.stringMatching(/^CISA KEV のデータ \(2026\.08\.07\) は \d+ 日前のものです/)]);
    const high = await editor.get(`/api/orgs/${orgId}/findings?severity=critical`);
    expect(high.body.findings.every((f: { severity: string }) => f.severity === 'critical')).toBe(true);
    expect((await editor.get(`/api/orgs/${orgId}/findings?severity=urgent`)).status).toBe(400);
  });

  it('feeds the suggested answer of the patch item: an end-of-life server makes 2(7) サーバ いいえ', async () => {
    const sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' })).body.id;
    const res = await editor.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`);
    expect(res.body.items['2-7.server']).toMatchObject({
      answer: 'no',
      reasons: expect.arrayContaining([expect.stringContaining('サポートが終了した版 (endoflife.date) の機器: SV-1 EMR')]),
    });
  });

  it('dismisses a false positive with a reason until the row changes, and the 2(7) suggestion follows', async () => {
    const list = async (q = '') => (await editor.get(`/api/orgs/${orgId}/findings${q}`)).body;
    const eol = list().then((b) =>
      b.findings.find((f: { subject: { label: string }; kind: string }) => f.subject.label === 'SV-1 EMR' && f.kind === 'eol'),
    );
    const finding = await eol;
    const url = `/api/orgs/${orgId}/findings/${encodeURIComponent(finding.id)}/decision`;
    const noReason = await editor.request('PUT', url, { decision: 'dismissed' });
    expect(noReason.body.error.fields).toEqual([{ field: 'reason', message: '理由が必要です' }]);
    const viewer = await memberClient(deps, orgId, 'viewer');
    expect((await viewer.request('PUT', url, { decision: 'dismissed', reason: 'x' })).status).toBe(403);
    const ok = await editor.request('PUT', url, { decision: 'dismissed', reason: '延長サポート契約あり (2026-10 に更新済み)' });
    expect(ok.status).toBe(200);
    const after = await list();
    expect(after.dismissed).toBe(1);
    expect(after.findings.some((f: { id: string }) => f.id === finding.id)).toBe(false);
    expect((await list('?dismissed=1')).findings.find((f: { id: string }) => f.id === finding.id).decision).toMatchObject({
      decision: 'dismissed',
      reason: '延長サポート契約あり (2026-10 に更新済み)',
    });
    const sheet = (await editor.get(`/api/orgs/${orgId}/assessments`)).body.assessments[0].id;
    const s = (await editor.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items['2-7.server'];
    expect(s.reasons.join()).not.toContain('サポートが終了した版');
    // the row changes: the finding shows again, undecided
    const device = (await editor.get(`/api/orgs/${orgId}/devices?q=SV-1`)).body.devices[0];
    await editor.request('PUT', `/api/orgs/${orgId}/devices/${device.id}`, { ...device, location: 'サーバ室B' });
    expect((await list()).findings.find((f: { id: string }) => f.id === finding.id)?.decision).toBeNull();
  });

  it('matches a site’s own spelling once a system administrator adds it, and only administrators may', async () => {
    await editor.post(`/api/orgs/${orgId}/connections`, {
      name: '旧VPN',
      kind: 'vpn',
      firmware: 'ﾌｫｰﾁOS 6.0.4',
      sourceRestriction: 'restricted',
      allowedSources: '203.0.113.9',
    });
    const has = async () =>
      (
        (await editor.get(`/api/orgs/${orgId}/findings?severity=critical`)).body.findings as {
          subject: { label: string };
          cves: { cveId: string }[];
        }[]
      ).some((f) => f.subject.label === '旧VPN' && f.cves.some((c) => c.cveId === 'CVE-2018-13379'));
    expect(await has()).toBe(false);
    expect((await editor.post('/api/feeds/aliases', { alias: 'ﾌｫｰﾁOS', canonical: 'FortiOS' })).status).toBe(403);
    const admin = await seedUser(deps, { isSystemAdmin: true });
    const adminClient = new TestClient(testApp(deps));
    await adminClient.signIn(admin.loginId, PASSWORD);
    const added = await adminClient.post('/api/feeds/aliases', { alias: 'ﾌｫｰﾁOS', canonical: 'FortiOS' });
    expect(added.body).toMatchObject({ alias: 'ふぉーちos', canonical: 'fortios' });
    expect(await has()).toBe(true);
    expect((await adminClient.delete(`/api/feeds/aliases/${encodeURIComponent('ふぉーちos')}`)).status).toBe(200);
    expect(await has()).toBe(false);
  });

  it('counts CVE-2018-13379 once for a FortiGate in the ledger and the VPN point that runs on it: list, counts and export', async () => {
    type F = { id: string; subject: { label: string; type: string }; cves: { cveId: string }[]; via: { label: string }[] };
    const list = async () => (await editor.get(`/api/orgs/${orgId}/findings`)).body as { findings: F[]; counts: Record<string, number> };
    const exported = async () =>
      Papa.parse<string[]>((await (await editor.raw(`/api/orgs/${orgId}/findings/export?format=csv`)).text()).replace(/^\uFEFF/, ''), {
        skipEmptyLines: true,
      }).data;
    const fw = (
      await editor.post(`/api/orgs/${orgId}/devices`, {
        assetNo: 'FW-1',
        hostname: 'UTM',
        maker: 'Fortinet',
        os: 'FortiOS 6.0.4',
        deviceClass: 'network',
      })
    ).body;
    const total = (b: { counts: Record<string, number> }) => Object.values(b.counts).reduce((x, y) => x + y, 0);
    const [alone, aloneRows] = [await list(), await exported()];
    await editor.post(`/api/orgs/${orgId}/connections`, {
      name: '地域連携VPN',
      kind: 'vpn',
      deviceId: fw.id,
      firmware: 'FortiGate-60E / FortiOS 6.0.4',
      sourceRestriction: 'restricted',
      allowedSources: '203.0.113.7',
    });
    const both = await list();
    const mine = both.findings.filter((f) => /^(FW-1|地域連携VPN)/.test(f.subject.label));
    const cve = mine.filter((f) => f.cves.some((c) => c.cveId === 'CVE-2018-13379'));
    expect(cve).toEqual([
      expect.objectContaining({
        severity: 'critical',
        subject: expect.objectContaining({ type: 'device', label: 'FW-1 UTM' }),
        via: [expect.objectContaining({ label: '地域連携VPN', exposed: true })],
      }),
    ]);
    expect(mine.every((f) => f.subject.type === 'device')).toBe(true);
    // the point adds nothing to count: totals, the dashboard's counts (the same report) and the export stay
    expect(total(both)).toBe(total(alone));
    const rows = await exported();
    expect(rows.length).toBe(aloneRows.length);
    const header = rows[0] ?? [];
    const fwRows = rows.filter((r) => r[header.indexOf('対象')] === 'FW-1 UTM' && r[header.indexOf('CVE')] === 'CVE-2018-13379');
    expect(fwRows).toHaveLength(1);
    expect(fwRows[0]?.[header.indexOf('経由する外部接続点')]).toBe('地域連携VPN');
    expect(fwRows[0]?.[header.indexOf('求められる対応 (KEV)')]).toBe(
      'ベンダーの指示に従って更新プログラムを適用してください。\n(原文) Apply updates per vendor instructions.',
    );
  });

  it('names the items of the form the organisation answers this year on, else of the year’s version, as that version numbers them', async () => {
    // this fiscal year (令和8年度 on the test clock) answered on the version for the year
    expect((await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' })).status).toBe(201);
    // a later version for the same year, numbered as R5/R6 were, arrives after the form was started
    const base = deps.catalog.filter((v) => v.fiscalYear <= 2026 && v.released).at(-1);
    const formLabel = base?.forms.find((f) => f.form === 'institution')?.label;
    if (!base || !formLabel) throw new Error('no version for 2026');
    deps.catalog.push({ ...base, id: 'T8', label: '試験版', fiscalYear: 2026, numbering: 'paren' });
    try {
      type F = { subject: { label: string }; kind: string; items: { label: string }[]; detail: string[] };
      const patchItems = (b: { findings: F[] }, label: string) =>
        b.findings.find((f) => f.subject.label === label && f.kind === 'eol')?.items;
      const mine = (await editor.get(`/api/orgs/${orgId}/findings`)).body;
      expect(mine.checklist.label).toBe(`${base.label} ${formLabel}`);
      expect(patchItems(mine, 'SV-1 EMR')).toEqual([
        { id: expect.any(String), label: expect.stringMatching(/^2-[①-⑳] .*\(セキュリティパッチ\)$/) },
      ]);
      const source = mine.findings.find((f: F) => f.kind === 'rule' && f.detail.join().includes('接続元'));
      expect(JSON.stringify(mine.findings)).not.toMatch(/R5\/R6|チェックリスト 2\(8\)/);
      expect(source === undefined || source.items.every((i: { label: string }) => /^2-[①-⑳]/.test(i.label))).toBe(true);
      // another organisation, with no form this year, reads the year's version: T8, numbered 2(6)
      const other = (await seedOrg(deps, { slug: 'feeds-clinic' })).id;
      const otherEditor = await memberClient(deps, other, 'editor');
      await otherEditor.post(`/api/orgs/${other}/devices`, {
        assetNo: 'SV-9',
        hostname: 'RECEPT',
        os: 'Windows Server 2012 R2',
        deviceClass: 'server',
      });
      const theirs = (await otherEditor.get(`/api/orgs/${other}/findings`)).body;
      expect(theirs.checklist.label).toBe(`試験版 ${formLabel}`);
      expect(patchItems(theirs, 'SV-9 RECEPT')?.[0]?.label).toMatch(/^2\(\d+\) .*\(セキュリティパッチ\)$/);
    } finally {
      deps.catalog.pop();
    }
  });

  it('lets only system administrators load feeds through the API', async () => {
    const form = new FormData();
    form.append('kev', new File([fs.readFileSync(path.join(SAMPLES, 'kev/known_exploited_vulnerabilities.2026-08-07.json'))], 'kev.json'));
    const res = await editor.raw('/api/feeds/load', { method: 'POST', body: form });
    expect(res.status).toBe(403);
  });
});

describe.skipIf(testEngine() !== 'pglite' || !haveSamples)('mamori feeds load on an embedded folder', () => {
  it('refuses a 2 GB file without reading it, and loads the sample KEV', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-feeds-'));
    try {
      const big = path.join(dir, 'kev.json');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 2 * 1024 * 1024 * 1024);
      const data = path.join(dir, 'data');
      const refused = await runCli(['feeds', 'load', '--kev', big, '--data', data]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('ファイルが大きすぎます');
      const ok = await runCli([
        'feeds',
        'load',
        '--kev',
        path.join(SAMPLES, 'kev/known_exploited_vulnerabilities.2026-08-07.json'),
        '--data',
        data,
      ]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('kev: 2026.08.07 (1662 件) を読み込みました。');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
