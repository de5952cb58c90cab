import { describe, expect, it } from 'vitest';
import { productName } from './names.ts';

describe('product names as a person reads them', () => {
  it('says a product once when the version label repeats it (endoflife.date API and product files)', () => {
    expect(productName('Windows Server', 'Windows Server 2012 R2')).toBe('Windows Server 2012 R2');
    expect(productName('Microsoft Windows Server', 'Windows Server 2012 R2')).toBe('Microsoft Windows Server 2012 R2');
    expect(productName('windows server', 'Windows Server 2012 R2')).toBe('Windows Server 2012 R2');
  });

  it('says a maker once when KEV’s product begins with it, and a ledger’s software once when its version repeats it', () => {
    expect(productName('SonicWall', 'SonicWall Email Security')).toBe('SonicWall Email Security');
    expect(productName('FortiOS', 'FortiOS 6.0.4')).toBe('FortiOS 6.0.4');
    expect(productName('Ｗｉｎｄｏｗｓ', 'Windows 10 22H2')).toBe('Windows 10 22H2');
  });

  it('keeps parts that do not repeat, in order, and skips empty ones', () => {
    expect(productName('Fortinet', 'FortiOS')).toBe('Fortinet FortiOS');
    expect(productName('FortiOS', '6.0')).toBe('FortiOS 6.0');
    expect(productName('Microsoft Windows', '10 22H2')).toBe('Microsoft Windows 10 22H2');
    expect(productName('Office', '', null, '2016')).toBe('Office 2016');
    expect(productName('Elastic', 'Elasticsearch')).toBe('Elastic Elasticsearch');
  });
});
