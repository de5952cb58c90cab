import { describe, expect, it } from 'vitest';
import { maintenanceVendors } from './maintenance.ts';
import { suggest, topicOf } from './suggest.ts';
import { confirmation, device, facts, point } from './test-facts.ts';

const item = (text: string, targets: ('general' | 'server' | 'pc' | 'network')[] = ['general']) => ({ text, targets });
const LEDGER = item('サーバ、端末PC、ネットワーク機器の台帳管理を行っている。');
const REMOTE = item('リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した。');
const SOURCE = item('接続元制限を実施している。', ['network']);
const PATCH = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。';

describe('which item is about what', () => {
  it('recognises the items by their words, the R7 password item (which mentions 二要素認証) as the password item, not 二要素認証', () => {
    expect(topicOf({ text: 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。' })).toBe('ledger');
    expect(topicOf({ text: '接続元制限を実施している。' })).toBe('source');
    expect(topicOf({ text: null, textFragment: 'USB ストレージ等の外部記録媒' })).toBe('usb');
    expect(topicOf({ text: 'パスワードは英数字…※二要素認証、または 13 文字以上の場合は定期的な変更は不要' })).toBe('password');
    expect(topicOf({ text: 'アクセスログを管理している。' })).toBe('logs');
  });
});

describe('2(1) 台帳管理: a partial ledger, or one without versions, is いいえ', () => {
  it('says はい for complete rows reviewed within 12 months, and names what it cannot know', () => {
    const s = suggest(LEDGER, facts());
    expect(s?.answer).toBe('yes');
    expect(s?.cannotTell.join()).toContain('台帳に載っていない機器');
  });

  it('says いいえ for a row without software, without a version, or without 利用者, naming the rows', () => {
    for (const over of [{ software: [] }, { software: [{ name: '〇〇電子カルテ', version: '' }] }, { userName: '' }]) {
      const s = suggest(LEDGER, facts({ devices: [device(), device({ id: 'd2', label: 'PC-2', deviceClass: 'pc', ...over })] }));
      expect(s, JSON.stringify(over)).toMatchObject({ answer: 'no', rows: [{ type: 'device', id: 'd2' }] });
      expect(s?.reasons.join()).toContain('PC-2');
    }
  });

  it('takes a network device’s firmware version from its OS column, and refuses one without a version', () => {
    const fw = (os: string) => device({ id: 'n1', label: 'FGT', deviceClass: 'network', os, software: [] });
    expect(suggest(LEDGER, facts({ devices: [fw('FortiOS 6.0.4')] }))?.answer).toBe('yes');
    expect(suggest(LEDGER, facts({ devices: [fw('FortiOS')] }))?.answer).toBe('no');
  });

  it('counts a device whose class could not be inferred, and leaves out medical devices', () => {
    const unknownClass = device({ id: 'x', label: '謎の箱', deviceClass: 'other', ipAddress: '' });
    const s = suggest(LEDGER, facts({ devices: [device(), unknownClass] }));
    expect(s).toMatchObject({ answer: 'no', rows: [{ id: 'x' }] });
    expect(s?.cannotTell.join()).toContain('種類が「その他」の機器 1 台');
    expect(suggest(LEDGER, facts({ devices: [device(), { ...unknownClass, deviceClass: 'medical' }] }))?.answer).toBe('yes');
  });

  it('cannot tell without a review record, and labels the 12-month review as Mamori’s advice', () => {
    expect(suggest(LEDGER, facts({ ledgerReviewedOn: null }))?.answer).toBe('unknown');
    const old = suggest(LEDGER, facts({ ledgerReviewedOn: '2025-06-01' }));
    expect(old).toMatchObject({ answer: 'unknown' });
    expect(old?.reasons).toEqual(['機器台帳の最後の点検 (2025-06-01) から 12 か月を過ぎています (Mamori の目安: 12 か月ごとの点検)。']);
  });
});

describe('2(2) リモートメンテナンス: はい only with a recorded confirmation per maintenance vendor', () => {
  it('says いいえ when a vendor has no confirmation, even with the ledger column filled, naming the vendor', () => {
    const s = suggest(REMOTE, facts({ confirmations: [] }));
    expect(s?.answer).toBe('no');
    expect(s?.reasons[0]).toBe('リモートメンテナンスの有無を確認した記録がない保守事業者があります: ABCメディカル株式会社');
  });

  it('folds vendor names as the 事業者確認用 rules do, and asks for every vendor of devices and connection points', () => {
    expect(maintenanceVendors([device()], [point({ vendorName: 'ＡＢＣメディカル' })]).map((v) => v.key)).toEqual(['abcメディカル']);
    const two = facts({ connections: [point(), point({ id: 'c2', label: '回線', kind: 'internet', vendorName: 'XYZ通信' })] });
    expect(suggest(REMOTE, two)?.reasons[0]).toContain(': XYZ通信');
    const s = suggest(REMOTE, facts());
    expect(s?.answer).toBe('yes');
    expect(s?.reasons[0]).toContain('ABCメディカル (2026-10-01、作業報告書)');
  });

  it('cannot tell when the confirmation is over 12 months old (Mamori’s advice) or the ledger contradicts it', () => {
    const old = suggest(REMOTE, facts({ confirmations: [confirmation({ confirmedOn: '2025-09-01' })] }));
    expect(old).toMatchObject({ answer: 'unknown', reasons: [expect.stringContaining('Mamori の目安')] });
    const contradicted = suggest(REMOTE, facts({ confirmations: [confirmation({ remoteFound: false })] }));
    expect(contradicted).toMatchObject({ answer: 'unknown', reasons: [expect.stringContaining('保守用VPN')] });
  });

  it('cannot tell without any vendor in the ledgers (記入不要 without a contract)', () => {
    const s = suggest(REMOTE, facts({ devices: [device({ vendorName: '' })], connections: [], confirmations: [] }));
    expect(s?.answer).toBe('unknown');
    expect(s?.cannotTell.join()).toContain('保守事業者の欄が空の機器 1 台');
  });
});

describe('接続元制限 covers the 外部接続点, their country restriction and the wireless LAN', () => {
  it('says いいえ when a connection point has no source restriction, naming it', () => {
    const s = suggest(SOURCE, facts({ connections: [point(), point({ id: 'c2', label: 'FGT 保守VPN', sourceRestriction: 'none' })] }));
    expect(s).toMatchObject({
      answer: 'no',
      reasons: ['接続元制限のない外部接続点があります: FGT 保守VPN'],
      rows: [{ type: 'connection', id: 'c2' }],
    });
    expect(suggest(SOURCE, facts({ connections: [] }))?.answer).toBe('unknown');
    expect(suggest(SOURCE, facts({ connections: [point({ status: 'retired', sourceRestriction: 'none' })] }))?.answer).toBe('unknown');
  });

  it('says a country restriction alone still lets everyone there in, and counts it where it adds to an address restriction', () => {
    const geoOnly = suggest(SOURCE, facts({ connections: [point({ sourceRestriction: 'none', geoRestriction: '日本国内のみ' })] }));
    expect(geoOnly?.answer).toBe('no');
    expect(geoOnly?.reasons[0]).toContain('国・地域を制限していますが、その国・地域からはだれでも接続できます');
    expect(suggest(SOURCE, facts({ connections: [point({ geoRestriction: '日本' })] }))?.reasons[0]).toContain('うち 1 件は国・地域も制限');
  });

  it('reads the wireless LAN access points: 802.1X / MAC filtering noted, not noted, or noted as off', () => {
    const ap = (description: string) =>
      device({
        id: 'ap',
        label: 'AP-1F',
        deviceClass: 'network',
        os: 'firmware 1.2',
        software: [],
        model: '無線LANアクセスポイント',
        description,
      });
    const noted = suggest(SOURCE, facts({ devices: [device(), ap('IEEE 802.1X で認証')] }));
    expect(noted).toMatchObject({ answer: 'yes', reasons: [expect.stringContaining('無線LAN のアクセスポイント 1 台すべて')] });
    expect(suggest(SOURCE, facts({ devices: [ap('')] }))).toMatchObject({ answer: 'unknown', rows: [{ id: 'ap' }] });
    expect(suggest(SOURCE, facts({ devices: [ap('MACアドレスフィルタなし')] }))?.answer).toBe('no');
    expect(suggest(SOURCE, facts())?.cannotTell.join()).toContain('無線LAN を使っているか');
  });
});

describe('patches', () => {
  const item7 = (targets: ('general' | 'server' | 'pc' | 'network')[] = ['general']) => item(PATCH, targets);

  it('いいえ past support end or unpatched too long (Mamori’s advice), for the item’s class only', () => {
    const eol = facts({ devices: [device({ supportEnd: '2023-10-10', label: 'WS2012R2' })] });
    expect(suggest(item7(['server']), eol)).toMatchObject({ answer: 'no', reasons: ['サポートが終了した機器があります: WS2012R2'] });
    expect(suggest(item7(['pc']), eol)?.answer).toBe('unknown');
    const stale = suggest(item7(), facts({ devices: [device({ lastPatch: '2026-06-01' })] }));
    expect(stale?.reasons[0]).toMatch(/90 日を超えて.*Mamori の目安/);
    expect(suggest(item7(), facts({ patchMaxDays: 365, devices: [device({ lastPatch: '2026-06-01' })] }))?.answer).toBe('yes');
  });

  it('cannot tell without a patch date, or with a blank support end the end-of-life data does not know', () => {
    expect(suggest(item7(), facts({ devices: [device({ lastPatch: null })] }))?.answer).toBe('unknown');
    const blank = suggest(item7(), facts({ devices: [device({ supportEnd: null, supportFromData: null })] }));
    expect(blank).toMatchObject({ answer: 'unknown', reasons: [expect.stringContaining('サポート中か分からない機器が 1 台')] });
    expect(suggest(item7(), facts({ devices: [device({ supportEnd: null, supportFromData: false })] }))?.answer).toBe('yes');
  });

  it('tells that a row of class その他 may belong to a one-class item', () => {
    const s = suggest(item7(['server']), facts({ devices: [device(), device({ id: 'o', label: '箱', deviceClass: 'other' })] }));
    expect(s?.answer).toBe('yes');
    expect(s?.cannotTell.join()).toContain('種類が「その他」の機器 1 台 (箱)');
  });
});

describe('USB, services and two-factor authentication', () => {
  it('reads their columns, and never says はい for 二要素認証 from the connection register alone', () => {
    const usb = { text: null, textFragment: 'USB ストレージ等', targets: ['general' as const] };
    expect(suggest(usb, facts({ devices: [device({ usbRestricted: false })] }))?.answer).toBe('no');
    expect(suggest(usb, facts())?.answer).toBe('yes');
    const services = item('バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。');
    expect(suggest(services, facts({ devices: [device({ servicesReviewedOn: null })] }))?.answer).toBe('unknown');
    expect(suggest(services, facts({ devices: [device({ servicesReviewedOn: '2025-06-01' })] }))?.reasons[0]).toContain('Mamori の目安');
    const mfa = item('二要素認証を導入している。');
    expect(suggest(mfa, facts({ connections: [point({ kind: 'rdp', mfa: false })] }))?.answer).toBe('no');
    expect(suggest(mfa, facts())).toMatchObject({
      answer: 'unknown',
      reasons: [expect.stringContaining('ログインの二要素認証は台帳からは分かりません')],
    });
  });
});

describe('every suggestion', () => {
  const items = [LEDGER, REMOTE, SOURCE, item(PATCH), item('二要素認証を導入している。'), { text: 'USB', targets: ['general' as const] }];
  it('says what it cannot know, and never calls Mamori’s thresholds the 手引き’s', () => {
    for (const f of [facts(), facts({ ledgerReviewedOn: '2024-01-01', devices: [device({ lastPatch: '2025-01-01' })] })]) {
      for (const i of items) {
        const s = suggest(i, f);
        expect(s?.cannotTell.length, i.text).toBeGreaterThan(0);
        for (const r of s?.reasons ?? []) {
          if (/12 か月|日を超えて/.test(r)) expect(r).toContain('Mamori の目安');
          expect(r).not.toMatch(/手引き/);
        }
      }
    }
  });
});
