// 3(2) / 3-② バックアップの実施と復旧手順の確認: はい only when the バックアップ台帳 has every system in use
// with how often it is backed up and its restore procedure, and a restore test within Mamori's 12
// months that worked. The training material's offline copy and Mamori's network rule are findings,
// not reasons here: the answer follows what the item asks.

import { RESTORE_TEST_MONTHS } from '../backups/rules.ts';
import { addMonths } from '../dates/months.ts';
import type { LedgerFacts, Suggestion } from './types.ts';
import { listOf, MAMORI, refs, Verdict } from './verdict.ts';

export function backupSuggestion(facts: LedgerFacts): Suggestion {
  const v = new Verdict('backup');
  v.cannotTell('診療を継続するために必要な情報を検討したか (検討の記録は台帳に載りません)。');
  v.cannotTell('バックアップ台帳に載っていないシステムのバックアップ。');
  const plans = (facts.backups ?? []).filter((p) => p.status !== 'retired');
  if (plans.length === 0)
    return v.doubt('バックアップ台帳にシステムが登録されていないため、バックアップの実施と復旧手順を確かめられません。').result('');
  const noProcedure = plans.filter((p) => !p.hasProcedure);
  if (noProcedure.length) v.fail(`復旧手順が記録されていないシステムがあります: ${listOf(noProcedure)}`, refs('backup', noProcedure));
  const failed = plans.filter((p) => p.lastTest?.result === 'failed');
  if (failed.length) v.fail(`最後の復旧テストで復旧できなかったシステムがあります: ${listOf(failed)}`, refs('backup', failed));
  const frequency = plans.filter((p) => p.frequency === 'unknown');
  if (frequency.length) v.doubt(`バックアップの頻度が未確認のシステムがあります: ${listOf(frequency)}`, refs('backup', frequency));
  const never = plans.filter((p) => !p.lastTest);
  if (never.length)
    v.doubt(`復旧テストの記録がないため、復旧手順を確認したか分からないシステムがあります: ${listOf(never)}`, refs('backup', never));
  const old = plans.filter((p) => p.lastTest && addMonths(p.lastTest.testedOn, RESTORE_TEST_MONTHS) < facts.today);
  if (old.length)
    v.doubt(
      `最後の復旧テストから ${RESTORE_TEST_MONTHS} か月を過ぎたシステムがあります (${MAMORI}: ${RESTORE_TEST_MONTHS} か月ごと): ${listOf(old)}`,
      refs('backup', old),
    );
  const latest = plans.map((p) => p.lastTest?.testedOn ?? '').sort()[0];
  return v.result(
    `バックアップ台帳の ${plans.length} システムすべてに頻度と復旧手順の記録があり、${RESTORE_TEST_MONTHS} か月以内に復旧テストをしています (いちばん古いもの ${latest})。`,
  );
}
