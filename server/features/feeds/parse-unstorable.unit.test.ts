// A feed file carrying text PostgreSQL cannot store is refused naming the field, before anything is
// written (KEV as JSON and CSV, NVD, endoflife.date), like every other input.
import { describe, expect, it } from 'vitest';
import { parseEolJson } from './parse-eol.ts';
import { parseKev } from './parse-kev.ts';
import { parseNvd } from './parse-nvd.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const kevEntry = { cveID: 'CVE-2024-0001', vendorProject: 'Acme\u0000', product: 'VPN', dateAdded: '2024-01-02' };

describe('feed files with unstorable text', () => {
  it('refuses a KEV JSON or CSV entry holding a NUL', () => {
    const json = JSON.stringify({ catalogVersion: '2024.01.02', vulnerabilities: [kevEntry] });
    expect(() => parseKev(bytes(json), 'kev.json')).toThrow(/vulnerabilities\.0\.vendorProject に使用できない文字/);
    expect(() => parseKev(bytes('cveID,vendorProject,product,dateAdded\nCVE-2024-0001,Acme\u0000,VPN,2024-01-02\n'), 'kev.csv')).toThrow(
      /0\.vendorProject に使用できない文字/,
    );
  });

  it('refuses NVD and endoflife.date files holding a lone surrogate', () => {
    const nvd = JSON.stringify({ vulnerabilities: [{ cve: { id: 'CVE-2024-0001', descriptions: [{ value: 'x\uD800' }] } }] });
    expect(() => parseNvd('nvd.json', nvd)).toThrow(/nvd\.json: vulnerabilities\.0\.cve\.descriptions\.0\.value/);
    const eol = JSON.stringify({ schema_version: '1.2.0', result: { name: 'win\uDC00', releases: [] } });
    expect(() => parseEolJson('eol.json', eol)).toThrow(/eol\.json: result\.name/);
  });
});
