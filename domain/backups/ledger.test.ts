import { describe, expect, it } from 'vitest';
import { checkBackupPlan, checkRestoreTest } from './ledger.ts';
import { backupProblems } from './rules.ts';

describe('a system’s backup as the ledger reads it', () => {
  it('reads the Japanese labels and words people write, as an import row would give them', () => {
    const r = checkBackupPlan({
      systemName: ' 電子カルテ ',
      scope: 'データ、システムイメージ',
      frequency: '日次',
      generations: '７',
      places: '院内の別の場所・クラウド',
      isolation: 'イミュータブル',
      separateNetwork: 'あり',
      encrypted: 'なし',
      restoreOrder: '1',
      status: '稼働',
    });
    expect(r).toEqual({
      ok: true,
      values: expect.objectContaining({
        systemName: '電子カルテ',
        scope: ['data', 'image'],
        frequency: 'daily',
        generations: 7,
        places: ['onsite', 'cloud'],
        isolation: 'immutable',
        separateNetwork: true,
        encrypted: false,
        restoreOrder: 1,
        status: 'active',
      }),
    });
  });

  it('names every bad value with its field: −1 generations, 1.5, an unknown place, an unknown status, no system', () => {
    const r = checkBackupPlan({ generations: '-1', restoreOrder: 1.5, places: '金庫', status: '休眠', frequency: '毎時' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(['frequency', 'generations', 'places', 'restoreOrder', 'status', 'systemName']);
    expect(r.problems.find((p) => p.field === 'generations')?.message).toBe('保持する世代数: 1〜10000 の整数にしてください (「-1」)');
  });

  it('refuses a restore test dated in the future or on a day that does not exist, and one without a result', () => {
    const ok = checkRestoreTest({ testedOn: '令和8年11月1日', target: 'DB', result: '失敗' }, '2026-11-22');
    expect(ok).toEqual({ ok: true, values: expect.objectContaining({ testedOn: '2026-11-01', result: 'failed' }) });
    const future = checkRestoreTest({ testedOn: '2026-11-23', target: 'DB', result: 'success' }, '2026-11-22');
    expect(future.ok || future.problems[0]?.message).toBe('実施日: 未来の日付 (2026-11-23) は入れられません');
    const bad = checkRestoreTest({ testedOn: '令和7年2月30日', target: 'DB' }, '2026-11-22');
    expect(bad.ok || bad.problems.map((p) => p.field)).toEqual(['testedOn', 'result']);
  });
});

describe('what is wrong with a backup, by whose rule', () => {
  const plan: Parameters<typeof backupProblems>[0] = {
    isolation: 'offline',
    separateNetwork: true,
    generations: 7,
    restoreProcedure: '手順書 第2版',
    procedureEvidenceId: null,
    status: 'active',
  };
  const kinds = (p: Partial<typeof plan>, last: Parameters<typeof backupProblems>[1], today = '2026-11-22') =>
    backupProblems({ ...plan, ...p }, last, today).map((x) => `${x.kind}/${x.source}`);

  it('finds nothing in a kept backup tested this year', () => {
    expect(kinds({}, { testedOn: '2026-06-01', result: 'success' })).toEqual([]);
  });
  it('names the missing offline copy (training), the shared network (Mamori), one generation and no procedure (手引き)', () => {
    expect(
      kinds(
        { isolation: 'none', separateNetwork: false, generations: 1, restoreProcedure: '' },
        { testedOn: '2026-06-01', result: 'success' },
      ),
    ).toEqual(['no-isolated/training', 'same-network/mamori', 'one-generation/guide', 'no-procedure/guide']);
  });
  it('counts Mamori’s 12 months to the day, and a failed or partial last test', () => {
    expect(kinds({}, { testedOn: '2025-11-22', result: 'success' })).toEqual([]);
    expect(kinds({}, { testedOn: '2025-11-21', result: 'partial' })).toEqual(['test-old/mamori', 'test-partial/mamori']);
    expect(kinds({}, null)).toEqual(['never-tested/mamori']);
    expect(kinds({}, { testedOn: '2026-11-01', result: 'failed' })).toEqual(['test-failed/mamori']);
  });
  it('says nothing of a retired system', () => {
    expect(kinds({ status: 'retired', isolation: 'none' }, null)).toEqual([]);
  });
});
