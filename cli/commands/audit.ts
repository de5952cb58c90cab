// mamori audit verify: checks every hash chain of the audit trail; exit 1 at the first broken link.
import type { VerifyResult } from '../../server/features/audit/audit.verify.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function auditVerifyCommand(values: CliValues): Promise<number> {
  const result = (await runOperation(configFrom(values), 'audit.verify', {})) as VerifyResult;
  print(values.json, result, () =>
    result.ok
      ? `監査ログは改ざんされていません (チェーン ${result.chains}、イベント ${result.events})。`
      : result.broken.map((b) => `改ざんを検出: チェーン ${b.chainKey} のイベント ${b.seq}: ${b.reason}`).join('\n'),
  );
  return result.ok ? 0 : 1;
}
