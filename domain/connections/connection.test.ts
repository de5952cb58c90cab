import { describe, expect, it } from 'vitest';
import { checkConnection, checkSource, connectionWarnings } from './connection.ts';

describe('connection points', () => {
  it('reads allowed sources as addresses, CIDR and ranges, and names a bad one', () => {
    expect(checkSource('203.0.113.0/24')).toBeNull();
    expect(checkSource('203.0.113.1-203.0.113.20')).toBeNull();
    expect(checkSource('2001:db8::/32')).toBeNull();
    expect(checkSource('203.0.113.0/33')).toMatch(/CIDR/);
    expect(checkSource('vendor.example.jp')).toMatch(/読み取れません/);
  });

  it('needs a name, sources when restricted, and takes "any" as no restriction', () => {
    const none = checkConnection({ name: '保守VPN', kind: 'vpn', sourceRestriction: 'restricted', allowedSources: 'any' });
    expect(none).toMatchObject({ ok: true, values: { sourceRestriction: 'none' } });
    const bad = checkConnection({ kind: 'vpn', sourceRestriction: 'restricted', confirmedOn: '令和7年2月30日' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.field)).toEqual(['name', 'allowedSources', 'confirmedOn']);
  });

  it('warns of a remote-access point without source restriction or MFA', () => {
    const r = checkConnection({
      name: 'VPN',
      kind: 'vpn',
      sourceRestriction: 'none',
      mfa: false,
      firmware: 'FortiOS 6.0.4',
      confirmedOn: '2026-11-01',
    });
    expect(r.ok && connectionWarnings(r.values)).toEqual(['接続元制限がありません', '多要素認証がありません']);
  });
});
