// mamori audit verify [--checkpoint FILE]: checks every chain of the audit trail with the audit key
// (and that the chains still pass through a checkpoint's signed heads); exit 1 when anything is broken.
// mamori audit checkpoint --out FILE [--org SLUG]: a signed checkpoint to keep outside Mamori.
import fs from 'node:fs';
import path from 'node:path';
import type { Checkpoint } from '../../server/features/audit/audit.checkpoint.ts';
import type { BrokenLink, VerifyResult } from '../../server/features/audit/audit.verify.ts';
import { AppError } from '../../server/lib/errors.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

const jst = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
const brokenLine = (b: BrokenLink) =>
  b.seq > 0 ? `改ざんを検出: チェーン ${b.chainKey} のイベント ${b.seq}: ${b.reason}` : `改ざんを検出: ${b.chainKey}: ${b.reason}`;

function readCheckpoint(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (err) {
    throw new AppError('VALIDATION', `チェックポイントのファイル ${file} を読めません: ${(err as Error).message}`);
  }
}

export async function auditVerifyCommand(values: CliValues): Promise<number> {
  const checkpoint = values.checkpoint ? readCheckpoint(values.checkpoint) : undefined;
  const result = (await runOperation(configFrom(values), 'audit.verify', { checkpoint })) as VerifyResult;
  print(values.json, result, () => {
    const lines = result.broken.map(brokenLine);
    if (result.broken.length === 0)
      lines.push(`監査ログは改ざんされていません (チェーン ${result.chains}、イベント ${result.events}、監査鍵 ID ${result.keyId})。`);
    const cp = result.checkpoint;
    if (cp?.ok) lines.push(`チェックポイント (${jst(cp.createdAt)}、チェーン ${cp.chains}、イベント ${cp.events}) と一致しています。`);
    if (cp && !cp.ok) lines.push(...cp.problems.map(brokenLine));
    return lines.join('\n');
  });
  return result.ok ? 0 : 1;
}

export async function auditCheckpointCommand(values: CliValues): Promise<number> {
  if (!values.out) {
    process.stderr.write('エラー: 保存先のファイルを --out FILE で指定してください: mamori audit checkpoint --out FILE [--org SLUG]\n');
    return 2;
  }
  const out = path.resolve(values.out);
  const checkpoint = (await runOperation(configFrom(values), 'audit.checkpoint', { org: values.org })) as Checkpoint;
  fs.writeFileSync(out, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o600 });
  print(values.json, { file: out, ...checkpoint }, () =>
    [
      `チェックポイントを保存しました: ${out}`,
      `  ${jst(checkpoint.createdAt)} (日本時間)、チェーン ${checkpoint.chains.length}、イベント ${checkpoint.events}`,
      `  署名の公開鍵 ${checkpoint.publicKey}`,
      '  Mamori の外 (別のコンピュータ、印刷など) に保管してください。mamori audit verify --checkpoint FILE で照合できます。',
    ].join('\n'),
  );
  return 0;
}
