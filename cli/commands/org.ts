// mamori org create --slug SLUG --name NAME --kind hospital|clinic|pharmacy|midwifery …; mamori org list

import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print, table } from '../output.ts';

export async function orgCreateCommand(values: CliValues): Promise<number> {
  const args = {
    slug: values.slug,
    name: values.name,
    kind: values.kind,
    prefecture: values.prefecture,
    address: values.address,
    medicalInstitutionCode: values['medical-code'],
    bedCount: values.beds === undefined ? undefined : Number(values.beds),
    requireMfa: values['require-mfa'],
  };
  const org = (await runOperation(configFrom(values), 'org.create', args)) as { slug: string; name: string; id: string };
  print(values.json, org, () => `組織 ${org.name} (${org.slug}) を作成しました。id: ${org.id}`);
  return 0;
}

export async function orgListCommand(values: CliValues): Promise<number> {
  const orgs = (await runOperation(configFrom(values), 'org.list', {})) as Record<string, unknown>[];
  print(values.json, orgs, () => table(orgs, ['slug', 'name', 'kind', 'prefecture', 'id']));
  return 0;
}
