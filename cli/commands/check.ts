// mamori check --org SLUG --fiscal-year YYYY [--json]: the 立入検査 readiness of one fiscal year.
// Exit 0 when ready, 1 when anything an inspector would point at is missing.
import type { YearReadiness } from '../../server/features/assessments/readiness.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function checkCommand(values: CliValues): Promise<number> {
  const result = (await runOperation(configFrom(values), 'check', { org: values.org, fiscalYear: values['fiscal-year'] })) as YearReadiness;
  print(values.json, result, () => {
    const head = result.ready
      ? `${result.fiscalYearLabel}: 立入検査の準備ができています。`
      : `${result.fiscalYearLabel}: 不足が ${result.gaps.length} 件あります。`;
    const lines = result.assessments.map(
      (a) => `  ${a.title} — 回答済み ${a.progress.answered} / ${a.progress.total}${a.ready ? '' : ' (不足あり)'}`,
    );
    const vendors = result.vendors.map((v) => `  事業者 ${v.name} — ${v.hasForm ? '事業者確認用あり' : '事業者確認用なし'}`);
    const notices = result.notices.map((n) => `  ※ ${n}`);
    const advice = result.advice.length
      ? ['Mamori からの助言 (手引きの確認事項ではありません):', ...result.advice.map((a) => `  ・${a.message}`)]
      : [];
    return [head, ...lines, ...vendors, ...result.gaps.map((g) => `  - ${g.message}`), ...notices, ...advice].join('\n');
  });
  return result.ready ? 0 : 1;
}
