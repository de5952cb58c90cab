// mamori suggest --org SLUG --fiscal-year YYYY [--json]: what the ledgers say about each checklist
// item of the year's assessments (はい / いいえ / 判断できない, with the reasons and what the ledgers
// cannot know). The person decides.
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

interface Result {
  organization: string;
  fiscalYear: number;
  assessments: { assessment: string; items: { label: string; answer: string; reasons: string[]; cannotTell: string[] }[] }[];
}

const WORD: Record<string, string> = { yes: 'はい', no: 'いいえ', unknown: '判断できない' };

export async function suggestCommand(values: CliValues): Promise<number> {
  if (!values.org || !values['fiscal-year']) {
    process.stderr.write('使い方: mamori suggest --org SLUG --fiscal-year YYYY [--json]\n');
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'suggest', { org: values.org, fiscalYear: values['fiscal-year'] })) as Result;
  print(values.json, result, () => {
    if (result.assessments.length === 0) return `${result.fiscalYear} 年度の回答がまだありません。`;
    return result.assessments
      .flatMap((a) => [
        a.assessment,
        ...a.items.flatMap((i) => [
          `  ${i.label}: 台帳からは「${WORD[i.answer] ?? i.answer}」`,
          ...i.reasons.map((r) => `    - ${r}`),
          ...(i.cannotTell.length ? ['    確認できないこと:', ...i.cannotTell.map((c) => `    - ${c}`)] : []),
        ]),
      ])
      .join('\n');
  });
  return 0;
}
