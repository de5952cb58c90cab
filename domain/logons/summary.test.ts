import { describe, expect, it } from 'vitest';
import type { LogonEvent } from './events.ts';
import { createSummary, type SummaryOptions } from './summary.ts';
import { ev, times } from './test-events.test-helpers.ts';

const summarise = (events: LogonEvent[], options: SummaryOptions = {}) => {
  const s = createSummary(options);
  for (const e of events) s.add(e);
  return s.result();
};

describe('the summary per account and system', () => {
  it('counts logons by class, failures by status, sources and the hours of the day in Japan time', () => {
    const result = summarise([
      ev({ at: '2026-11-30 08:12', type: 2, source: '-' }),
      ev({ at: '2026-11-30 08:40', type: 3, source: '192.168.10.21' }),
      ev({ at: '2026-11-30 09:05', type: 10, source: '192.168.10.35' }),
      ev({ at: '2026-11-30 09:06', eventId: 4625, source: '192.168.10.35' }),
      ev({ at: '2026-11-30 09:07', eventId: 4625, source: '192.168.10.35', subStatus: '0xC0000234' }),
      ev({ at: '2026-11-30 23:30', type: 7, source: '-' }),
      ev({ at: '2026-11-30 17:00', eventId: 4634, type: 3 }),
      ev({ at: '2026-11-30 10:00', account: 'yamada.t', system: 'pacs-sv' }),
    ]);
    expect(result).toMatchObject({ events: 8, from: '2026-11-29T23:12:00.000Z', to: '2026-11-30T14:30:00.000Z' });
    expect(result.accounts.map((a) => [a.system, a.account])).toEqual([
      ['karte-sv01', 'saito.h'],
      ['pacs-sv', 'yamada.t'],
    ]);
    const saito = result.accounts[0];
    expect(saito).toMatchObject({
      domain: 'BYOIN',
      accountKind: 'user',
      logons: { interactive: 1, network: 1, rdp: 1, unlock: 1, service: 0, batch: 0, cached: 0, other: 0 },
      logonTotal: 4,
      failures: 2,
      failuresByStatus: { '0xC000006A': 1, '0xC0000234': 1 },
      logoffs: 1,
      sources: [
        { address: '192.168.10.35', count: 3 },
        { address: '192.168.10.21', count: 1 },
      ],
      rdpSources: [{ address: '192.168.10.35', count: 1 }],
      firstSeen: '2026-11-29T23:12:00.000Z',
      lastLogon: '2026-11-30T14:30:00.000Z',
      lastFailure: '2026-11-30T00:07:00.000Z',
    });
    expect(saito?.hours[8]).toBe(2);
    expect(saito?.hours[9]).toBe(1);
    expect(saito?.hours[23]).toBe(1);
    expect(saito?.humanHours[8]).toBe(1);
    expect(saito?.nightLogons.map((r) => r.time)).toEqual(['2026-11-30T14:30:00.000Z']);
    expect(saito?.recentLogons.map((r) => r.time)).toEqual([
      '2026-11-30T14:30:00.000Z',
      '2026-11-30T00:05:00.000Z',
      '2026-11-29T23:40:00.000Z',
      '2026-11-29T23:12:00.000Z',
    ]);
    expect(result.sources.find((s) => s.address === '192.168.10.35')).toMatchObject({
      logons: 1,
      failures: 2,
      rdp: 1,
      accounts: ['saito.h'],
    });
  });

  it('counts under the system the caller names', () => {
    const result = summarise([ev({ at: '2026-11-30 08:00', system: '' })], { system: '電子カルテ' });
    expect(result.accounts[0]?.system).toBe('電子カルテ');
  });

  it('keeps failures for user names that do not exist per system, not per account', () => {
    const names = Array.from({ length: 80 }, (_, i) => `guess${i}`);
    const result = summarise(
      names.map((account, i) =>
        ev({ at: `2026-11-30 03:${String(i % 60).padStart(2, '0')}`, account, eventId: 4625, subStatus: '0xC0000064' }),
      ),
    );
    expect(result.accounts).toEqual([]);
    expect(result.unknownUsers).toEqual([{ system: 'karte-sv01', failures: 80, names: names.slice(0, 50), otherNames: 30 }]);
  });

  it('stops adding accounts at the cap and counts what it left out', () => {
    const result = summarise(
      Array.from({ length: 10 }, (_, i) => ev({ at: '2026-11-30 08:00', account: `u${i}` })),
      { maxAccounts: 4 },
    );
    expect(result.accounts).toHaveLength(4);
    expect(result.overflow.accountEvents).toBe(6);
  });
});

describe('bursts of failures', () => {
  const failures = (account: string, at: string[], source = '203.0.113.77') => at.map((t) => ev({ at: t, account, eventId: 4625, source }));

  it('finds 10 failures for one account within 5 minutes, and extends the burst while they go on', () => {
    const result = summarise(failures('saito.h', times('2026-11-30 02:00', 14, 20)));
    const byAccount = result.bursts.filter((b) => b.by === 'account');
    expect(byAccount).toEqual([
      {
        by: 'account',
        account: 'saito.h',
        system: 'karte-sv01',
        source: null,
        start: '2026-11-29T17:00:00.000Z',
        end: '2026-11-29T17:04:20.000Z',
        failures: 14,
        seen: ['203.0.113.77'],
        succeeded: null,
      },
    ]);
  });

  it('does not find 9 failures, nor 10 spread over more than 5 minutes', () => {
    expect(summarise(failures('saito.h', times('2026-11-30 02:00', 9, 10))).bursts).toEqual([]);
    expect(summarise(failures('saito.h', times('2026-11-30 02:00', 10, 40))).bursts).toEqual([]);
  });

  it('finds a source trying many accounts (password spraying)', () => {
    const at = times('2026-11-30 02:00', 12, 5);
    const result = summarise(at.map((t, i) => ev({ at: t, account: `user${i}`, eventId: 4625, source: '198.51.100.9' })));
    expect(result.bursts).toEqual([
      expect.objectContaining({ by: 'source', source: '198.51.100.9', failures: 12, seen: at.slice(0, 10).map((_, i) => `user${i}`) }),
    ]);
  });

  it('marks a burst followed by a successful logon, in either time order (Event Viewer writes the newest first)', () => {
    const events = [
      ...failures('saito.h', times('2026-11-30 02:00', 10, 10)),
      ev({ at: '2026-11-30 02:10', type: 10, source: '203.0.113.77' }),
    ];
    for (const list of [events, [...events].reverse()]) {
      const bursts = summarise(list).bursts;
      expect(bursts).toHaveLength(2);
      for (const b of bursts) expect(b.succeeded).toEqual({ time: '2026-11-29T17:10:00.000Z', account: 'saito.h', source: '203.0.113.77' });
    }
    // a success long after is not the guessing's
    const late = summarise([...failures('saito.h', times('2026-11-30 02:00', 10, 10)), ev({ at: '2026-11-30 09:00' })]);
    expect(late.bursts[0]?.succeeded).toBeNull();
  });
});

describe('bounded memory', () => {
  /** `n` events for 50 accounts on 3 systems from 20 addresses, one a minute, a failure every 7th, logons at every hour. */
  function synthetic(n: number) {
    const summary = createSummary();
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < n; i++) {
      const account = `user${i % 50}`;
      const time = new Date(t0 + i * 60_000).toISOString();
      const failure = i % 7 === 0;
      summary.add({
        time,
        eventId: failure ? 4625 : 4624,
        kind: failure ? 'failure' : 'logon',
        account,
        domain: 'BYOIN',
        accountKind: 'user',
        logonType: [2, 3, 10, 7][i % 4] ?? 3,
        logonClass: (['interactive', 'network', 'rdp', 'unlock'] as const)[i % 4] ?? 'network',
        source: `192.168.10.${i % 20}`,
        local: false,
        workstation: null,
        status: failure ? '0xC000006D' : null,
        subStatus: failure ? (['0xC000006A', '0xC0000234', '0xC0000072'][i % 3] ?? null) : null,
        computer: `sv${i % 3}`,
        line: i + 1,
      });
    }
    return summary;
  }

  it('holds as many entries after 200,000 events as after 20,000', () => {
    const small = synthetic(20_000);
    const large = synthetic(200_000);
    expect(large.result().events).toBe(200_000);
    expect(large.retained()).toBe(small.retained());
    const shape = (s: ReturnType<typeof synthetic>) => {
      const r = s.result();
      return {
        accounts: r.accounts.length,
        sources: r.sources.length,
        perAccount: r.accounts.map((a) => [
          a.sources.length,
          a.rdpSources.length,
          a.recentLogons.length,
          a.nightLogons.length,
          Object.keys(a.failuresByStatus).length,
        ]),
        bursts: r.bursts.length,
      };
    };
    expect(shape(large)).toEqual(shape(small));
    expect(shape(small).accounts).toBe(150);
  });
});
