// One size of the matching benchmark, in its own process (its peak RSS is its own): N ledger rows
// (servers, PCs, network devices with OS and software as hospitals write them) checked against the
// full CISA KEV catalog, the endoflife.date product files and the NVD record of the samples.
// Usage: tsx bench/findings-child.ts N. Prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findingsOf, type Subject } from '../domain/findings/match.ts';
import { parseProductFile } from '../server/features/feeds/parse-eol.ts';
import { parseKev } from '../server/features/feeds/parse-kev.ts';
import { parseNvd } from '../server/features/feeds/parse-nvd.ts';
import { SAMPLES } from '../server/test/samples.ts';

const n = Number(process.argv[2] ?? 10_000);
const read = (p: string) => fs.readFileSync(path.join(SAMPLES, p));
const kev = parseKev(new Uint8Array(read('kev/known_exploited_vulnerabilities.2026-08-07.json')), 'kev.json').entries;
const dir = path.join(SAMPLES, 'endoflife/products');
const eol = fs.readdirSync(dir).map((f) => parseProductFile(f, read(`endoflife/products/${f}`).toString('utf8')));
const nvd = parseNvd('nvd', read('nvd/CVE-2018-13379.nvd-cve-2.0.json').toString('utf8'));
const OS = [
  'Windows 11 Pro 23H2',
  'Win10',
  'Windows Server 2012 R2',
  'Windows Server 2019',
  'Windows 8.1',
  'FortiOS 6.0.4',
  'FortiOS 7.2.8',
  'RHEL 8',
  'ESXi 6.7',
  'PAN-OS 10.1.3',
];
const SOFTWARE = [
  { name: 'Microsoft Office', version: '2016' },
  { name: 'SQL Server', version: '2014' },
  { name: '電子カルテ', version: '5.2' },
  { name: 'Internet Explorer', version: '11' },
];
const subjects: Subject[] = Array.from({ length: n }, (_, i) => {
  const os = OS[i % OS.length] ?? '';
  const network = /forti|pan-os/i.test(os);
  return {
    type: 'device',
    id: `d${i}`,
    label: `PC-${i}`,
    stamp: 'v1',
    deviceClass: network ? 'network' : /server|rhel|esxi/i.test(os) ? 'server' : 'pc',
    exposed: network && i % 50 === 0,
    maker: network ? 'Fortinet' : '富士通',
    values: [
      { field: 'os', text: os },
      ...SOFTWARE.slice(0, i % 4).map((s) => ({ field: 'software' as const, text: `${s.name} ${s.version}` })),
    ],
  };
});
const started = performance.now();
const findings = findingsOf(subjects, { kev, eol, nvd }, '2026-12-01');
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ n, ms, findings: findings.length, kev: kev.length, eolProducts: eol.length, peakKib: process.resourceUsage().maxRSS })}\n`,
);
