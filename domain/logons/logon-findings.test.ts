import { describe, expect, it } from 'vitest';
import type { LogonEvent } from './events.ts';
import { type LogonFindingInput, logonFindings } from './logon-findings.ts';
import { createSummary } from './summary.ts';
import { ev, times } from './test-events.test-helpers.ts';

const RANGES = ['192.168.0.0/16', '2001:db8:1::/48'];

function find(events: LogonEvent[], input: Partial<LogonFindingInput> = {}) {
  const s = createSummary();
  for (const e of events) s.add(e);
  return logonFindings(s.result(), { ranges: RANGES, ...input });
}

/** A person's day: logons at 8:30 and 13:00 on `days` days from 2026-11-01. */
const daytime = (account: string, days: number) =>
  Array.from({ length: days }, (_, d) => {
    const day = `2026-11-${String(d + 1).padStart(2, '0')}`;
    return [
      ev({ at: `${day} 08:30`, account, type: 2, source: '-' }),
      ev({ at: `${day} 13:00`, account, type: 10, source: '192.168.10.35' }),
    ];
  }).flat();

describe('RDP from outside the institution', () => {
  it('finds an RDP logon from outside the ranges, not one from inside, nor a local one', () => {
    const { findings } = find([
      ev({ at: '2026-11-30 23:12', account: 'takahashi.i', type: 10, source: '203.0.113.50' }),
      ev({ at: '2026-11-30 23:12', account: 'takahashi.i', eventId: 1149, type: null, source: '203.0.113.50' }),
      ev({ at: '2026-11-30 09:00', account: 'saito.h', type: 10, source: '192.168.10.35' }),
      ev({ at: '2026-11-30 09:00', account: 'saito.h', type: 10, source: '2001:db8:1::20' }),
      ev({ at: '2026-11-30 09:00', account: 'saito.h', type: 10, source: '::1' }),
      ev({ at: '2026-11-30 09:00', account: 'yamada.t', type: 3, source: '198.51.100.9' }),
    ]);
    const rdp = findings.filter((f) => f.kind === 'rdp-outside');
    expect(rdp).toEqual([
      {
        id: 'logon:rdp-outside:karte-sv01:takahashi.i:203.0.113.50',
        kind: 'rdp-outside',
        severity: 'high',
        title: '施設の外のアドレス (203.0.113.50) から RDP でログオンしています: takahashi.i',
        detail: [
          'karte-sv01 に BYOIN\\takahashi.i が 203.0.113.50 からリモート デスクトップで 2 回ログオンしています (2026-11-30 23:12 〜 2026-11-30 23:12)。',
          expect.stringContaining('施設のアドレス範囲の外です'),
        ],
        account: 'takahashi.i',
        system: 'karte-sv01',
        address: '203.0.113.50',
      },
    ]);
  });

  it('says it cannot judge without ranges, and names ranges it cannot read', () => {
    const events = [ev({ at: '2026-11-30 23:12', account: 'takahashi.i', type: 10, source: '203.0.113.50' })];
    expect(find(events, { ranges: [] }).findings).toEqual([
      expect.objectContaining({
        kind: 'rdp-unjudged',
        severity: 'info',
        title: '施設のアドレス範囲が未設定のため、RDP の接続元を判定していません',
      }),
    ]);
    expect(find(events, { ranges: ['192.168.0.0/16', '192.168.1/24'] }).problems).toEqual([
      '「192.168.1/24」はアドレスの範囲として読み取れません (例: 192.168.0.0/16, 2001:db8::/32)',
    ]);
  });
});

describe('leavers and disabled accounts', () => {
  const events = [
    ev({ at: '2026-03-31 17:00', account: 'saito.h', type: 2, source: '-' }),
    ev({ at: '2026-04-02 22:15', account: 'saito.h', type: 10, source: '192.168.10.35' }),
    ev({ at: '2026-04-03 10:00', account: 'yamada.t', eventId: 4625, source: '192.168.10.40' }),
    ev({ at: '2026-03-20 10:00', account: 'suzuki.k', type: 2, source: '-' }),
  ];

  it("finds a leaver's account used after the leave date, whatever the case and domain of the ID given", () => {
    const { findings } = find(events, {
      accounts: [
        { id: 'BYOIN\\Saito.H', status: 'leaver', since: '2026-03-31', label: '齋藤 花子' },
        { id: 'suzuki.k', status: 'leaver', since: '2026-03-31' },
      ],
    });
    const leaver = findings.filter((f) => f.kind === 'leaver-logon');
    expect(leaver).toEqual([
      expect.objectContaining({
        severity: 'critical',
        account: 'saito.h',
        title: '退職者のアカウントが退職日 (2026-03-31) の後に使われています: BYOIN\\saito.h (齋藤 花子)',
        address: '192.168.10.35',
      }),
    ]);
    // the logon on the leave day itself is not after it
    expect(leaver[0]?.detail[0]).toBe(
      'karte-sv01 での最後のログオン: 2026-04-02 22:15。日付の後のログオン (新しい順、最大 5 件): 2026-04-02 22:15 (RDP、接続元 192.168.10.35)。',
    );
  });

  it("finds a disabled account's logon after it was disabled, and attempts on a leaver's account", () => {
    const { findings } = find(events, {
      accounts: [
        { id: 'saito.h', status: 'disabled', since: '2026-04-01' },
        { id: 'yamada.t', status: 'leaver', since: '2026-03-31' },
      ],
    });
    expect(findings.map((f) => [f.kind, f.severity, f.account])).toEqual([
      ['disabled-logon', 'high', 'saito.h'],
      ['leaver-attempt', 'medium', 'yamada.t'],
    ]);
    expect(findings[1]?.detail[0]).toContain('パスワードの誤り 1 回');
  });
});

describe('bursts of failures', () => {
  it('finds password guessing, 重大 when a logon succeeded after it', () => {
    const guessing = times('2026-11-30 02:00', 12, 15).map((at) => ev({ at, account: 'admin', eventId: 4625, source: '203.0.113.77' }));
    const { findings } = find([...guessing, ev({ at: '2026-11-30 02:05', account: 'admin', type: 10, source: '203.0.113.77' })]);
    const bursts = findings.filter((f) => f.kind === 'failure-burst').sort((a, b) => (a.account ? 0 : 1) - (b.account ? 0 : 1));
    expect(bursts.map((f) => [f.severity, f.account, f.address])).toEqual([
      ['critical', 'admin', '203.0.113.77'],
      ['critical', null, '203.0.113.77'],
    ]);
    expect(bursts[1]?.title).toBe('203.0.113.77 からログオンの失敗が続いています (パスワードの推測の疑い): 12 回');
    expect(bursts[0]?.title).toBe('ログオンの失敗が続いています (パスワードの推測の疑い): admin に 12 回');
    expect(bursts[0]?.detail[0]).toContain('Mamori の目安: 5 分以内に 10 回以上の失敗');
    expect(bursts[0]?.detail[1]).toContain('パスワードが破られたおそれがあります');
    const failedOnly = find(guessing).findings.filter((f) => f.kind === 'failure-burst');
    expect(failedOnly.map((f) => f.severity)).toEqual(['high', 'high']);
  });
});

describe('logons at night', () => {
  it('finds a night logon by an account that otherwise logs on in the day', () => {
    const { findings } = find([
      ...daytime('saito.h', 15),
      ev({ at: '2026-11-20 02:40', account: 'saito.h', type: 10, source: '192.168.10.35' }),
    ]);
    const night = findings.filter((f) => f.kind === 'night-logon');
    expect(night).toEqual([
      expect.objectContaining({
        severity: 'medium',
        account: 'saito.h',
        system: 'karte-sv01',
        title: 'いつもは日中だけのアカウントが夜間にログオンしています: BYOIN\\saito.h (1 回)',
        address: '192.168.10.35',
      }),
    ]);
    expect(night[0]?.detail[1]).toBe(
      'このアカウントの端末・RDP のログオン 31 回のうち 96.7% は日中です (Mamori の目安: 20 回以上のログオンの 95% 以上が日中のアカウントの夜間のログオン)。',
    );
  });

  it('does not find night logons of a night-shift account, of an account with few logons, or network logons', () => {
    const nightShift = [
      ...daytime('kango.a', 10),
      ...Array.from({ length: 5 }, (_, d) => ev({ at: `2026-11-1${d} 23:30`, account: 'kango.a', type: 2 })),
    ];
    const few = [...daytime('new.b', 5), ev({ at: '2026-11-20 02:40', account: 'new.b', type: 2 })];
    const network = [...daytime('svc.c', 15), ev({ at: '2026-11-20 02:40', account: 'svc.c', type: 3 })];
    expect(find([...nightShift, ...few, ...network]).findings.filter((f) => f.kind === 'night-logon')).toEqual([]);
  });
});
