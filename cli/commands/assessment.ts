// mamori assessment start --org SLUG --fiscal-year YYYY [--form institution|pharmacy|vendor]
// [--vendor NAME] [--system NAME] [--from-year YYYY] [--no-vendor-contract] [--json]: what 「回答を始める」
// does. The form a year's version lacks the text of starts on the nearest text, marked 推定; the
// notices say so.

import type { CarryReport } from '../../domain/assessment/carry-forward.ts';
import type { AssessmentView } from '../../server/features/assessments/assessments.present.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function assessmentStartCommand(values: CliValues): Promise<number> {
  if (!values.org || !values['fiscal-year']) {
    process.stderr.write('--org と --fiscal-year を指定してください: mamori assessment start --org SLUG --fiscal-year 2026\n');
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'assessment.start', {
    org: values.org,
    fiscalYear: values['fiscal-year'],
    form: values.form,
    vendor: values.vendor,
    system: values.system,
    fromYear: values['from-year'],
    noVendorContract: values['no-vendor-contract'] === true,
  })) as AssessmentView & { carryForward: CarryReport | null };
  print(values.json, result, () => {
    const name = [result.fiscalYearLabel, result.formLabel, result.vendorName, result.systemName].filter(Boolean).join(' ');
    const carry = result.carryForward;
    return [
      `回答を始めました: ${name} (${result.versionLabel}${result.textSource ? `、項目は${result.textSource}` : ''}) id ${result.id}`,
      `  記入する項目: ${result.progress.total}`,
      ...(carry
        ? [
            `  ${carry.from} から ${carry.carried} 項目を引き継ぎました (日付は今年度の確認で記入してください)。`,
            ...carry.newItems.map((l) => `  新しい項目: ${l}`),
            ...carry.changedItems.map((l) => `  変わった項目: ${l}`),
          ]
        : []),
      ...result.textNotices.map((n) => `  ※ ${n}`),
    ].join('\n');
  });
  return 0;
}
