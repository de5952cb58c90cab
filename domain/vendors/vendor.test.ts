import { describe, expect, it } from 'vitest';
import { checkSystem, checkVendor, type SystemValues, systemAdvice, vendorKey } from './vendor.ts';

const DEVICE = '5b1f0c2e-8f61-4b7a-9a0e-2d3c4b5a6f70';
const POINT = '6c2a1d3f-9e72-4c8b-8b1f-3e4d5c6b7a81';

describe('checkVendor', () => {
  it('keeps the name as written and folds it so that two spellings of one company meet', () => {
    const a = checkVendor({ name: '株式会社 さくらメディカル' });
    const b = checkVendor({ name: 'ｻｸﾗﾒﾃﾞｨｶﾙ(株)' });
    expect(a.ok && a.values.name).toBe('株式会社 さくらメディカル');
    expect(a.ok && b.ok && a.values.nameKey === vendorKey('さくらメディカル')).toBe(true);
    expect(a.ok && a.values.status).toBe('active');
  });

  it('names the field of each problem in Japanese', () => {
    const r = checkVendor({ name: '  ', status: 'maybe', contactEntryId: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(['contactEntryId', 'name', 'status']);
    expect(r.problems.find((p) => p.field === 'status')?.message).toBe('状態: 「maybe」は選べる値ではありません');
  });

  it('refuses a name that is only a legal form', () => {
    const r = checkVendor({ name: '株式会社' });
    expect(r.ok).toBe(false);
  });
});

describe('checkSystem', () => {
  it('reads dates in 和暦, flags in words and the ids of ledger rows', () => {
    const r = checkSystem({
      name: '電子カルテ',
      kind: 'emr',
      contractFrom: '令和6年4月1日',
      contractTo: '2029/3/31',
      maintenanceContract: 'あり',
      remoteMaintenance: 'yes',
      remoteConfirmedBy: '情報システム課 佐藤',
      remoteConfirmedOn: 'R7.5.20',
      securityUpdates: 'vendor',
      securityUpdatesClause: '保守契約書 第12条',
      deviceIds: [DEVICE, DEVICE],
      connectionIds: `${POINT}`,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.values).toMatchObject({
      contractFrom: '2024-04-01',
      contractTo: '2029-03-31',
      maintenanceContract: true,
      remoteConfirmedOn: '2025-05-20',
      deviceIds: [DEVICE],
      connectionIds: [POINT],
    });
  });

  it('asks who confirmed remote maintenance and when, once there is an answer', () => {
    const r = checkSystem({ name: 'PACS', remoteMaintenance: 'no' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['remoteConfirmedBy', 'remoteConfirmedOn']);
    expect(checkSystem({ name: 'PACS', remoteMaintenance: 'unknown' }).ok).toBe(true);
  });

  it('refuses an impossible date, an end before the start, an unknown kind and a malformed id', () => {
    const r = checkSystem({ name: 'X', contractFrom: '令和7年2月30日', kind: 'mainframe', deviceIds: ['nope'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(['contractFrom', 'deviceIds', 'kind']);
    const order = checkSystem({ name: 'X', contractFrom: '2026-04-01', contractTo: '2025-03-31' });
    expect(!order.ok && order.problems[0]?.message).toBe('契約終了日: 契約開始日より前になっています');
  });
});

describe('systemAdvice (Mamori’s own advice)', () => {
  const base = checkSystem({ name: '電子カルテ', kind: 'emr' });
  const system = (over: Partial<SystemValues>): SystemValues => ({ ...(base.ok ? base.values : ({} as SystemValues)), ...over });

  it('names what is not yet confirmed about a system in use', () => {
    expect(systemAdvice(system({}), '2026-12-07')).toEqual([
      'リモート保守の有無を事業者に確認していません',
      'セキュリティ更新を誰が行うか確認していません',
    ]);
    expect(systemAdvice(system({ remoteMaintenance: 'yes', securityUpdates: 'vendor', contractTo: '2026-03-31' }), '2026-12-07')).toEqual([
      'リモート保守に使う外部接続点が登録されていません',
      'セキュリティ更新を定めた契約の条項が未記入です',
      '契約終了日 (2026-03-31) を過ぎています',
    ]);
  });

  it('says nothing of a system no longer used', () => {
    expect(systemAdvice(system({ status: 'ended' }), '2026-12-07')).toEqual([]);
  });
});
