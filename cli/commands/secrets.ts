// mamori secrets rotate: a new key for the TOTP secrets at rest; every secret is encrypted again with it.
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function secretsRotateCommand(values: CliValues): Promise<number> {
  const result = (await runOperation(configFrom(values), 'secrets.rotate', {})) as {
    keyId: string;
    previousKeyId: string;
    users: number;
    keyFile: string | null;
  };
  print(values.json, result, () =>
    [
      `TOTP の秘密鍵を新しい鍵 (ID ${result.keyId}) で暗号化し直しました (利用者 ${result.users} 人、前の鍵 ID ${result.previousKeyId})。`,
      `  鍵ファイル ${result.keyFile}: 前の鍵も残しています (以前のバックアップの復元に必要です)。控えも新しくしてください。`,
    ].join('\n'),
  );
  return 0;
}
