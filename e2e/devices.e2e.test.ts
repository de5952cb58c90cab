// The 機器台帳 in real Chromium: an editor imports the manual's ledger as .xlsx with Japanese headers
// (a merged title row above them), sees one row rejected (192.168.10.300) and a formula cell whose saved
// result is taken (L6), types the right address in the check, imports; accepts nmap candidates (RDP flagged); finds a PC by typing its name in full width; edits a row and sees its
// history; retires a device; records that the maintenance vendor was asked (2(2)); a viewer reads
// without any control to change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerXlsx, MANUAL_ROWS } from '../server/features/devices/ledger-files.test-helpers.ts';
import { runCli } from '../server/test/run-cli.ts';
import { haveSamples, SAMPLES } from '../server/test/samples.ts';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';

const EDITOR = { loginId: 'it02', password: 'Daicho-no-Kato-2026' };
const VIEWER = { loginId: 'view02', password: 'Etsuran-no-Ito-2026' };
const WAIT = { timeout: 15_000 };

let server: E2EServer;
let browser: Browser;
let tmp = '';

const cli = (args: string[], input?: string) => runCli([...args, '--data', server.dataDir], input);

async function signIn(p: Page, who: { loginId: string; password: string }) {
  await p.goto(server.url);
  await p.getByLabel('ログインID').fill(who.loginId);
  await p.getByLabel('パスワード').fill(who.password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
  await p.getByRole('heading', { name: 'ひまわり病院' }).first().waitFor();
  await p.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '機器台帳' }).click();
  await p.getByRole('heading', { name: '機器台帳', level: 1 }).waitFor();
}

beforeAll(async () => {
  server = await startE2EServer();
  for (const args of [
    ['org', 'create', '--slug', 'himawari', '--name', 'ひまわり病院', '--kind', 'hospital'],
    ['user', 'create', '--login', EDITOR.loginId, '--org', 'himawari', '--role', 'editor', '--password-stdin'],
    ['user', 'create', '--login', VIEWER.loginId, '--org', 'himawari', '--role', 'viewer', '--password-stdin'],
  ]) {
    const password = args.includes(EDITOR.loginId) ? EDITOR.password : VIEWER.password;
    const res = await cli(args, `${password}\n`);
    expect(res.code, res.stderr).toBe(0);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-devices-'));
  const rows = [
    ...MANUAL_ROWS,
    [
      'PC-002',
      '富士通',
      'Windows 10 Pro',
      '',
      '',
      '192.168.10.300',
      '病棟PC02',
      '病棟',
      '看護部',
      '令和6年4月1日',
      '稼働中',
      {
        formula: '"病棟"&"用"',
        result: '病棟用',
      },
    ],
  ];
  fs.writeFileSync(path.join(tmp, '機器台帳.xlsx'), await ledgerXlsx(rows));
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('device ledger journey', { timeout: 240_000 }, () => {
  it('imports the ledger from .xlsx after correcting the one rejected row', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'devices-import', async () => {
      await signIn(page, EDITOR);
      await page.getByText('機器はまだ登録されていません').waitFor();
      await page.getByRole('link', { name: 'ファイルから取り込む' }).click();
      await page.getByLabel('取り込むファイル').setInputFiles(path.join(tmp, '機器台帳.xlsx'));
      await page.getByRole('button', { name: '内容を確かめる' }).click();
      const summary = page.locator('.import-summary');
      await expect.poll(() => summary.textContent(), WAIT).toContain('追加 3 台 / 更新 0 台 / 変更なし 0 台 / 取り込めない行 1');
      expect(await summary.textContent()).toContain('見出しは 2 行目');
      const rejected = page.getByRole('region', { name: '取り込めない行' });
      expect(await rejected.textContent()).toContain('192.168.10.300 は IPv4 アドレスとして正しくありません');
      expect(await page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true);
      const formulas = page.getByRole('region', { name: '確かめてください (数式のセル)' });
      expect(await formulas.textContent()).toContain('L6 は数式です。計算結果の値「病棟用」を取り込みました');
      await page.getByLabel('6 行目「IPアドレス」を直した値').fill('192.168.10.103');
      await page.getByRole('button', { name: '直した内容で確かめ直す' }).click();
      await expect.poll(() => summary.textContent(), WAIT).toContain('追加 4 台 / 更新 0 台 / 変更なし 0 台 / 取り込めない行 0');
      await page.screenshot({ path: path.join(SHOTS, 'devices-import-check.png'), fullPage: true });
      await page.getByRole('button', { name: '取り込む', exact: true }).click();
      await expect.poll(() => page.locator('.notice-region').textContent(), WAIT).toContain('取り込みました: 追加 4 台、更新 0 台。');
      await page.getByRole('heading', { name: '機器台帳', level: 1 }).waitFor();
      await expect.poll(() => page.locator('.ledger-count').textContent(), WAIT).toContain('4 台');
      // at 1366×768 every column of the ledger is in sight, none clipped behind a sideways scroll
      const wrap = page.locator('.ledger-table').locator('xpath=ancestor::div[contains(@class,"table-wrap")]');
      const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client + 1);
    });
    await page.context().close();
  });

  it.skipIf(!haveSamples)('accepts nmap candidates, with the host that exposes RDP flagged', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'devices-nmap', async () => {
      await signIn(page, EDITOR);
      await page.getByRole('link', { name: 'ファイルから取り込む' }).click();
      await page.getByLabel('取り込むファイル').setInputFiles(path.join(SAMPLES, 'nmap', 'libnmap-full_sudo6.xml'));
      await page.getByRole('button', { name: '内容を確かめる' }).click();
      await expect.poll(() => page.locator('.import-summary').textContent(), WAIT).toContain('稼働中のホスト 4 台から候補 4 件');
      const rdp = page.getByRole('row', { name: /192\.168\.1\.3/ });
      expect(await rdp.textContent()).toContain('3389/tcp リモートデスクトップ (RDP)');
      await page.getByLabel('192.168.1.2 を登録する').uncheck();
      await page.screenshot({ path: path.join(SHOTS, 'devices-nmap-candidates.png'), fullPage: true });
      await page.getByRole('button', { name: '選んだ 3 件を登録' }).click();
      await expect
        .poll(() => page.locator('.notice-region').textContent(), WAIT)
        .toContain('登録しました: 追加 3 台、既存の機器に補完 0 台。');
      await expect.poll(() => page.locator('.ledger-count').textContent(), WAIT).toContain('7 台');
    });
    await page.context().close();
  });

  it('finds a PC typed in full width, edits it, sees the history, and retires it', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'devices-edit', async () => {
      await signIn(page, EDITOR);
      const count = async () => Number(((await page.locator('.ledger-count').textContent()) ?? '').replace(/\D/g, ''));
      await expect.poll(count, WAIT).toBeGreaterThan(0);
      const before = await count();
      // full-width and upper case typed, stored half-width: found alike
      await page.getByLabel('検索 (管理番号、名前、IP、OS、場所など)').fill('外来ＰＣ');
      await expect.poll(() => page.locator('.ledger-table tbody tr').count(), WAIT).toBe(1);
      expect(page.url()).toContain('q=');
      await page.getByRole('link', { name: 'PC-001' }).click();
      await page.getByRole('heading', { name: '機器: PC-001 外来PC01', level: 1 }).waitFor();
      expect(await page.getByText('照合には「windows 11」として使います。').count()).toBe(1);
      await page.getByLabel('設置場所').fill('外来2番');
      await page.getByLabel('サポート終了日').fill('令和7年2月30日');
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.locator('.form-error').textContent(), WAIT).toContain('令和7年2月30日 は存在しない日付です');
      await page.getByLabel('サポート終了日').fill('令和13年10月14日');
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.locator('.notice-region').textContent(), WAIT).toContain('PC-001 外来PC01 を保存しました。');
      await expect.poll(() => page.getByRole('region', { name: '履歴' }).textContent(), WAIT).toContain('設置場所: 外来 → 外来2番');
      expect(await page.getByRole('region', { name: '履歴' }).textContent()).toContain('取り込み (機器台帳.xlsx)');
      await page.getByRole('button', { name: '廃棄にする' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '廃棄にする' }).click();
      await expect.poll(() => page.locator('.notice-region').textContent(), WAIT).toContain('廃棄にしました');
      await page.getByRole('link', { name: '機器台帳に戻る' }).click();
      await page.getByLabel('検索 (管理番号、名前、IP、OS、場所など)').fill('');
      await expect.poll(count, WAIT).toBe(before - 1);
    });
    await page.context().close();
  });

  it('registers the maintenance VPN without source restriction, and sees 2(8) suggested as いいえ with the reason', async () => {
    const context = await browser.newContext(CLINIC_PC);
    const page = await context.newPage();
    await step(page, 'connections-suggest', async () => {
      await signIn(page, EDITOR);
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '外部接続点' }).click();
      await page.getByText('外部接続点はまだ登録されていません').waitFor();
      await page.getByRole('button', { name: '外部接続点を追加' }).click();
      const form = page.getByRole('region', { name: '外部接続点を追加' });
      await form.getByLabel('名称', { exact: true }).fill('電子カルテ保守用VPN');
      await form.getByLabel('種類', { exact: true }).selectOption({ label: '保守用VPN' });
      await form.getByLabel('事業者', { exact: true }).fill('ABCメディカル');
      await form.getByLabel('機器を検索 (管理番号・名前)').fill('FGT');
      await expect.poll(() => form.getByLabel('機器 (機器台帳から)').locator('option').count(), WAIT).toBe(2);
      await form.getByLabel('機器 (機器台帳から)').selectOption({ label: 'NW-001 FGT60E' });
      await form.getByLabel('接続元制限', { exact: true }).selectOption({ label: '制限なし' });
      await form.getByLabel('多要素認証').selectOption({ label: 'なし' });
      await form.getByRole('button', { name: '保存' }).click();
      const row = page.getByRole('row', { name: /電子カルテ保守用VPN/ });
      await expect.poll(() => row.textContent(), WAIT).toContain('接続元制限がありません');
      expect(await row.textContent()).toContain('NW-001 FGT60E');
      const [print] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /A4 の一覧/ }).click()]);
      await print.waitForLoadState();
      expect(await print.textContent('body')).toContain('接続元を制限していない (または未確認の) もの 1 件');
      await print.close();

      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
      await page.getByLabel('年度', { exact: true }).selectOption('2024');
      await page.getByLabel('回答する様式').selectOption('institution');
      await page.getByRole('button', { name: '回答を始める' }).click();
      await page.getByRole('heading', { name: /令和6年度 医療機関確認用/, level: 1 }).waitFor();
      const item = page.getByRole('article', { name: '2(8) ネットワーク機器', exact: true });
      const hint = item.getByRole('complementary', { name: '2(8) ネットワーク機器 について台帳からわかること' });
      await expect.poll(() => hint.textContent(), WAIT).toContain('台帳から: いいえ');
      expect(await hint.textContent()).toContain('接続元制限のない外部接続点があります: 電子カルテ保守用VPN');
      await hint.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'suggestion-2-8.png') });
    });
    await context.close();
  });

  it('records that the maintenance vendor was asked about remote maintenance, and sees 2(2) turn from いいえ to はい', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'maintenance-confirmation', async () => {
      await signIn(page, EDITOR);
      const hint = async () => {
        await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
        await page
          .getByRole('link', { name: /令和6年度 医療機関確認用/ })
          .first()
          .click();
        const aside = page.getByRole('complementary', { name: /^2\(2\) .*について台帳からわかること$/ });
        await aside.waitFor(WAIT);
        return (await aside.textContent()) ?? '';
      };
      const before = await hint();
      expect(before).toContain('台帳から: いいえ');
      expect(before).toContain('リモートメンテナンスの有無を確認した記録がない保守事業者があります: ABCメディカル');
      expect(before).toContain('確認できないこと:');
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '外部接続点' }).click();
      const section = page.getByRole('region', { name: '保守事業者へのリモートメンテナンスの確認' });
      const row = section.getByRole('row', { name: /ABCメディカル/ });
      await expect.poll(() => row.textContent(), WAIT).toContain('記録なし');
      await row.getByRole('button', { name: 'ABCメディカル への確認を記録' }).click();
      const form = page.getByRole('region', { name: 'ABCメディカル へのリモートメンテナンスの確認' });
      await form.getByLabel('事業者の回答', { exact: true }).selectOption({ label: 'リモートメンテナンスしている機器がある' });
      await form.getByLabel('確認した人', { exact: true }).fill('情報システム担当 加藤');
      await form.getByLabel('事業者の担当者', { exact: true }).fill('保守課 佐藤');
      await form.getByLabel('確認した日', { exact: true }).fill(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' }));
      await form.getByLabel('記録の種類', { exact: true }).fill('作業報告書');
      await form.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => row.textContent(), WAIT).toContain('情報システム担当 加藤 が 保守課 佐藤 に確認 (作業報告書)');
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'maintenance-confirmation.png') });
      expect(await hint()).toContain('台帳から: はい');
    });
    await page.context().close();
  });

  it('lets a viewer read the ledger without any control to change it', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'devices-viewer', async () => {
      await signIn(page, VIEWER);
      await page.getByRole('link', { name: 'SV-001' }).waitFor();
      expect(await page.getByRole('link', { name: '機器を追加' }).count()).toBe(0);
      expect(await page.getByRole('checkbox', { name: /を選ぶ$/ }).count()).toBe(0);
      await page.getByRole('link', { name: 'SV-001' }).click();
      await page.getByRole('heading', { name: /機器: SV-001/ }).waitFor();
      expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
      expect(await page.getByLabel('設置場所').getAttribute('readonly')).not.toBeNull();
    });
    await page.context().close();
  });
});
