import { describe, expect, it } from 'vitest';
import { accountHistoryOf } from './history.ts';

const ev = (action: string, at: string, after: unknown) => ({ action, at, actor: '情報 担当', before: null, after });

describe("an account's history from the audit log", () => {
  const events = [
    ev('accounts.imported', '2026-10-01T00:00:00.000Z', { fileName: 'ad.csv', created: ['Takahashi.I', 'saito.h'], updated: [] }),
    ev('accounts.imported', '2026-11-01T00:00:00.000Z', {
      fileName: 'ad2.csv',
      created: [],
      updated: [{ accountId: 'takahashi.i', columns: ['lastLogonAt', 'raw', 'accountKey'] }],
    }),
    ev('accounts.imported', '2026-11-02T00:00:00.000Z', {
      fileName: 'ad3.csv',
      created: [],
      updated: [{ accountId: 'takahashi.i', columns: ['raw'] }],
    }),
    ev('account_review.decided', '2026-11-10T00:00:00.000Z', { accountId: 'TAKAHASHI.I', decision: 'disable', reason: '退職' }),
    ev('account_review.decided', '2026-11-10T00:01:00.000Z', { accountId: 'saito.h', decision: 'keep', reason: '' }),
    ev('account_review.signed', '2026-11-11T00:00:00.000Z', { changed: [{ accountId: 'takahashi.i', from: 'active', to: 'disabled' }] }),
    ev('logons.imported', '2026-11-12T00:00:00.000Z', { fileName: 'security.jsonl' }),
  ];

  it('names the imports, the decision and the status, newest first, by ID folded', () => {
    expect(accountHistoryOf('takahashi.i', events).map((e) => e.kind)).toEqual(['status', 'decided', 'updated', 'created']);
    expect(accountHistoryOf('takahashi.i', events)[2]).toMatchObject({ kind: 'updated', fileName: 'ad2.csv', columns: ['lastLogonAt'] });
    expect(accountHistoryOf('ｔａｋａｈａｓｈｉ.ｉ', events)).toHaveLength(4);
  });

  it('leaves out changes of what a person does not read (raw values), and other accounts', () => {
    expect(accountHistoryOf('saito.h', events).map((e) => e.kind)).toEqual(['decided', 'created']);
    expect(accountHistoryOf('nobody', events)).toEqual([]);
  });
});
