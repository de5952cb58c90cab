// The platform journey as a clinic's administrator would take it, in real Chromium against a real
// server on a fresh embedded database: first start → create the administrator → enrol MFA → sign
// out → sign in with TOTP → create organisations and a second user → that user cannot see the other
// organisation.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepAt, totpCode } from '../server/features/auth/totp.ts';
import { launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';

const ADMIN = { loginId: 'director', name: '山田 太郎', password: 'Kusunoki-Clinic-2026' };
const NURSE = { loginId: 'nurse01', name: '看護 花子', password: 'Hanako-new-pass-77' };

let server: E2EServer;
let browser: Browser;
let page: Page;
let secret = '';
let lastStep = 0;

/** Opens the app and submits the login form (what comes next depends on the account). */
async function signIn(p: Page, loginId: string, password: string): Promise<void> {
  await p.goto(server.url);
  await p.getByLabel('ログインID').fill(loginId);
  await p.getByLabel('パスワード').fill(password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
}

/** A TOTP code at a step the server has not seen yet (it refuses reuse): its clock is moved on a step, not waited for. */
function nextCode(): string {
  if (stepAt(server.now()) <= lastStep) server.advanceClock(30_000);
  lastStep = stepAt(server.now());
  return totpCode(secret, lastStep);
}

beforeAll(async () => {
  server = await startE2EServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('platform journey', () => {
  it('first start: the page offers creating the first system administrator', async () => {
    await step(page, 'first-start', async () => {
      await page.goto(server.url);
      await page.getByRole('heading', { name: '初期設定' }).waitFor();
      await page.getByLabel('ログインID').fill(ADMIN.loginId);
      await page.getByLabel('氏名').fill(ADMIN.name);
      await page.getByLabel('パスワード', { exact: true }).fill('short1');
      await page.getByLabel('パスワード (確認)').fill('short1');
      await page.getByRole('button', { name: 'システム管理者を作成' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/13 文字以上/);
      await page.getByLabel('パスワード', { exact: true }).fill(ADMIN.password);
      await page.getByLabel('パスワード (確認)').fill(ADMIN.password);
      await page.getByRole('button', { name: 'システム管理者を作成' }).click();
      await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    });
  });

  it('signs in and enrols MFA with the QR code, getting recovery codes', async () => {
    await step(page, 'enrol', async () => {
      await page.getByLabel('ログインID').fill(ADMIN.loginId);
      await page.getByLabel('パスワード').fill(ADMIN.password);
      await page.getByRole('button', { name: 'ログイン', exact: true }).click();
      await page.getByRole('heading', { name: '組織の管理' }).waitFor();
      await page.getByRole('navigation', { name: '利用者メニュー' }).getByRole('link', { name: 'アカウント' }).click();
      await page.getByRole('link', { name: '二要素認証を設定する' }).click();
      await page.getByRole('heading', { name: '二要素認証の登録' }).waitFor();
      await page.getByRole('img', { name: '二要素認証の登録用 QR コード' }).waitFor();
      secret = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s+/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await page.getByLabel('確認コード').fill(nextCode());
      await page.getByRole('button', { name: '登録を完了' }).click();
      await page.getByRole('heading', { name: 'リカバリーコード' }).waitFor();
      expect(await page.getByRole('list', { name: 'リカバリーコードの一覧' }).getByRole('listitem').count()).toBe(10);
      await page.getByRole('button', { name: '保管しました。続ける' }).click();
    });
  });

  it('signs out, and signing in again asks for the TOTP code', async () => {
    await step(page, 'totp-sign-in', async () => {
      await page.getByRole('navigation', { name: '利用者メニュー' }).getByRole('button', { name: 'ログアウト' }).click();
      await page.getByRole('heading', { name: 'ログイン' }).waitFor();
      await expect.poll(() => page.locator('.notice-region').textContent()).toContain('ログアウトしました。');
      await page.getByLabel('ログインID').fill(ADMIN.loginId);
      await page.getByLabel('パスワード').fill(ADMIN.password);
      await page.getByRole('button', { name: 'ログイン', exact: true }).click();
      await page.getByRole('heading', { name: '確認コードの入力' }).waitFor();
      await page.getByLabel('確認コード').fill('000000');
      await page.getByRole('button', { name: '確認' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/確認コードが正しくない/);
      await page.getByLabel('確認コード').fill(nextCode());
      await page.getByRole('button', { name: '確認' }).click();
      await page.getByRole('heading', { name: '組織の管理' }).waitFor();
    });
  });

  it('creates two organisations and a user in the first one', async () => {
    await step(page, 'create-orgs', async () => {
      for (const [slug, name, kind] of [
        ['sakura', 'さくら診療所', 'clinic'],
        ['kaede', 'かえで薬局', 'pharmacy'],
      ] as const) {
        const form = page.getByRole('region', { name: '組織を登録' });
        await form.getByLabel('識別子').fill(slug);
        await form.getByLabel('名称', { exact: true }).fill(name);
        await form.getByLabel('種別').selectOption(kind);
        await form.getByLabel('都道府県').selectOption('東京都');
        await form.getByRole('button', { name: '組織を登録' }).click();
        await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`組織「${name}」を登録しました。`);
      }
      await page.getByRole('link', { name: 'さくら診療所 の設定' }).click();
      await page.getByRole('heading', { name: '組織の設定' }).waitFor();
      const create = page.getByRole('region', { name: '新しい利用者を作成' });
      await create.getByLabel('ログインID').fill(NURSE.loginId);
      await create.getByLabel('氏名').fill(NURSE.name);
      await create.getByLabel('役割').selectOption('editor');
      await create.getByRole('button', { name: '利用者を作成' }).click();
      const temp = ((await page.getByTestId('temporary-password').textContent()) ?? '').trim();
      expect(temp).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
      await page.getByRole('button', { name: '伝えました。閉じる' }).click();
      NURSE_TEMP.value = temp;
    });
  });

  it('the second user changes the temporary password and sees only her organisation', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const nurse = await context.newPage();
    await step(nurse, 'second-user', async () => {
      await signIn(nurse, NURSE.loginId, NURSE_TEMP.value);
      await nurse.getByRole('heading', { name: 'パスワードの変更' }).waitFor();
      await nurse.getByLabel('現在のパスワード').fill(NURSE_TEMP.value);
      await nurse.getByLabel('新しいパスワード', { exact: true }).fill(NURSE.password);
      await nurse.getByLabel('新しいパスワード (確認)').fill(NURSE.password);
      await nurse.getByRole('button', { name: 'パスワードを変更' }).click();
      await nurse.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      // the message outlives the redirect to her organisation's home
      await expect.poll(() => nurse.locator('.notice-region').textContent()).toContain('パスワードを変更しました。');
      const options = await nurse.getByRole('combobox', { name: '組織' }).locator('option').allTextContents();
      expect(options).toEqual(['さくら診療所']);
      expect(await nurse.getByRole('navigation', { name: 'システム管理' }).count()).toBe(0);

      // the other organisation, by its address and through the API with its id: not found
      await nurse.goto(`${server.url}/o/kaede`);
      await nurse.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
      const kaedeId = await page.evaluate(async () => {
        const res = await fetch('/api/orgs');
        const body = (await res.json()) as { organizations: { id: string; slug: string }[] };
        return body.organizations.find((o) => o.slug === 'kaede')?.id;
      });
      const status = await nurse.evaluate(async (id) => (await fetch(`/api/orgs/${id}`)).status, kaedeId);
      expect(status).toBe(404);
      fs.mkdirSync(SHOTS, { recursive: true });
      await nurse.screenshot({ path: path.join(SHOTS, 'journey-second-user.png') });
    });
    await context.close();
  });

  it('shows the checklist items of each version, marking wording not read in the official text', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const nurse = await context.newPage();
    await step(nurse, 'catalog', async () => {
      await signIn(nurse, NURSE.loginId, NURSE.password);
      await nurse.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      await nurse.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
      await nurse.getByRole('heading', { name: 'チェックリスト', exact: true }).waitFor();
      // the latest version first (令和8年度, provisional); 令和7年度版 numbers its items 2-①…⑬
      expect(await nurse.getByLabel('版', { exact: true }).inputValue()).toBe('R8');
      await nurse.getByLabel('版', { exact: true }).selectOption('R7');
      const usb = nurse.getByRole('row', { name: /^2-⑨/ });
      await usb.waitFor();
      expect(await usb.textContent()).toContain('文言不明');
      expect(await usb.textContent()).toContain('USB ストレージ等の外部記録媒');
      const firewall = nurse.getByRole('row', { name: /^2-⑬/ });
      expect(await firewall.textContent()).toContain('原文確認済み');
      await nurse.getByLabel('版', { exact: true }).selectOption('R5');
      await nurse.getByRole('heading', { name: '令和5年度版 医療機関確認用' }).waitFor();
      expect(await nurse.getByRole('row', { name: /^2\(4\)/ }).count()).toBe(2); // サーバ and 端末PC rows
      await nurse.screenshot({ path: path.join(SHOTS, 'catalog-r5.png'), fullPage: false });
      await nurse.getByLabel('様式', { exact: true }).selectOption('vendor');
      await nurse.getByRole('heading', { name: '令和5年度版 事業者確認用' }).waitFor();
      fs.mkdirSync(SHOTS, { recursive: true });
      await nurse.screenshot({ path: path.join(SHOTS, 'catalog.png'), fullPage: false });
    });
    await context.close();
  });

  it('answers the checklist by keyboard: dates in 和暦, a target date outside the year refused, gaps and progress', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const nurse = await context.newPage();
    await step(nurse, 'answer', async () => {
      await signIn(nurse, NURSE.loginId, NURSE.password);
      await nurse.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      await nurse.goto(`${server.url}/o/sakura/checklist`);
      await nurse.getByLabel('年度', { exact: true }).selectOption('2025');
      await nurse.getByLabel('回答する様式').selectOption('institution');
      await nurse.getByRole('button', { name: '回答を始める' }).click();
      await nurse.getByRole('heading', { name: '令和7年度 医療機関確認用 (令和7年度版)' }).waitFor();

      // the gate, by keyboard: focus its はい and press Space
      await nurse.getByRole('group', { name: '医療情報システムの有無 1回目' }).getByRole('radio', { name: 'はい' }).focus();
      await nurse.keyboard.press('Space');
      const gate = nurse.getByRole('article', { name: '医療情報システムの有無' });
      await expect.poll(() => gate.textContent()).toContain('保存しました');

      const item = nurse.getByRole('article', { name: '1-①' });
      await item.getByRole('group', { name: '1-① 1回目' }).getByRole('radio', { name: 'いいえ' }).check();
      await expect.poll(() => item.textContent()).toContain('保存しました');
      await nurse.getByLabel('1-① 1回目の確認日').fill('令和7年6月2日');
      await nurse.getByLabel('1-① 目標日').fill('2026-04-30');
      await nurse.keyboard.press('Tab');
      await expect.poll(() => item.textContent()).toContain('令和7年度中 (2025-04-01 から 2026-03-31 まで) の日付にしてください');
      await nurse.getByLabel('1-① 目標日').fill('令和8年3月31日');
      await nurse.keyboard.press('Tab');
      await expect.poll(() => item.textContent()).toContain('保存しました');

      await nurse.reload();
      await nurse.getByRole('heading', { name: '令和7年度 医療機関確認用 (令和7年度版)' }).waitFor();
      const target = await nurse.getByLabel('1-① 目標日').inputValue();
      expect(['令和8年3月31日', '2026-03-31']).toContain(target);
      expect(await nurse.getByRole('progressbar', { name: '回答の進み具合' }).getAttribute('value')).toBe('2');
      const gaps = nurse.getByRole('heading', { name: '立入検査で指摘される可能性がある点' });
      await gaps.waitFor();
      expect(await nurse.getByRole('link', { name: /2-① .*1回目の回答がありません/ }).count()).toBe(1);
      const [download] = await Promise.all([
        nurse.waitForEvent('download'),
        nurse.getByRole('link', { name: 'CSV (UTF-8, Excel 向け)' }).click(),
      ]);
      const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv).toMatch(/1-①,[^\r]*,いいえ,2025-06-02,2026-03-31,/);
      fs.mkdirSync(SHOTS, { recursive: true });
      await nurse.screenshot({ path: path.join(SHOTS, 'answer-sheet.png') });

      // next year starts from this one: answers carried, dates cleared for the fresh check
      await nurse.goto(`${server.url}/o/sakura/checklist`);
      await nurse.getByLabel('年度', { exact: true }).selectOption('2026');
      await nurse.getByLabel('回答する様式').selectOption('institution');
      expect(await nurse.getByLabel('前年度までの回答を引き継ぐ').locator('option:checked').textContent()).toContain('令和7年度');
      await nurse.getByRole('button', { name: '回答を始める' }).click();
      await nurse.getByRole('heading', { name: '令和8年度 医療機関・薬局確認用 (令和8年度版)' }).waitFor();
      await nurse.getByRole('heading', { name: '前年度の回答を引き継ぎました' }).waitFor();
      const carried = nurse.getByRole('article', { name: '1-①' });
      expect(await carried.getByRole('group', { name: '1-① 1回目' }).getByRole('radio', { name: 'いいえ' }).isChecked()).toBe(true);
      expect(await nurse.getByLabel('1-① 1回目の確認日').inputValue()).toBe('');
    });
    await context.close();
  });

  it('fits a 1366×768 clinic PC without sideways scrolling and prints without the navigation', async () => {
    await step(page, 'layout-print', async () => {
      await page.goto(`${server.url}/o/sakura/settings`);
      await page.getByRole('heading', { name: '組織の設定' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      const pdf = path.join(SHOTS, 'settings-print.pdf');
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.pdf({ path: pdf, format: 'A4' });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('組織の設定');
      expect(text).not.toContain('機器台帳'); // the side navigation is not printed
    });
  });

  it('recorded the journey in the audit trail, and the chain verifies', async () => {
    const events = await page.evaluate(
      async () => (await (await fetch('/api/audit?pageSize=500')).json()) as { events: { action: string }[] },
    );
    const actions = new Set(events.events.map((e) => e.action));
    for (const a of [
      'user.created',
      'user.mfa_enabled',
      'auth.signed_in',
      'auth.sign_in_failed',
      'org.created',
      'member.added',
      'user.password_changed',
    ]) {
      expect(actions, a).toContain(a);
    }
    const verify = execFileSync('node', ['bin/mamori.js', 'audit', 'verify', '--data', server.dataDir, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(JSON.parse(verify)).toMatchObject({ ok: true, broken: [] });
  });
});

const NURSE_TEMP = { value: '' };
