// Findings on the real feeds: the 2026-08-07 KEV catalog, endoflife.date product files and the NVD
// record of CVE-2018-13379 (the FortiGate SSL-VPN flaw of the 半田病院 attack).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, type Subject } from '../../../domain/findings/match.ts';
import { haveSamples, SAMPLES } from '../../test/samples.ts';
import { parseProductFile } from './parse-eol.ts';
import { parseKev } from './parse-kev.ts';
import { parseNvd } from './parse-nvd.ts';

const read = (p: string) => fs.readFileSync(path.join(SAMPLES, p));

describe.skipIf(!haveSamples)('findings on the real samples', () => {
  const kev = haveSamples
    ? parseKev(new Uint8Array(read('kev/known_exploited_vulnerabilities.2026-08-07.json')), 'kev.json')
    : { entries: [], version: '', released: null };
  const eol = haveSamples
    ? fs
        .readdirSync(path.join(SAMPLES, 'endoflife/products'))
        .map((f) => parseProductFile(f, read(`endoflife/products/${f}`).toString('utf8')))
    : [];
  const nvd = haveSamples ? parseNvd('nvd', read('nvd/CVE-2018-13379.nvd-cve-2.0.json').toString('utf8')) : [];
  const feeds = { kev: kev.entries, eol, nvd };
  const today = '2026-12-01';
  const vpn = (firmware: string): Subject => ({
    type: 'connection',
    id: `vpn-${firmware}`,
    label: '保守用VPN',
    stamp: 'v1',
    deviceClass: 'connection',
    exposed: true,
    maker: 'Fortinet',
    values: [{ field: 'firmware', text: firmware }],
    kind: 'vpn',
    sourceRestriction: 'restricted',
  });
  const device = (id: string, os: string, deviceClass: Subject['deviceClass'] = 'pc'): Subject => ({
    type: 'device',
    id,
    stamp: 'v1',
    label: id,
    deviceClass,
    exposed: false,
    maker: '',
    values: [{ field: 'os', text: os }],
  });

  it('reads the feeds as published', () => {
    expect(kev.version).toBe('2026.08.07');
    expect(kev.entries.length).toBe(1662);
    expect(nvd[0]?.ranges.some((r) => r.product === 'fortios' && r.startIncluding === '6.0.0' && r.endExcluding === '6.0.5')).toBe(true);
  });

  it('finds CVE-2018-13379 as 重大 on a FortiOS 6.0.4 maintenance VPN, by its NVD version range', () => {
    const f = findingsOf([vpn('FortiGate-60E / FortiOS 6.0.4')], feeds, today);
    const cve = f.find((x) => x.cves.some((c) => c.cveId === 'CVE-2018-13379') && x.method === 'version-range');
    expect(cve).toMatchObject({
      severity: 'critical',
      kind: 'kev',
      confidence: 'high',
      cves: [{ cveId: 'CVE-2018-13379', ransomware: true }],
    });
    // FortiOS 6.0 left support on 2022-09-29: end-of-life on a connection point is 高
    expect(f.find((x) => x.kind === 'eol')).toMatchObject({
      severity: 'high',
      eol: { product: 'fortios', cycle: '6.0', date: '2022-09-29' },
    });
  });

  it('does not match CVE-2018-13379 on FortiOS 6.0.5', () => {
    const f = findingsOf([vpn('FortiOS 6.0.5')], feeds, today);
    expect(f.some((x) => x.cves.some((c) => c.cveId === 'CVE-2018-13379'))).toBe(false);
  });

  it('says Windows Server 2012 R2 and Windows 8.1 are end-of-life on their real dates, and nothing about a bare Win11', () => {
    const f = findingsOf(
      [device('sv', 'Windows Server 2012 R2 Standard', 'server'), device('pc', 'Windows 8.1'), device('new', 'Win11')],
      feeds,
      today,
    );
    const sv = f.find((x) => x.subject.id === 'sv' && x.kind === 'eol');
    expect(sv).toMatchObject({ severity: 'high', eol: { product: 'windows-server', cycle: '2012-r2', date: '2023-10-10' } });
    // its paid extended support (ESU) ended on 2026-10-13, before today: nothing more is said
    expect(sv?.detail.some((d) => d.includes('延長サポート'))).toBe(false);
    expect(f.find((x) => x.subject.id === 'pc' && x.kind === 'eol')).toMatchObject({
      severity: 'medium',
      eol: { product: 'windows', cycle: '8.1', date: '2023-01-10' },
    });
    const win11 = f.filter((x) => x.subject.id === 'new');
    expect(win11.some((x) => x.kind === 'eol')).toBe(false);
    expect(win11.find((x) => x.kind === 'version-missing')).toMatchObject({ severity: 'info' });
  });

  it('ranks name-only KEV matches on PCs as information, and sorts worst first', () => {
    const f = findingsOf([device('pc2', 'Windows 10 22H2'), vpn('FortiOS 6.0.4')], feeds, today);
    const windows = f.find((x) => x.subject.id === 'pc2' && x.method === 'name-only');
    expect(windows?.severity).toBe('info');
    expect(f[0]?.severity).toBe('critical');
  });
});

describe.skipIf(!haveSamples)('one finding per vulnerability or end of life per device, seen through its 外部接続点 too', () => {
  const kev = haveSamples ? parseKev(new Uint8Array(read('kev/known_exploited_vulnerabilities.2026-08-07.json')), 'kev.json').entries : [];
  const eol = haveSamples
    ? ['fortios.md', 'windows-server.md'].map((f) => parseProductFile(f, read(`endoflife/products/${f}`).toString('utf8')))
    : [];
  const nvd = haveSamples ? parseNvd('nvd', read('nvd/CVE-2018-13379.nvd-cve-2.0.json').toString('utf8')) : [];
  const feeds = { kev, eol, nvd };
  const today = '2026-12-01';
  const point = (id: string, firmware: string, exposed = true): Subject => ({
    type: 'connection',
    id,
    label: '保守用VPN',
    stamp: 'v2',
    deviceClass: 'connection',
    exposed,
    maker: '',
    values: [{ field: 'firmware', text: firmware }],
    kind: 'vpn',
    sourceRestriction: 'restricted',
  });
  const device = (id: string, os: string, deviceClass: Subject['deviceClass'], via: Subject['via'] = []): Subject => ({
    type: 'device',
    id,
    label: id,
    stamp: 'v1',
    deviceClass,
    exposed: false,
    maker: 'Fortinet',
    values: [{ field: 'os', text: os }],
    via,
  });
  const on = (f: ReturnType<typeof findingsOf>, pred: (x: ReturnType<typeof findingsOf>[number]) => boolean) => f.filter(pred);

  it('a FortiGate in the ledger and the VPN point that runs on it: CVE-2018-13379 and its end of life once, on the device, naming both', () => {
    const vpnRef = { id: 'vpn', label: '保守用VPN', exposed: true };
    const f = findingsOf([point('vpn', 'FortiGate-60E / FortiOS 6.0.4'), device('FW-1', 'FortiOS 6.0.4', 'other', [vpnRef])], feeds, today);
    const cve = on(f, (x) => x.cves.some((c) => c.cveId === 'CVE-2018-13379'));
    expect(cve).toHaveLength(1);
    expect(cve[0]).toMatchObject({ severity: 'critical', method: 'version-range', subject: { type: 'device', id: 'FW-1' }, via: [vpnRef] });
    expect(cve[0]?.detail).toEqual(
      expect.arrayContaining([
        expect.stringContaining('外部接続点「保守用VPN」でも同じ指摘になります'),
        'インターネットから到達できる外部接続点です。最優先で対応してください。',
      ]),
    );
    const ended = on(f, (x) => x.kind === 'eol');
    // the device alone ('other') would be 中; the connection point makes it 高
    expect(ended).toEqual([expect.objectContaining({ severity: 'high', subject: expect.objectContaining({ id: 'FW-1' }) })]);
    // the point's own rows are gone; its decision stamp is part of the merged finding's
    expect(f.some((x) => x.subject.id === 'vpn' && x.kind !== 'rule')).toBe(false);
    expect(ended[0]?.subject.stamp).toBe('v1+vpn:v2');
    // a CVE confirmed by version is not counted again among the name-only matches
    const nameOnly = on(f, (x) => x.method === 'name-only');
    expect(nameOnly.flatMap((x) => x.cves.map((c) => c.cveId))).not.toContain('CVE-2018-13379');
    expect(nameOnly.length).toBeLessThanOrEqual(1);
  });

  it('a server maintained through a point (remote_via) with the same end-of-life value: one finding', () => {
    const gw = { ...point('gw', 'Windows Server 2012 R2'), kind: 'rdp' as const };
    const f = findingsOf(
      [gw, device('SV-1', 'Windows Server 2012 R2', 'server', [{ id: 'gw', label: 'RDPゲートウェイ', exposed: true }])],
      feeds,
      today,
    );
    expect(on(f, (x) => x.kind === 'eol')).toEqual([expect.objectContaining({ subject: expect.objectContaining({ id: 'SV-1' }) })]);
  });

  it('keeps a point and a device that are not linked apart', () => {
    const f = findingsOf([point('vpn', 'FortiOS 6.0.4'), device('FW-2', 'FortiOS 6.0.4', 'network')], feeds, today);
    expect(
      on(f, (x) => x.kind === 'eol')
        .map((x) => x.subject.id)
        .sort(),
    ).toEqual(['FW-2', 'vpn']);
  });
});

describe.skipIf(!haveSamples)('names and actions as a person reads them', () => {
  const server = (os: string): Subject => ({
    type: 'device',
    id: 'sv',
    label: 'sv',
    stamp: 'v1',
    deviceClass: 'server',
    exposed: false,
    maker: '',
    values: [{ field: 'os', text: os }],
  });

  it('does not say Windows Server twice, from the product files or the API labels', () => {
    const file = parseProductFile('windows-server.md', read('endoflife/products/windows-server.md').toString('utf8'));
    const api = { ...file, label: 'Windows Server' };
    for (const [product, title] of [
      [file, 'Microsoft Windows Server 2012 R2 はサポートが終了しています (2023-10-10)'],
      [api, 'Windows Server 2012 R2 はサポートが終了しています (2023-10-10)'],
    ] as const) {
      const [f] = findingsOf([server('Windows Server 2012 R2 Standard')], { kev: [], eol: [product], nvd: [] }, '2026-12-01');
      expect(f?.title).toBe(title);
    }
  });

  it('gives KEV’s required action in Japanese beside the original, and no English in the details', () => {
    const kev = parseKev(new Uint8Array(read('kev/known_exploited_vulnerabilities.2026-08-07.json')), 'kev.json').entries;
    const nvd = parseNvd('nvd', read('nvd/CVE-2018-13379.nvd-cve-2.0.json').toString('utf8'));
    const subject: Subject = { ...server('FortiOS 6.0.4'), maker: 'Fortinet', deviceClass: 'network' };
    const f = findingsOf([subject], { kev, eol: [], nvd }, '2026-12-01').find((x) => x.method === 'version-range');
    expect(f?.cves[0]).toMatchObject({
      requiredAction: 'Apply updates per vendor instructions.',
      action: { ja: 'ベンダーの指示に従って更新プログラムを適用してください。', complete: true },
    });
    expect(f?.detail.join('')).not.toMatch(/Apply|vendor/);
  });
});

describe.skipIf(!haveSamples)('a FortiGate named without its maker', () => {
  it('still finds the other FortiOS entries by name, marked 要確認, on the perimeter', () => {
    const kev = parseKev(new Uint8Array(read('kev/known_exploited_vulnerabilities.2026-08-07.json')), 'kev.json');
    const subject: Subject = {
      type: 'connection',
      id: 'c',
      label: 'VPN',
      stamp: 'v1',
      deviceClass: 'connection',
      exposed: true,
      maker: '',
      values: [{ field: 'firmware', text: 'FortiGate-60E / FortiOS 6.0.4' }],
    };
    const f = findingsOf([subject], { kev: kev.entries, eol: [], nvd: [] }, '2026-12-01');
    expect(f.find((x) => x.method === 'name-only')).toMatchObject({
      severity: 'critical',
      confidence: 'low',
      title: expect.stringContaining('要確認'),
    });
  });
});

describe('a site’s own spellings', () => {
  it('apply to ledger values before matching, and leave others as they are', async () => {
    const { withAliases } = await import('../../../domain/findings/match.ts');
    expect(
      withAliases('ﾌｫｰﾁｹﾞｰﾄ 60E / ﾌｫｰﾁOS 6.0.4', [
        ['ふぉーちげーと', 'fortigate'],
        ['ふぉーちos', 'fortios'],
      ]),
    ).toBe('fortigate 60e / fortios 6.0.4');
    expect(withAliases('Windows 10', [['ふぉーちos', 'fortios']])).toBe('Windows 10');
  });
});
