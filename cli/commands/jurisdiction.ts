// mamori jurisdiction add --org HC_SLUG --institution SLUG [--json]
// mamori jurisdiction remove --org HC_SLUG --institution SLUG [--json]
// mamori jurisdiction list --org HC_SLUG [--json]
// A 保健所's (or a 都道府県's) jurisdiction: the institutions it oversees, linked by the operator.
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print, table } from '../output.ts';

type Link = { office: { name: string }; institution: { name: string } };

const usage = (verb: string) => `使い方: mamori jurisdiction ${verb} --org 保健所のSLUG --institution 医療機関のSLUG [--json]\n`;

export async function jurisdictionAddCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.institution) {
    process.stderr.write(usage('add'));
    return 2;
  }
  const made = (await runOperation(configFrom(values), 'jurisdiction.add', { org: values.org, institution: values.institution })) as Link;
  print(values.json, made, () => `${made.institution.name} を ${made.office.name} の管轄に加えました。`);
  return 0;
}

export async function jurisdictionRemoveCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.institution) {
    process.stderr.write(usage('remove'));
    return 2;
  }
  const gone = (await runOperation(configFrom(values), 'jurisdiction.remove', {
    org: values.org,
    institution: values.institution,
  })) as Link;
  print(values.json, gone, () => `${gone.institution.name} を ${gone.office.name} の管轄から外しました。`);
  return 0;
}

export async function jurisdictionListCommand(values: CliValues): Promise<number> {
  if (!values.org) {
    process.stderr.write('使い方: mamori jurisdiction list --org 保健所のSLUG [--json]\n');
    return 2;
  }
  const rows = (await runOperation(configFrom(values), 'jurisdiction.list', { org: values.org })) as Record<string, unknown>[];
  print(values.json, rows, () =>
    rows.length
      ? table(rows, ['slug', 'name', 'kind', 'prefecture', 'medicalInstitutionCode', 'since'])
      : '管轄の医療機関はまだありません。',
  );
  return 0;
}
