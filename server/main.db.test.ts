// The embedded data folder: created and migrated on first start, locked while open (a second process
// gets a clear error), reachable by the CLI through the running server. PGlite only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client.ts';
import { CATALOG_DIR } from './features/catalog/catalog.loader.ts';
import { loadConfig } from './lib/config.ts';
import { MemoryLogger } from './lib/log.ts';
import { type RunningServer, startServer } from './main.ts';
import { testEngine } from './test/engines.ts';
import { runCli } from './test/run-cli.ts';

const cli = runCli;

describe.skipIf(testEngine() !== 'pglite')('embedded data folder', () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-main-'));
    server = await startServer(loadConfig({ data: dir, port: '0' }, {}), new MemoryLogger());
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates and migrates the database on first start and reports it in /api/health', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { engine: string; migrations: { pending: number; applied: number }; version: string };
    expect(body.engine).toBe('pglite');
    expect(body.migrations.pending).toBe(0);
    expect(body.migrations.applied).toBeGreaterThanOrEqual(1);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    // automatic backups on by default, the first one a few minutes after the start, not during it
    expect((body as { backups?: unknown }).backups).toEqual({ status: 'none', lastAt: null, everyHours: 24 });
    expect(fs.existsSync(path.join(dir, 'pgdata'))).toBe(true);
  });

  it('refuses a second opener of the same folder in this process with a clear error', async () => {
    await expect(openDatabase({ dataDir: dir })).rejects.toMatchObject({
      code: 'DATA_DIR_LOCKED',
      message: expect.stringMatching(/使用中/),
    });
  });

  it('refuses a second server process on the same folder, and the first keeps working', async () => {
    const second = await cli(['serve', '--data', dir, '--port', '0']);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/使用中/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('keeps the lock file private and holding a local control token', () => {
    const lock = path.join(dir, 'mamori.lock');
    expect(fs.statSync(lock).mode & 0o077).toBe(0);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, url: server.url });
  });

  it('runs CLI commands through the running server instead of opening the folder', async () => {
    const admin = await cli(
      ['admin', 'create', '--data', dir, '--login', 'admin', '--display-name', '管理者', '--password-stdin', '--json'],
      'Str0ngPassw0rd!x\n',
    );
    expect(admin.stderr).toBe('');
    expect(admin.code).toBe(0);
    const org = await cli(['org', 'create', '--data', dir, '--slug', 'yamada', '--name', '山田クリニック', '--kind', 'clinic', '--json']);
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout)).toMatchObject({ slug: 'yamada', kind: 'clinic' });
    const bad = await cli(['org', 'create', '--data', dir, '--slug', 'Bad Slug', '--name', 'x', '--kind', 'castle']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/識別子/);
    expect(bad.stderr).toMatch(/種別/);
    const list = await cli(['org', 'list', '--data', dir, '--json']);
    expect(JSON.parse(list.stdout).map((o: { slug: string }) => o.slug)).toEqual(['yamada']);
    const user = await cli([
      'user',
      'create',
      '--data',
      dir,
      '--login',
      'nurse01',
      '--display-name',
      '看護 花子',
      '--org',
      'yamada',
      '--role',
      'editor',
      '--json',
    ]);
    expect(user.code, user.stderr).toBe(0);
    const created = JSON.parse(user.stdout);
    expect(created.user).toMatchObject({ loginId: 'nurse01', mustChangePassword: true });
    expect(created.temporaryPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    const reset = await cli(['user', 'reset-password', '--data', dir, '--login', 'nurse01', '--json']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout).temporaryPassword).not.toBe(created.temporaryPassword);
    const unknown = await cli(['user', 'reset-password', '--data', dir, '--login', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nobody/);
    const check = await cli(['check', '--data', dir, '--org', 'yamada', '--fiscal-year', '2025']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/令和7年度: 不足が 2 件あります。/);
    expect(check.stdout).toMatch(/3\(1\) 連絡体制図がありません/);
    expect(check.stdout).toMatch(/令和7年度の医療機関確認用 \(または薬局確認用\) がまだありません/);
    const noAnswer = await cli([
      'export',
      '--data',
      dir,
      '--org',
      'yamada',
      '--fiscal-year',
      '2025',
      '--format',
      'csv',
      '--out',
      path.join(dir, 'x.csv'),
    ]);
    expect(noAnswer.code).toBe(1);
    expect(noAnswer.stderr).toMatch(/山田クリニック の令和7年度の回答/);
    const args = ['export', '--data', dir, '--org', 'yamada', '--fiscal-year', '2025', '--out', path.join(dir, 'x')];
    expect((await cli([...args, '--format', 'docx'])).code).toBe(2);
    const noPack = await cli([...args, '--format', 'pack']);
    expect(noPack.code).toBe(1);
    expect(noPack.stderr).toMatch(/山田クリニック の令和7年度のチェックリストがまだありません/);
    // the 緊急時カード is of no year: no --fiscal-year needed
    const cardFile = path.join(dir, 'card.pdf');
    const card = await cli(['export', '--data', dir, '--org', 'yamada', '--format', 'emergency-card', '--out', cardFile]);
    expect(card.code, card.stderr).toBe(0);
    const cardText = execFileSync('pdftotext', ['-layout', cardFile, '-'], { encoding: 'utf8' });
    expect(cardText).toContain('緊急時カード');
    expect(cardText).toContain('連絡体制図が登録されていません');
    const r9 = {
      ...JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, 'r8.json'), 'utf8')),
      id: 'R9',
      fiscalYear: 2027,
      label: '令和9年度版',
    };
    fs.writeFileSync(path.join(dir, 'r9.json'), JSON.stringify(r9));
    const preview = await cli(['catalog', 'import', path.join(dir, 'r9.json'), '--dry-run', '--data', dir]);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/令和8年度版 \(第1版\) との違い:\n {2}fiscalYear: 2026 → 2027/);
    expect(preview.stdout).toContain('確認のみ (--dry-run): 何も保存していません。');
    const verify = await cli(['audit', 'verify', '--data', dir, '--json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  });

  it('refuses the local control channel without the token', async () => {
    const res = await fetch(`${server.url}/api/local/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"operation":"user.list"}',
    });
    expect(res.status).toBe(404);
  });

  it('releases the lock on close so the CLI can open the folder itself', async () => {
    await server.close();
    expect(fs.existsSync(path.join(dir, 'mamori.lock'))).toBe(false);
    const users = await cli(['user', 'list', '--data', dir, '--json']);
    expect(users.code).toBe(0);
    expect(JSON.parse(users.stdout).map((u: { loginId: string }) => u.loginId)).toEqual(['admin', 'nurse01']);
    server = await startServer(loadConfig({ data: dir, port: '0' }, {}), new MemoryLogger());
  });
});
