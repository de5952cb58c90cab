// mamori user create|list|reset-password

import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print, table } from '../output.ts';
import { readStdinLine } from '../prompt.ts';

export async function userCreateCommand(values: CliValues): Promise<number> {
  const password = values['password-stdin'] ? await readStdinLine() : undefined;
  const result = (await runOperation(configFrom(values), 'user.create', {
    loginId: values.login,
    displayName: values['display-name'] ?? values.login,
    password,
    systemAdmin: values['system-admin'],
    org: values.org,
    role: values.role,
  })) as { user: { loginId: string }; temporaryPassword?: string };
  print(values.json, result, () =>
    [
      `利用者 ${result.user.loginId} を作成しました。`,
      result.temporaryPassword ? `仮パスワード (初回ログイン時に変更が必要): ${result.temporaryPassword}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return 0;
}

export async function userListCommand(values: CliValues): Promise<number> {
  const users = (await runOperation(configFrom(values), 'user.list', {})) as Record<string, unknown>[];
  print(values.json, users, () => table(users, ['loginId', 'displayName', 'isSystemAdmin', 'mfaEnabled', 'locked', 'lastLoginAt']));
  return 0;
}

export async function userResetPasswordCommand(values: CliValues, positionals: string[]): Promise<number> {
  const loginId = values.login ?? positionals[0];
  const result = (await runOperation(configFrom(values), 'user.reset-password', { loginId, resetMfa: values['reset-mfa'] })) as {
    temporaryPassword: string;
  };
  print(values.json, result, () => `${loginId} の仮パスワード (次回ログイン時に変更が必要): ${result.temporaryPassword}`);
  return 0;
}
