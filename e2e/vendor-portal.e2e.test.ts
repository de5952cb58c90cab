// A person at a vendor, in a fresh browser: opens the invitation link an institution sent (made with
// `mamori vendor invite`), sees what it is for, sets up a vendor account by keyboard and lands in the
// portal; the link is gone from the address and cannot be used again; the institutions' pages do not
// exist for them; a second institution's link joins the same account.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_PC, launchBrowser, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';
import { cliOf } from './support/session.ts';

const VENDOR = { loginId: 'hoshu-sato', password: 'Shiroi-Kumo-2026-qp' };

let server: E2EServer;
let browser: Browser;
let page: Page;
const cli = cliOf(() => server);
const invite = (org: string, vendor: string) =>
  JSON.parse(cli(['vendor', 'invite', '--org', org, '--vendor', vendor, '--fiscal-year', '2026', '--person', '佐藤 保守', '--json']))
    .link as string;

beforeAll(async () => {
  server = await startE2EServer();
  // an installation in use: its administrator exists (else the first start would be asked for)
  cli(['user', 'create', '--login', 'kanri', '--display-name', '管理 者', '--system-admin', '--password-stdin'], 'Hikari-Mado-2026-zz\n');
  cli(['org', 'create', '--slug', 'tsubaki', '--name', 'つばき病院', '--kind', 'hospital', '--prefecture', '静岡県']);
  cli(['org', 'create', '--slug', 'ume', '--name', 'うめクリニック', '--kind', 'clinic', '--prefecture', '静岡県']);
  cli(['vendor', 'create', '--org', 'tsubaki', '--name', '株式会社 カルテシステムズ']);
  cli(['vendor', 'create', '--org', 'ume', '--name', 'カルテシステムズ(株)']);
  browser = await launchBrowser();
  // a fresh browser of the vendor's own: no cookie of the institution
  page = await browser.newPage(CLINIC_PC);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the vendor portal', () => {
  let firstLink: string;

  it('opens the link, sets up a vendor account by keyboard and lands in the portal', async () => {
    firstLink = invite('tsubaki', 'カルテシステムズ');
    expect(firstLink).toMatch(new RegExp(`^${server.url}/vendor/accept#[A-Za-z0-9_-]{43}$`));
    await step(page, 'vendor-accept', async () => {
      await page.goto(firstLink);
      await page.getByRole('heading', { name: '事業者確認用への招待', level: 1 }).waitFor();
      await page
        .getByText('つばき病院 から、株式会社 カルテシステムズ の担当者として令和8年度の事業者確認用への回答を依頼されています。')
        .waitFor();
      // the token is taken off the address at once
      expect(page.url()).toBe(`${server.url}/vendor/accept`);
      await page.getByLabel('ログインID').fill(VENDOR.loginId);
      expect(await page.getByLabel('氏名').inputValue()).toBe('佐藤 保守');
      await page.getByLabel('パスワード', { exact: true }).fill(VENDOR.password);
      await page.getByLabel('パスワード (確認)').fill(VENDOR.password);
      await page.getByLabel('パスワード (確認)').press('Enter');
      await page.getByRole('heading', { name: '事業者ポータル', level: 1 }).waitFor();
      const row = page.getByRole('row', { name: /つばき病院/ });
      await expect.poll(() => row.textContent()).toContain('令和8年度');
      expect(await row.textContent()).toContain('受諾済み');
      expect(await page.getByRole('navigation', { name: '組織のメニュー' }).count()).toBe(0);
    });
  });

  it('is taken back to the portal from an institution’s page', async () => {
    await step(page, 'vendor-confined', async () => {
      await page.goto(`${server.url}/o/tsubaki/vendors`);
      await page.getByRole('heading', { name: '事業者ポータル', level: 1 }).waitFor();
      expect(page.url()).toBe(`${server.url}/vendor`);
    });
  });

  it('adds a second institution’s link to the same account', async () => {
    await step(page, 'vendor-join', async () => {
      await page.goto(invite('ume', 'カルテシステムズ'));
      await page.getByText('佐藤 保守 としてログインしています。').waitFor();
      await page.getByRole('button', { name: 'この招待をアカウントに加える' }).click();
      await page.getByRole('heading', { name: '事業者ポータル', level: 1 }).waitFor();
      await page.getByRole('row', { name: /うめクリニック/ }).waitFor();
      expect(await page.getByRole('row', { name: /つばき病院/ }).count()).toBe(1);
    });
  });

  it('refuses the used link in another browser, without saying why', async () => {
    const other = await browser.newPage(CLINIC_PC);
    try {
      await step(other, 'vendor-used-link', async () => {
        await other.goto(firstLink);
        await other
          .getByRole('alert')
          .filter({ hasText: 'このリンクは使えません。期限が切れたか、取り消されたか、既に使われたか、正しくありません。' })
          .waitFor();
        expect(await other.getByLabel('ログインID').count()).toBe(0);
      });
    } finally {
      await other.close();
    }
  });
});
