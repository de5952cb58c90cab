// In real Chromium against a real server: a system administrator makes the next fiscal year's
// checklist version by copying 令和8年度版 (the refusal of a missing 公表日 named by its field, the
// differences shown before anything is stored); a clinic editor marks an item of a vendor's
// 事業者確認用 outside the contract, sees it in the item's history, and prints the form as it stood today.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';
import { cliOf, signIn as signInAt } from './support/session.ts';

const ADMIN = { loginId: 'sysadmin', password: 'Kanri-no-Tanaka-2026' };
const EDITOR = { loginId: 'it01', password: 'Joho-no-Sato-2026x' };
const WAIT = { timeout: 15_000 };
const OUT = '2(7) ネットワーク機器';

let server: E2EServer;
let browser: Browser;
const cli = cliOf(() => server);
const signIn = (p: Page, loginId: string, password: string, heading: string) => signInAt(p, server.url, { loginId, password }, heading);

beforeAll(async () => {
  server = await startE2EServer();
  cli(['admin', 'create', '--login', ADMIN.loginId, '--display-name', '田中', '--password-stdin'], `${ADMIN.password}\n`);
  cli(['org', 'create', '--slug', 'kaede', '--name', 'かえで病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  cli(['user', 'create', '--login', EDITOR.loginId, '--org', 'kaede', '--role', 'editor', '--password-stdin'], `${EDITOR.password}\n`);
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('checklist versions and vendor forms', { timeout: 240_000 }, () => {
  it('lets a system administrator copy 令和8年度版 into 令和9年度版, see the differences and store it', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'catalog-editor', async () => {
      await signIn(page, ADMIN.loginId, ADMIN.password, '組織');
      await page.getByRole('link', { name: 'チェックリストの版' }).click();
      await page.getByRole('heading', { name: 'チェックリストの版', level: 1 }).waitFor();
      await page.getByLabel('コピー元').selectOption({ label: 'R8 令和8年度版 第1版' });
      await page.getByRole('button', { name: 'コピーして編集を始める' }).click();
      await page.getByRole('heading', { name: /編集中: R9 第1版/ }).waitFor();
      // no 公表日 yet: refused, the field named, nothing stored
      await page.getByRole('button', { name: '差分を確認 (まだ保存しません)' }).click();
      await expect.poll(() => page.locator('.form-error').textContent(), WAIT).toContain('provenance.published');
      expect(await page.getByRole('button', { name: 'この内容で版を追加' }).isDisabled()).toBe(true);

      await page.getByLabel('公表日 (例: 2026-06)').fill('2027-06');
      const item = page.locator('details.editor-item').filter({ hasText: '(2-1)' });
      await item.locator('summary').click();
      await item.getByLabel('文言の確認状況').selectOption('confirmed');
      await item
        .getByLabel('項目の文言 (様式のとおり)')
        .fill('サーバ、端末PC、ネットワーク機器の台帳管理を行っている。(令和9年度版で照合)');
      await page.getByRole('button', { name: '差分を確認 (まだ保存しません)' }).click();
      const diff = page.locator('.import-diff');
      await expect.poll(() => diff.textContent(), WAIT).toContain('R8');
      expect(await diff.textContent()).toMatch(/2-①/);
      await page.screenshot({ path: path.join(SHOTS, 'catalog-editor-diff.png'), fullPage: true });
      await page.getByRole('button', { name: 'この内容で版を追加' }).click();
      await expect.poll(() => page.locator('.notice-region').textContent(), WAIT).toContain('R9 第1版を追加しました。');
      await page.getByRole('row', { name: /R9 令和9年度版/ }).waitFor();
    });
    // stored as edited: the one item checked is confirmed, every other copied wording is 推定
    const r9 = await page.evaluate(async () => (await fetch('/api/catalog/R9')).json());
    const items = r9.forms[0].items as { id: string; wording: string; text: string | null }[];
    expect(items.find((i) => i.id === '2-1')).toMatchObject({ wording: 'confirmed', text: expect.stringContaining('令和9年度版で照合') });
    expect(items.filter((i) => i.id !== '2-1').some((i) => i.wording === 'confirmed')).toBe(false);
    expect(r9).toMatchObject({ id: 'R9', revision: 1, fiscalYear: 2027, released: false, derivedFrom: { id: 'R8' } });
    await page.context().close();
  });

  it('lets an editor mark a vendor’s item outside the contract, see its history, and print the form as of today', async () => {
    const context = await browser.newContext(CLINIC_PC);
    const page = await context.newPage();
    await step(page, 'vendor-scope', async () => {
      await signIn(page, EDITOR.loginId, EDITOR.password, 'かえで病院');
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
      await page.getByLabel('年度', { exact: true }).selectOption('2024');
      await page.getByLabel('回答する様式').selectOption('vendor');
      await page.getByLabel('事業者名').fill('ABCメディカル');
      await page.getByRole('button', { name: '回答を始める' }).click();
      await page.getByRole('heading', { name: /令和6年度 事業者確認用/, level: 1 }).waitFor();

      const item = page.getByRole('article', { name: OUT, exact: true });
      await item.getByRole('button', { name: `${OUT} をこの事業者の契約範囲外にする` }).click();
      await expect.poll(() => item.textContent(), WAIT).toContain('契約範囲外のため、この事業者の確認は不要です');
      expect(await item.getByRole('radio').count()).toBe(0);
      await item.locator('details.item-history summary').click();
      await expect.poll(() => item.getByRole('table', { name: `${OUT} の履歴` }).textContent(), WAIT).toContain('契約範囲外にした');

      await page.screenshot({ path: path.join(SHOTS, 'vendor-out-of-scope.png'), fullPage: true });
      await page.locator('details.as-of summary').click();
      const today = await page.evaluate(() => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()));
      await page.getByLabel('日付 (和暦・西暦)').fill('令和99年1月1日');
      await page.getByRole('button', { name: /印刷用の表示を開く/ }).click();
      await page.getByText('今日以前の日付を入力してください').waitFor();
      await page.getByLabel('日付 (和暦・西暦)').fill(today);
      const [print] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /印刷用の表示を開く/ }).click()]);
      await print.waitForLoadState();
      const text = (await print.textContent('body')) ?? '';
      expect(text).toContain('終了時点（日本時間）の内容です');
      expect(text).toContain('契約範囲外のため');
      expect(print.url()).toContain(`asOf=${today}`);
    });
    await context.close();
  });
});
