// `mamori audit checkpoint`, `mamori audit verify --checkpoint FILE` and `mamori secrets rotate` on an
// embedded data folder (run in this process: the commands open the folder themselves). PGlite only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../server/db/client.ts';
import { keyedEventHash } from '../server/features/audit/audit.hash.ts';
import { rewriteChain } from '../server/features/audit/audit.test-helpers.ts';
import { keyring } from '../server/lib/keys.ts';
import { testEngine } from '../server/test/engines.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './commands/audit.ts';
import { secretsRotateCommand } from './commands/secrets.ts';
import { configFrom, runOperation } from './context.ts';
import type { CliValues } from './main.ts';

/** Runs a command, returning its exit code and what it printed. */
async function run(command: (v: CliValues) => Promise<number>, values: Partial<CliValues>) {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await command({ json: false, ...values } as CliValues), out };
  } finally {
    spy.mockRestore();
  }
}

describe.skipIf(testEngine() !== 'pglite')('mamori audit checkpoint / verify --checkpoint / secrets rotate', () => {
  let dir: string;
  let data: string;
  let orgId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-audit-'));
    data = path.join(dir, 'data');
    const org = (await runOperation(configFrom({ data }), 'org.create', { slug: 'kagi', name: '鍵クリニック', kind: 'clinic' })) as {
      id: string;
    };
    orgId = org.id;
    await runOperation(configFrom({ data }), 'org.create', { slug: 'kagi-2', name: '鍵薬局', kind: 'pharmacy' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('saves a signed checkpoint (0600) that verify then matches', async () => {
    expect(fs.statSync(path.join(data, 'mamori.key')).mode & 0o777).toBe(0o600);
    const file = path.join(dir, 'checkpoint.json');
    const saved = await run(auditCheckpointCommand, { data, out: file });
    expect(saved.code).toBe(0);
    expect(saved.out).toContain(`チェックポイントを保存しました: ${file}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      format: 'mamori-audit-checkpoint',
      publicKey: keyring().signing.publicKey,
    });
    const verified = await run(auditVerifyCommand, { data, checkpoint: file });
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/改ざんされていません[\s\S]*チェックポイント \(.*\) と一致しています/);
  });

  it('finds a history rewritten with the key before the checkpoint, which verify without it cannot', async () => {
    const database = await openDatabase({ dataDir: data });
    try {
      const { key, id } = keyring().audit;
      await rewriteChain(database.db, orgId, 1, { address: '書き換え', hash: (p, r) => keyedEventHash(key, id, p, r), keyId: () => id });
    } finally {
      await database.close();
    }
    expect((await run(auditVerifyCommand, { data })).code).toBe(0);
    const checked = await run(auditVerifyCommand, { data, checkpoint: path.join(dir, 'checkpoint.json') });
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(
      new RegExp(`改ざんを検出: チェーン ${orgId} のイベント \\d+: チェックポイント .* より前の履歴が書き換えられています`),
    );
  });

  it('rotates the TOTP secrets key and says the old key stays', async () => {
    const rotated = await run(secretsRotateCommand, { data });
    expect(rotated.code).toBe(0);
    expect(rotated.out).toMatch(/新しい鍵 \(ID [0-9a-f]{8}\)[\s\S]*前の鍵も残しています/);
    expect(JSON.parse(fs.readFileSync(path.join(data, 'mamori.key'), 'utf8')).secrets).toHaveLength(2);
  });

  it('refuses to verify without the key file, naming it', async () => {
    fs.renameSync(path.join(data, 'mamori.key'), path.join(dir, 'elsewhere.key'));
    await expect(run(auditVerifyCommand, { data })).rejects.toMatchObject({
      code: 'KEYS_UNUSABLE',
      message: expect.stringContaining(`鍵ファイル ${path.join(data, 'mamori.key')} がありません`),
    });
  });
});
