import { describe, expect, it } from 'vitest';
import type { ConnectionFact, DeviceFact, LedgerFacts } from './suggest.ts';
import { suggest, topicOf } from './suggest.ts';

const device = (over: Partial<DeviceFact> = {}): DeviceFact => ({
  id: 'd1',
  label: 'SV-1 EMR',
  deviceClass: 'server',
  status: 'active',
  assetNo: 'SV-1',
  maker: '富士通',
  os: 'Windows Server 2019',
  hostname: 'EMR',
  location: 'サーバ室',
  ipAddress: '192.168.1.10',
  vendorName: 'ABC',
  remoteMaintenance: true,
  supportEnd: '2029-01-09',
  lastPatch: '2026-11-01',
  usbRestricted: true,
  servicesReviewedOn: '2026-06-01',
  ...over,
});
const point = (over: Partial<ConnectionFact> = {}): ConnectionFact => ({
  id: 'c1',
  label: '保守用VPN',
  kind: 'vpn',
  status: 'active',
  sourceRestriction: 'restricted',
  mfa: true,
  ...over,
});
const facts = (over: Partial<LedgerFacts> = {}): LedgerFacts => ({
  devices: [device()],
  connections: [point()],
  ledgerReviewedOn: '2026-04-01',
  today: '2026-12-01',
  patchMaxDays: 90,
  ...over,
});
const item = (text: string, targets: ('general' | 'server' | 'pc' | 'network')[] = ['general']) => ({ text, targets });

describe('which item is about what', () => {
  it('recognises the items by their words, not the R7 password note on 二要素認証', () => {
    expect(topicOf({ text: 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。' })).toBe('ledger');
    expect(topicOf({ text: '接続元制限を実施している。' })).toBe('source');
    expect(topicOf({ text: null, textFragment: 'USB ストレージ等の外部記録媒' })).toBe('usb');
    expect(topicOf({ text: 'パスワードは英数字…※二要素認証、または 13 文字以上の場合は定期的な変更は不要' })).toBeNull();
    expect(topicOf({ text: 'アクセスログを管理している。' })).toBeNull();
  });
});

describe('suggested answers from the ledgers', () => {
  it('2(8): いいえ when a connection point has no source restriction, naming it', () => {
    const s = suggest(
      item('接続元制限を実施している。', ['network']),
      facts({ connections: [point(), point({ id: 'c2', label: 'FGT 保守VPN', sourceRestriction: 'none' })] }),
    );
    expect(s).toMatchObject({
      answer: 'no',
      reasons: ['接続元制限のない外部接続点があります: FGT 保守VPN'],
      rows: [{ type: 'connection', id: 'c2' }],
    });
    expect(suggest(item('接続元制限を実施している。'), facts({ connections: [] }))?.answer).toBe('unknown');
    expect(suggest(item('接続元制限を実施している。'), facts())?.answer).toBe('yes');
  });

  it('patches: いいえ past support end or unpatched too long, 判断できない without a patch date, for the item’s class only', () => {
    const text = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。';
    const eol = facts({ devices: [device({ supportEnd: '2023-10-10', label: 'WS2012R2' })] });
    expect(suggest(item(text, ['server']), eol)).toMatchObject({ answer: 'no', reasons: ['サポートが終了した機器があります: WS2012R2'] });
    expect(suggest(item(text, ['pc']), eol)?.answer).toBe('unknown');
    expect(suggest(item(text), facts({ devices: [device({ lastPatch: '2026-06-01' })] }))?.reasons[0]).toContain('90 日を超えて');
    expect(suggest(item(text), facts({ patchMaxDays: 365, devices: [device({ lastPatch: '2026-06-01' })] }))?.answer).toBe('yes');
    expect(suggest(item(text), facts({ devices: [device({ lastPatch: null })] }))?.answer).toBe('unknown');
  });

  it('2(1): needs the columns filled and a review within 12 months', () => {
    const text = 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。';
    expect(suggest(item(text), facts())?.answer).toBe('yes');
    expect(suggest(item(text), facts({ ledgerReviewedOn: '2025-06-01' }))?.reasons).toEqual([
      '機器台帳の最後の点検 (2025-06-01) から 12 か月を過ぎています。',
    ]);
    expect(suggest(item(text), facts({ devices: [device({ ipAddress: '' })] }))?.answer).toBe('no');
  });

  it('2(2), USB, services and MFA', () => {
    expect(
      suggest(
        item('リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した。'),
        facts({ devices: [device({ remoteMaintenance: null })] }),
      )?.answer,
    ).toBe('no');
    expect(
      suggest(
        { text: null, textFragment: 'USB ストレージ等', targets: ['general'] },
        facts({ devices: [device({ usbRestricted: false })] }),
      )?.answer,
    ).toBe('no');
    expect(
      suggest(
        item('バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。'),
        facts({ devices: [device({ servicesReviewedOn: null })] }),
      )?.answer,
    ).toBe('unknown');
    expect(suggest(item('二要素認証を導入している。'), facts({ connections: [point({ kind: 'rdp', mfa: false })] }))?.answer).toBe('no');
    // retired devices do not count
    expect(
      suggest(item('接続元制限を実施している。'), facts({ connections: [point({ status: 'retired', sourceRestriction: 'none' })] }))
        ?.answer,
    ).toBe('unknown');
  });
});
