// The invitation journey, in real Chromium against a real server on a fresh embedded database: a
// clinic's administrator invites a pharmacist who already uses Mamori (and a login ID no one has: the
// same answer) → the pharmacist sees the invitation after signing in and accepts it → she works in
// both organisations → the clinic's member list shows only the clinic's facts about her.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';
import { addUser, cliOf, signIn } from './support/session.ts';

const DIRECTOR = { loginId: 'director', password: 'Kusunoki-Clinic-2026' };
const PHARMACIST = { loginId: 'pharm01', password: 'Kaede-Yakkyoku-2026' };

let server: E2EServer;
let browser: Browser;
let page: Page;
const cli = cliOf(() => server);

beforeAll(async () => {
  server = await startE2EServer();
  cli(['org', 'create', '--slug', 'sakura', '--name', 'さくら診療所', '--kind', 'clinic', '--prefecture', '東京都']);
  cli(['org', 'create', '--slug', 'kaede', '--name', 'かえで薬局', '--kind', 'pharmacy', '--prefecture', '東京都']);
  addUser(cli, DIRECTOR, { org: 'sakura', role: 'admin', name: '山田 太郎' });
  addUser(cli, PHARMACIST, { org: 'kaede', role: 'admin', name: '楓 薫' });
  browser = await launchBrowser();
  page = await browser.newPage(CLINIC_PC);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const notice = (p: Page) => p.locator('.notice-region');

describe('invitation journey', () => {
  it('the administrator invites a known and an unknown login ID and gets the same answer', async () => {
    await step(page, 'invite', async () => {
      await signIn(page, server.url, DIRECTOR, 'さくら診療所');
      await page.goto(`${server.url}/o/sakura/settings`);
      const invite = page.getByRole('region', { name: '既存の利用者を招待' });
      for (const loginId of [PHARMACIST.loginId, 'nobody-here']) {
        await invite.getByLabel('ログインID').fill(loginId);
        await invite.getByLabel('役割').selectOption('editor');
        await invite.getByRole('button', { name: '招待する' }).click();
        await expect
          .poll(() => notice(page).textContent())
          .toContain(`${loginId} に招待を送りました。相手が承諾するとメンバーになります。`);
      }
      const rows = page.getByRole('region', { name: '招待中' }).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      // role, inviter, 承諾待ち (the expiry differs by the seconds between the two): nothing tells them apart
      const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).filter((_, col) => col !== 2).slice(0, 3);
      expect(await cells(0)).toEqual(await cells(1));
      expect(await cells(0)).toEqual(['担当者', '山田 太郎', '承諾待ち']);
      expect(await page.getByRole('region', { name: '既存の利用者を直接追加 (システム管理者)' }).count()).toBe(0);
    });
  });

  it('the pharmacist sees the invitation after signing in and accepts it', async () => {
    const context = await browser.newContext(CLINIC_PC);
    const pharmacist = await context.newPage();
    await step(pharmacist, 'accept', async () => {
      await signIn(pharmacist, server.url, PHARMACIST, 'かえで薬局');
      await pharmacist.getByText('組織への招待が 1 件届いています。').waitFor();
      await pharmacist.getByRole('link', { name: '招待を確認する' }).click();
      await pharmacist.getByRole('heading', { name: '招待', exact: true }).waitFor();
      const card = pharmacist.getByRole('region', { name: 'さくら診療所' });
      await card.waitFor();
      const facts = (await card.locator('dd').allTextContents()).join(' / ');
      expect(facts).toContain('担当者 (システム運用担当者)');
      expect(facts).toContain('山田 太郎');
      expect(facts).toMatch(/令和\d+年\d+月\d+日/);
      fs.mkdirSync(SHOTS, { recursive: true });
      await pharmacist.screenshot({ path: path.join(SHOTS, 'invitation.png') });
      await card.getByRole('button', { name: '「さくら診療所」への招待を承諾する' }).click();
      await pharmacist.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      await expect.poll(() => notice(pharmacist).textContent()).toContain('「さくら診療所」のメンバーになりました。');
      const options = await pharmacist.getByRole('combobox', { name: '組織' }).locator('option').allTextContents();
      expect(options.sort()).toEqual(['かえで薬局', 'さくら診療所']);
      await expect.poll(() => pharmacist.getByText('組織への招待が').count()).toBe(0);
    });
    await context.close();
  });

  it("the clinic's member list shows her with the clinic's facts only", async () => {
    await step(page, 'members', async () => {
      await page.reload();
      const members = page.getByRole('region', { name: 'メンバー', exact: true });
      const row = members.getByRole('row', { name: /楓 薫/ });
      await row.waitFor();
      const headings = await members.locator('thead th').allTextContents();
      expect(headings).toContain('参加日');
      expect(headings).not.toContain('最終ログイン');
      expect(await members.textContent()).not.toContain('かえで薬局');
      const invitations = page.getByRole('region', { name: '招待中' }).locator('tbody tr');
      await expect.poll(() => invitations.count()).toBe(1); // the accepted one is a member now
      await page.screenshot({ path: path.join(SHOTS, 'members-invitations.png'), fullPage: true });
    });
  });
});
