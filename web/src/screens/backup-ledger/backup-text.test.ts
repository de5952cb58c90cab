import { describe, expect, it } from 'vitest';
import { backupProblems, ruleSourceLabels } from '../../../../domain/backups/rules.ts';
import { backupLedger } from '../../messages/backup-ledger.ts';
import { problemDetail, sourceKey, worstOf } from './backup-text.ts';

describe('the バックアップ台帳 in words', () => {
  it("names each rule's source as the domain does (手引き / 厚生労働省の研修資料 / Mamori の目安)", () => {
    for (const [source, label] of Object.entries(ruleSourceLabels)) {
      expect(backupLedger[sourceKey(source as keyof typeof ruleSourceLabels) as keyof typeof backupLedger].ja).toBe(label);
    }
  });

  it('shows a problem’s detail without the source the server appends for the findings list', () => {
    const [p] = backupProblems(
      {
        isolation: 'offline',
        separateNetwork: null,
        generations: 1,
        restoreProcedure: '手順書あり',
        procedureEvidenceId: null,
        status: 'active',
      },
      { testedOn: '2026-04-01', result: 'success' },
      '2026-05-01',
    );
    expect(p?.source).toBe('guide');
    expect(p?.detail.endsWith('(手引き)')).toBe(true);
    expect(problemDetail(p as NonNullable<typeof p>)).not.toContain('手引き');
    expect(problemDetail({ source: 'mamori', detail: 'そのまま' })).toBe('そのまま');
  });

  it('takes the worst severity', () => {
    expect(worstOf([])).toBeNull();
    expect(worstOf([{ severity: 'medium' }, { severity: 'high' }, { severity: 'info' }])).toBe('high');
  });
});
