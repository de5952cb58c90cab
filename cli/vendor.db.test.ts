// `mamori vendor create|list|invite|revoke|remind` as an administrator runs them on an embedded data folder (PGlite only:
// each spawn opens the folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';
import { startSmtp } from '../server/test/smtp.ts';

describe.skipIf(testEngine() !== 'pglite')('mamori vendor', () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-vendor-'));
    data = path.join(dir, 'data');
    const org = await runCli(['org', 'create', '--data', data, '--slug', 'kaki', '--name', 'かき医院', '--kind', 'clinic']);
    expect(org.code, org.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('registers a vendor once, whatever the spelling', async () => {
    const empty = await runCli(['vendor', 'list', '--org', 'kaki', '--data', data]);
    expect(empty.stdout).toContain('事業者はまだ登録されていません。');
    const created = await runCli(['vendor', 'create', '--org', 'kaki', '--name', '株式会社 ABCメディカル', '--data', data]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('事業者 株式会社 ABCメディカル を登録しました。');
    const twice = await runCli(['vendor', 'create', '--org', 'kaki', '--name', 'ABCメディカル(株)', '--data', data]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('既に登録されています');
  });

  it('lists the vendors as JSON, and says how to use it or which organisation is unknown', async () => {
    const list = await runCli(['vendor', 'list', '--org', 'kaki', '--data', data, '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: '株式会社 ABCメディカル', status: 'active', systems: [] }]);
    const usage = await runCli(['vendor', 'create', '--org', 'kaki', '--data', data]);
    expect(usage.code).toBe(2);
    const unknown = await runCli(['vendor', 'list', '--org', 'nashi', '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('組織 nashi が見つかりません');
  });

  it('registers a vendor with its system; a wrong kind leaves nothing behind', async () => {
    const args = ['vendor', 'create', '--org', 'kaki', '--name', '画像システム株式会社', '--system', 'PACS', '--data', data];
    const wrong = await runCli([...args, '--kind', 'xray']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--kind は emr');
    const made = await runCli([...args, '--kind', 'pacs', '--json']);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ name: '画像システム株式会社', systems: [{ name: 'PACS', kind: 'pacs' }] });
  });

  it('invites a person at the vendor: prints the link once (MAMORI_PUBLIC_URL), and revokes it', async () => {
    const env = { MAMORI_PUBLIC_URL: 'https://mamori.kaki.example.jp/' };
    const invited = await runCli(
      [
        'vendor',
        'invite',
        '--org',
        'kaki',
        '--vendor',
        'ABCメディカル',
        '--fiscal-year',
        '2026',
        '--expires',
        '14d',
        '--data',
        data,
        '--json',
      ],
      undefined,
      env,
    );
    expect(invited.code, invited.stderr).toBe(0);
    const answer = JSON.parse(invited.stdout);
    expect(answer.link).toMatch(/^https:\/\/mamori\.kaki\.example\.jp\/vendor\/accept#[A-Za-z0-9_-]{43}$/);
    expect(answer.invitation).toMatchObject({ fiscalYear: 2026, status: 'pending' });
    expect(Date.parse(answer.invitation.expiresAt) - Date.parse(answer.invitation.createdAt)).toBe(14 * 86_400_000);
    const noSystem = await runCli([
      'vendor',
      'invite',
      '--org',
      'kaki',
      '--vendor',
      'ABCメディカル',
      '--fiscal-year',
      '2026',
      '--system',
      'PACS',
      '--data',
      data,
    ]);
    expect(noSystem.code).toBe(1);
    expect(noSystem.stderr).toContain('システム「PACS」はありません');
    const revoked = await runCli(['vendor', 'revoke', '--org', 'kaki', '--invitation', answer.invitation.id, '--data', data]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain('リンクはもう使えません');
    const again = await runCli(['vendor', 'revoke', '--org', 'kaki', '--invitation', answer.invitation.id, '--data', data]);
    expect(again.code).toBe(1);
  });

  it('reminds by e-mail through the SMTP server given, only where due; without one it says so', async () => {
    const none = await runCli(['vendor', 'remind', '--org', 'kaki', '--data', data]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('MAMORI_SMTP_URL');
    const smtp = await startSmtp();
    try {
      const env = { MAMORI_SMTP_URL: smtp.url, MAMORI_PUBLIC_URL: 'https://mamori.kaki.example.jp' };
      const args = ['vendor', 'invite', '--org', 'kaki', '--vendor', 'ABCメディカル', '--fiscal-year', '2026', '--data', data, '--json'];
      const invited = await runCli([...args, '--email', 'tanto@abc.example.jp'], undefined, env);
      expect(invited.code, invited.stderr).toBe(0);
      const first = await runCli(['vendor', 'remind', '--org', 'kaki', '--data', data], undefined, env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('催促メール: 1 通を送りました。');
      expect(smtp.received.filter((m) => m.to.includes('tanto@abc.example.jp'))).toHaveLength(2); // the invitation and the reminder
      const second = await runCli(['vendor', 'remind', '--org', 'kaki', '--every', '3', '--data', data], undefined, env);
      expect(second.stdout).toContain('催促メール: 0 通を送りました。');
      expect(second.stdout).toContain('最近催促したばかりです');
      const bad = await runCli(['vendor', 'remind', '--org', 'kaki', '--every', '0', '--data', data], undefined, env);
      expect(bad.code).toBe(2);
    } finally {
      await smtp.close();
    }
  });
});
