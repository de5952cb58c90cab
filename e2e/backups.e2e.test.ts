// Mamori's own backups in real Chromium: a system administrator opens the page, sees that there is no
// backup yet, backs up now into two folders (this server and a "removable" one), sees the status and
// both folders, and the file passes the restore test (`mamori backup verify`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/test/run-cli.ts';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';

const ADMIN = { loginId: 'bkadmin', password: 'Hozon-no-Mori-2026' };
const WAIT = { timeout: 20_000 };

let server: E2EServer;
let browser: Browser;
let folders: string;

async function signIn(p: Page) {
  await p.goto(server.url);
  await p.getByLabel('ログインID').fill(ADMIN.loginId);
  await p.getByLabel('パスワード').fill(ADMIN.password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
}

beforeAll(async () => {
  folders = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-e2e-backups-'));
  const dirs = [path.join(folders, 'server'), path.join(folders, 'removable')];
  server = await startE2EServer({ MAMORI_BACKUP_DIRS: dirs.join(path.delimiter) });
  const made = await runCli(
    ['admin', 'create', '--data', server.dataDir, '--login', ADMIN.loginId, '--display-name', '保存', '--password-stdin'],
    `${ADMIN.password}\n`,
  );
  expect(made.code, made.stderr).toBe(0);
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(folders, { recursive: true, force: true });
});

describe("Mamori's own backups", { timeout: 180_000 }, () => {
  it('lets a system administrator back up now into every folder, and the file restores', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'backups-run', async () => {
      await signIn(page);
      await page.getByRole('link', { name: 'Mamori のバックアップ' }).click();
      await page.getByRole('heading', { name: 'Mamori のバックアップ', level: 1 }).waitFor();
      const status = page.getByRole('region', { name: '状態' });
      await expect.poll(() => status.getByRole('status').textContent(), WAIT).toContain('まだありません');
      await page.getByRole('button', { name: '今すぐバックアップ' }).click();
      await expect.poll(() => page.locator('.notice-region').textContent(), WAIT).toContain('バックアップを作成しました。');
      await expect.poll(() => status.getByRole('status').textContent(), WAIT).toBe('正常');
      const table = page.getByRole('region', { name: '保存先' }).getByRole('table');
      await expect.poll(() => table.getByRole('row').count(), WAIT).toBe(3);
      expect(await table.textContent()).toContain(path.join(folders, 'removable'));
    });
    await page.context().close();
    const [file] = fs.readdirSync(path.join(folders, 'removable')).filter((f) => f.startsWith('mamori-auto-'));
    expect(file).toBeDefined();
    expect(fs.readdirSync(path.join(folders, 'server'))).toContain(file);
    const verify = await runCli(['backup', 'verify', path.join(folders, 'removable', file ?? ''), '--data', server.dataDir, '--json']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, audit: { ok: true } });

    // the restore test is recorded in the installation (through the running server) and shown
    const again = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(again, 'backups-verified', async () => {
      await signIn(again);
      await again.getByRole('link', { name: 'Mamori のバックアップ' }).click();
      const test = again.getByRole('region', { name: '復元テスト' });
      await expect.poll(() => test.textContent(), WAIT).toContain('復元できます。');
      expect(await test.textContent()).toContain(file);
    });
    await again.context().close();
  });
});
