// mamori submit --org SLUG --fiscal-year YYYY [--json]: 事前送付 of a fiscal year's forms to the
// institution's 保健所; prints the submission's number, id and sha256.
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function submitCommand(values: CliValues): Promise<number> {
  if (!values.org || !values['fiscal-year']) {
    process.stderr.write('使い方: mamori submit --org SLUG --fiscal-year YYYY [--json]\n');
    return 2;
  }
  const made = (await runOperation(configFrom(values), 'submit', { org: values.org, fiscalYear: values['fiscal-year'] })) as {
    id: string;
    no: number;
    fiscalYearLabel: string;
    sha256: string;
    ready: boolean;
    gaps: number;
    office: { name: string };
  };
  print(
    values.json,
    made,
    () =>
      `${made.fiscalYearLabel}の様式を ${made.office.name} へ事前送付しました (${made.no} 回目${made.ready ? '' : `、不足 ${made.gaps} 件のまま`})。\nid: ${made.id}\nsha256: ${made.sha256}`,
  );
  return 0;
}
