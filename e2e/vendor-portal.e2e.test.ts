// A person at a vendor, in a fresh browser: opens the invitation link an institution sent (made with
// `mamori vendor invite`), sees what it is for, sets up a vendor account by keyboard and lands in the
// portal; the link is gone from the address and cannot be used again; the institutions' pages do not
// exist for them; a second institution's link joins the same account. The vendor answers an item and
// submits; the institution returns it with a comment; the vendor sees it, fixes and submits; the
// institution accepts. Along the way the vendor reads Mamori's help on an item and attaches a contract
// (seen on the institution's sheet), starts the second institution's form from the first one's answers,
// and sends an MDS for a system the institution added.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_PC, launchBrowser, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';
import { addUser, cliOf, signIn } from './support/session.ts';

const VENDOR = { loginId: 'hoshu-sato', password: 'Shiroi-Kumo-2026-qp' };
const STAFF = { loginId: 'joho-ka', password: 'Aoi-Sora-Byoin-2026x' };

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
  // a second vendor providing a system in use, never invited: readiness names it as missing
  cli(['vendor', 'create', '--org', 'tsubaki', '--name', '画像システム株式会社', '--system', 'PACS', '--kind', 'pacs']);
  addUser(cli, STAFF, { org: 'tsubaki', role: 'editor', name: '情報 課' });
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

  it('answers an item and submits; the institution returns it with a comment; fixed and submitted, it is accepted', async () => {
    await step(page, 'vendor-answer', async () => {
      await page.goto(`${server.url}/vendor`);
      await page.getByRole('link', { name: 'つばき病院 令和8年度 の事業者確認用に回答する' }).click();
      await page.getByRole('link', { name: /令和8年度 事業者確認用/ }).click();
      const item = page.locator('form.vendor-item').first();
      await item.getByRole('radio', { name: 'はい' }).check();
      await item.getByLabel('確認した日').fill('令和8年11月2日');
      await item.getByRole('button', { name: 'この項目を保存' }).click();
      await expect.poll(() => page.locator('.notice-region').textContent()).toContain('を保存しました');
      // Mamori's help on the item, and a contract attached as evidence
      const block = page.locator('.vendor-item-block').first();
      await block.getByText('この項目の解説').click();
      await block.getByText('Mamori による解説').first().waitFor();
      await block.getByText('証跡ファイル (0)').click();
      await block.locator('input[type=file]').setInputFiles({
        name: '保守契約書.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7 保守契約書'),
      });
      await block.getByText('証跡ファイル (1)').waitFor();
      await block.getByRole('link', { name: '保守契約書.pdf' }).waitFor();
      // the second item is not this vendor's to confirm
      const second = page.locator('form.vendor-item').nth(1);
      await second.getByLabel('契約範囲外 (この事業者の契約では確認不要)').check();
      await expect.poll(() => second.getByRole('radio', { name: 'はい' }).count()).toBe(0);
      await page.getByRole('button', { name: '医療機関に提出する' }).click();
      await page.getByText('提出済みまたは受理済みのため変更できません。').waitFor();
    });
    const staff = await browser.newPage(CLINIC_PC);
    try {
      await step(staff, 'institution-return', async () => {
        await signIn(staff, server.url, STAFF, 'つばき病院');
        await staff.goto(`${server.url}/o/tsubaki/checklist`);
        await staff
          .getByRole('link', { name: /事業者確認用/ })
          .first()
          .click();
        await staff.getByText('事業者の回答: 確認待ち (事業者が提出)').waitFor();
        // the vendor's evidence is on the institution's sheet
        await staff.getByText('証跡ファイル (1)').first().waitFor();
        await staff.getByText('差し戻すときのコメント (項目ごと)').click();
        await staff
          .getByLabel(/へのコメント$/)
          .first()
          .fill('確認した日を契約書の日付と合わせてください');
        await staff.getByRole('button', { name: '差し戻す' }).click();
        await staff.getByText('事業者の回答: 差し戻し (事業者が修正中)').waitFor();
        // the comment sent stays on the institution's sheet while the vendor fixes it
        await staff.getByRole('region', { name: '事業者の回答' }).getByText('確認した日を契約書の日付と合わせてください').waitFor();
      });
      await step(page, 'vendor-fix', async () => {
        await page.reload();
        await page.getByText('医療機関からのコメント: 確認した日を契約書の日付と合わせてください').waitFor();
        const item = page.locator('form.vendor-item').first();
        await item.getByLabel('確認した日').fill('令和8年11月3日');
        await item.getByRole('button', { name: 'この項目を保存' }).click();
        await expect.poll(() => page.locator('.notice-region').textContent()).toContain('を保存しました');
        await page.getByRole('button', { name: '医療機関に提出する' }).click();
        await page.getByText('提出済みまたは受理済みのため変更できません。').waitFor();
      });
      await step(staff, 'institution-accept', async () => {
        await staff.reload();
        await staff.getByRole('button', { name: '受理する' }).click();
        await staff.getByText('事業者の回答: 受理').waitFor();
      });
      await step(staff, 'institution-readiness-pack', async () => {
        await staff.goto(`${server.url}/o/tsubaki`);
        const dashboard = staff.getByRole('region', { name: '立入検査への準備' });
        await expect.poll(() => dashboard.textContent()).toContain('画像システム株式会社 (事業者台帳) — 事業者確認用がありません');
        expect(await dashboard.textContent()).toContain('株式会社 カルテシステムズ (事業者確認用のみ) — 事業者確認用があります');
        const link = dashboard.getByRole('link', { name: '立入検査用一式 (PDF)' });
        const [file] = await Promise.all([staff.waitForEvent('download'), link.click()]);
        const out = path.join(os.tmpdir(), `pack-${Date.now()}.pdf`);
        await file.saveAs(out);
        const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
        // the accepted form is printed with the vendor's answer
        expect(text).toContain('事業者確認用');
        expect(text).toContain('カルテシステムズ');
        expect(text).toContain('2026-11-03');
      });
    } finally {
      await staff.close();
    }
  });

  it('starts the second institution’s form from the answers given to the first', async () => {
    await step(page, 'vendor-start-from', async () => {
      await page.goto(`${server.url}/vendor`);
      await page.getByRole('link', { name: 'うめクリニック 令和8年度 の事業者確認用に回答する' }).click();
      await page.getByRole('link', { name: /令和8年度 事業者確認用/ }).click();
      const panel = page.getByRole('region', { name: '前の回答から始める' });
      expect(await panel.getByLabel('写す元の回答').inputValue()).not.toBe('');
      expect(await panel.getByRole('option').first().textContent()).toContain('別の医療機関: つばき病院 令和8年度');
      await panel.getByRole('button', { name: 'この回答から始める' }).click();
      await panel.getByText(/つばき病院 令和8年度 の回答から \d+ 項目を確認した日とともに写しました/).waitFor();
      const first = page.locator('form.vendor-item').first();
      await expect.poll(() => first.getByRole('radio', { name: 'はい' }).isChecked()).toBe(true);
      expect(await first.getByLabel('確認した日').inputValue()).toBe('2026-11-03');
    });
  });

  it('sends an MDS for a system of the invitation; the institution finds it in its 事業者台帳', async () => {
    const staff = await browser.newPage(CLINIC_PC);
    try {
      await step(staff, 'institution-system', async () => {
        await signIn(staff, server.url, STAFF, 'つばき病院');
        await staff.goto(`${server.url}/o/tsubaki/vendors`);
        await staff.getByRole('link', { name: '株式会社 カルテシステムズ' }).click();
        await staff.getByRole('button', { name: 'システムを追加' }).click();
        await staff.getByLabel('システム名').fill('電子カルテ');
        await staff.getByLabel('システム名').press('Enter');
        await staff.getByRole('button', { name: '「電子カルテ」を変更する' }).waitFor();
      });
      await step(page, 'vendor-mds', async () => {
        await page.goto(`${server.url}/vendor`);
        await page.getByRole('link', { name: 'つばき病院 令和8年度 の事業者確認用に回答する' }).click();
        const mds = page.getByRole('region', { name: 'MDS/SDS (医療情報セキュリティ開示書)' });
        await mds.getByText('まだ受け取っていません。').waitFor();
        await mds.getByText('電子カルテ の MDS/SDS を提出する').click();
        await mds.getByLabel('JAHIS 標準の版').fill('Ver.5.0');
        await mds.getByLabel('作成日').fill('令和8年4月1日');
        await mds.getByLabel('対象の製品のバージョン').fill('5.2');
        await mds.getByLabel('文書のファイル (PDF・Excel など)').setInputFiles({
          name: 'MDS_電子カルテ.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7 MDS'),
        });
        await mds.getByRole('button', { name: '提出する' }).click();
        await mds.getByText(/MDS_電子カルテ\.pdf/).waitFor();
        expect(await mds.getByRole('listitem').filter({ hasText: 'MDS_電子カルテ.pdf' }).textContent()).toContain('Ver.5.0 2026-04-01');
      });
      await step(staff, 'institution-mds', async () => {
        await staff.reload();
        await staff.getByText('MDS_電子カルテ.pdf').first().waitFor();
      });
    } finally {
      await staff.close();
    }
  });
});
