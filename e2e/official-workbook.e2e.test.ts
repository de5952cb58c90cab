// Issue 10's journey, in real Chromium against a real server on a fresh embedded database: a
// pharmacy starts 令和8年度 (the one 医療機関・薬局確認用, its wording provisional and saying so) and
// answers by keyboard; a system administrator loads the ministry's workbook in the R7-on shape,
// checks it row by row and adds it; the pharmacy's answers are on the official text, the changed and
// new items listed, and the print no longer says 推定.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { r7ShapeLines, r8OfficialItems, workbook } from '../server/features/catalog/workbook/workbook.test-helpers.ts';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';
import { cliOf, signIn as signInAt } from './support/session.ts';

const ADMIN = { loginId: 'sysadmin', password: 'Kanri-no-Tanaka-2026' };
const PHARMACIST = { loginId: 'yakuzai01', password: 'Kusuri-no-Mori-2026' };
const WAIT = { timeout: 15_000 };
const SHEET = '令和8年度 医療機関・薬局確認用 (令和8年度版)';

let server: E2EServer;
let browser: Browser;
const cli = cliOf(() => server);
const signIn = (p: Page, loginId: string, password: string, heading: string) => signInAt(p, server.url, { loginId, password }, heading);
let tmp = '';
let sheetUrl = '';

/** はい or いいえ by keyboard in an item's 1回目 group, then the date typed in 和暦 and left by Tab. */
async function answer(page: Page, label: string, value: 'はい' | 'いいえ', date = '令和8年7月1日'): Promise<void> {
  const item = page.getByRole('article', { name: label, exact: true });
  await item
    .getByRole('group', { name: `${label} 1回目`, exact: true })
    .getByRole('radio', { name: value })
    .focus();
  await page.keyboard.press('Space');
  await expect.poll(() => item.locator('.answer-foot').textContent(), WAIT).toContain('保存しました');
  const field = page.getByLabel(`${label} 1回目の確認日`, { exact: true });
  if ((await field.count()) === 0) return;
  await field.fill(date);
  await page.keyboard.press('Tab');
  await expect.poll(() => item.locator('.answer-foot').textContent(), WAIT).toContain('保存しました');
}

beforeAll(async () => {
  server = await startE2EServer();
  cli(['admin', 'create', '--login', ADMIN.loginId, '--display-name', '田中', '--password-stdin'], `${ADMIN.password}\n`);
  cli(['org', 'create', '--slug', 'mori', '--name', 'もり薬局', '--kind', 'pharmacy', '--prefecture', '北海道']);
  cli(
    ['user', 'create', '--login', PHARMACIST.loginId, '--org', 'mori', '--role', 'editor', '--password-stdin'],
    `${PHARMACIST.password}\n`,
  );
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-workbook-'));
  fs.writeFileSync(path.join(tmp, '001716187.xlsx'), await workbook({ lines: r7ShapeLines(r8OfficialItems()) }));
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('令和8年度 for a pharmacy, then the official workbook', { timeout: 240_000 }, () => {
  it('a pharmacy starts 令和8年度 on provisional wording, told so, and answers by keyboard', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'pharmacy-start', async () => {
      await signIn(page, PHARMACIST.loginId, PHARMACIST.password, 'もり薬局');
      // the catalog's answer is held back: until it comes, no form is offered and nothing can be started
      let answerCatalog = () => {};
      const catalogHeld = new Promise<void>((resolve) => {
        answerCatalog = resolve;
      });
      await page.route('**/api/catalog', async (route) => {
        await catalogHeld;
        await route.continue();
      });
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
      await page.getByRole('heading', { name: 'チェックリスト', exact: true }).waitFor();
      const start = page.getByRole('region', { name: '新しく回答を始める' });
      await start.getByRole('status').filter({ hasText: '読み込んでいます' }).waitFor();
      expect(await start.getByLabel('回答する様式').count()).toBe(0);
      expect(await start.getByRole('button', { name: '回答を始める' }).count()).toBe(0);
      answerCatalog();
      const year = page.getByLabel('年度', { exact: true });
      if ((await year.inputValue()) !== '2026') await year.selectOption('2026');
      // one form for pharmacies too, offered by default to a pharmacy, as soon as the form is shown
      expect(await page.getByLabel('回答する様式').locator('option:checked').textContent()).toBe('医療機関・薬局確認用');
      await page.unroute('**/api/catalog');
      await page.getByRole('button', { name: '回答を始める' }).click();
      await page.getByRole('heading', { name: SHEET, level: 1 }).waitFor();
      sheetUrl = page.url();
      const provisional = page.getByRole('region', { name: 'この様式の文言は暫定です' });
      expect(await provisional.textContent()).toContain('公式ワークブックを取り込む');

      await answer(page, '医療情報システムの有無', 'はい');
      await answer(page, '1-①', 'はい');
      await answer(page, '2-⑫ サーバ・端末PC', 'はい');
      await answer(page, '2-④ サーバ・端末PC', 'いいえ');
      await page.getByLabel('2-④ サーバ・端末PC 目標日', { exact: true }).fill('令和9年1月31日');
      await page.keyboard.press('Tab');
      await expect
        .poll(() => page.getByRole('article', { name: '2-④ サーバ・端末PC' }).locator('.answer-foot').textContent(), WAIT)
        .toContain('保存しました');
      await page.screenshot({ path: path.join(SHOTS, 'workbook-pharmacy-provisional.png'), fullPage: false });
    });
    await page.context().close();
  });

  it('a system administrator loads the workbook, checks it row by row, corrects a row and adds it', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'workbook-load', async () => {
      await signIn(page, ADMIN.loginId, ADMIN.password, '組織');
      await page.getByRole('link', { name: 'チェックリストの版' }).click();
      const section = page.getByRole('region', { name: '公式ワークブックを取り込む' });
      await section.getByLabel('ワークブック (.xlsx)').setInputFiles(path.join(tmp, '001716187.xlsx'));
      await section.getByLabel('年度').selectOption('2026');
      await section.getByLabel('様式').selectOption('institution');
      await section.getByRole('button', { name: '読み取って確認する' }).click();
      const table = section.locator('table.workbook-rows');
      await expect.poll(() => table.textContent(), WAIT).toContain('2-⑫ サーバ・端末PC');
      expect(await section.textContent()).toMatch(/R8 令和8年度版 第2版になります/);
      expect(await section.textContent()).toContain('元の版にあって、このワークブックにない項目');
      // a new item, and the one whose wording was unknown, marked
      const row = (label: string) => table.locator('tr').filter({ hasText: label });
      expect(await row('3-④').textContent()).toContain('新規');
      expect(await row('2-④ サーバ・端末PC').textContent()).toContain('変更');
      expect(await row('2-⑫ サーバ・端末PC').textContent()).toContain('同じ');
      // correct the wording of one row, and read again
      const rowNumber = await row('2-⑫ サーバ・端末PC').getAttribute('data-row');
      await section.getByRole('button', { name: `${rowNumber} 行目を訂正` }).click();
      const fix = section.getByRole('group', { name: `${rowNumber} 行目を訂正` });
      await fix
        .getByLabel('文言', { exact: true })
        .fill('バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。(訂正)');
      await fix.getByRole('button', { name: '訂正して読み直す' }).click();
      await expect.poll(() => row('2-⑫ サーバ・端末PC').textContent(), WAIT).toContain('訂正済み');
      await page.screenshot({ path: path.join(SHOTS, 'workbook-rows.png'), fullPage: true });
      await section.getByRole('button', { name: 'この内容で版を追加' }).click();
      await expect.poll(() => section.getByRole('status').textContent(), WAIT).toContain('1 件の回答をこの版に移しました');
    });
    await page.context().close();
  });

  it('the pharmacy’s answers are on the official text, the changed items listed, and the print no longer says 推定', async () => {
    const context = await browser.newContext(CLINIC_PC);
    const page = await context.newPage();
    await step(page, 'workbook-moved', async () => {
      await signIn(page, PHARMACIST.loginId, PHARMACIST.password, 'もり薬局');
      await page.goto(sheetUrl);
      await page.getByRole('heading', { name: SHEET, level: 1 }).waitFor();
      const moved = page.getByRole('region', { name: '回答を新しい版の文言に移しました' });
      const text = (await moved.textContent()) ?? '';
      expect(text).toContain('令和8年度版 (第1版) 医療機関・薬局確認用 から 令和8年度版 (第2版) 医療機関・薬局確認用 に移しました');
      expect(text).toContain('2-④ サーバ・端末PC');
      expect(text).toContain('3-④');
      expect(await page.getByRole('region', { name: 'この様式の文言は暫定です' }).count()).toBe(0);
      const kept = page.getByRole('article', { name: '2-④ サーバ・端末PC', exact: true });
      expect(await kept.getByRole('group', { name: '2-④ サーバ・端末PC 1回目' }).getByRole('radio', { name: 'いいえ' }).isChecked()).toBe(
        true,
      );
      expect(await page.getByText('(訂正)').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SHOTS, 'workbook-moved.png'), fullPage: false });

      const [print] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /^印刷用の表示 \(A4\)/ }).click()]);
      await print.waitForLoadState();
      const body = (await print.textContent('body')) ?? '';
      expect(body).toContain('医療機関・薬局確認用');
      expect(body).not.toContain('推定');
      expect(body).not.toContain('暫定');
    });
    await context.close();
  });
});
