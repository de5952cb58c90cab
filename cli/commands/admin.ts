// mamori admin create --login ID --display-name NAME [--password-stdin]: creates a system administrator
// (the first one on a new installation).

import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';
import { readPassword } from '../prompt.ts';

export async function adminCreateCommand(values: CliValues): Promise<number> {
  const password = await readPassword(values['password-stdin']);
  const result = (await runOperation(configFrom(values), 'admin.create', {
    loginId: values.login,
    displayName: values['display-name'] ?? values.login,
    password,
  })) as { user: { loginId: string } };
  print(values.json, result, () => `システム管理者 ${result.user.loginId} を作成しました。`);
  return 0;
}
