// Findings in real Chromium: a system administrator loads the KEV catalog, endoflife.date product
// files and the NVD record from files; an editor registers the FortiOS 6.0.4 maintenance VPN and
// sees CVE-2018-13379 as 重大 at the top of the findings, and the count on the home dashboard.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/test/run-cli.ts';
import { haveSamples, SAMPLES } from '../server/test/samples.ts';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';

const ADMIN = { loginId: 'feedadmin', password: 'Kanri-no-Mori-2026' };
const EDITOR = { loginId: 'it03', password: 'Joho-no-Hayashi-26' };
const WAIT = { timeout: 20_000 };

let server: E2EServer;
let browser: Browser;

async function signIn(p: Page, who: { loginId: string; password: string }) {
  await p.goto(server.url);
  await p.getByLabel('ログインID').fill(who.loginId);
  await p.getByLabel('パスワード').fill(who.password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
}

beforeAll(async () => {
  // the publishers' addresses point at a port nothing listens on: fetching fails at once, as offline
  server = await startE2EServer({ MAMORI_FEED_KEV_URL: 'http://127.0.0.1:9/kev.json', MAMORI_FEED_EOL_URL: 'http://127.0.0.1:9/eol/' });
  const cli = (args: string[], input?: string) => runCli([...args, '--data', server.dataDir], input);
  expect(
    (await cli(['admin', 'create', '--login', ADMIN.loginId, '--display-name', '森', '--password-stdin'], `${ADMIN.password}\n`)).code,
  ).toBe(0);
  expect((await cli(['org', 'create', '--slug', 'kiri', '--name', 'きり病院', '--kind', 'hospital'])).code).toBe(0);
  expect(
    (
      await cli(
        ['user', 'create', '--login', EDITOR.loginId, '--org', 'kiri', '--role', 'editor', '--password-stdin'],
        `${EDITOR.password}\n`,
      )
    ).code,
  ).toBe(0);
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(!haveSamples)('findings from the feeds', { timeout: 240_000 }, () => {
  it('lets a system administrator load the feeds from files', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'feeds-load', async () => {
      await signIn(page, ADMIN);
      await page.getByRole('link', { name: '脆弱性・サポート期限のデータ' }).click();
      await page.getByRole('heading', { name: '脆弱性・サポート期限のデータ', level: 1 }).waitFor();
      // no feed server answers (see beforeAll): fetching fails, and the refusal must not outlive a load that works
      await page.getByRole('button', { name: '最新のデータを取得する' }).click();
      const refusal = page.getByRole('region', { name: '公開元から取得' }).getByRole('alert');
      await refusal.waitFor(WAIT);
      await page.getByLabel(/^KEV カタログ/).setInputFiles(path.join(SAMPLES, 'kev', 'known_exploited_vulnerabilities.2026-08-07.json'));
      await page
        .getByLabel(/^endoflife\.date の製品ファイル/)
        .setInputFiles(['fortios.md', 'windows.md', 'windows-server.md'].map((f) => path.join(SAMPLES, 'endoflife', 'products', f)));
      await page.getByLabel(/^NVD CVE 2\.0/).setInputFiles(path.join(SAMPLES, 'nvd', 'CVE-2018-13379.nvd-cve-2.0.json'));
      await page.getByRole('button', { name: '確かめて読み込む' }).click();
      await expect
        .poll(() => page.locator('.notice-region').textContent(), WAIT)
        .toContain('CISA KEV (悪用が知られた脆弱性) 2026.08.07 版 (1662 件)');
      expect(await refusal.count()).toBe(0);
      await expect.poll(() => page.getByRole('region', { name: '読み込み済みのデータ' }).textContent(), WAIT).toContain('3 products');
    });
    await page.context().close();
  });

  it('dismisses a false positive with a reason, and the suggestion for 2(7) サーバ changes', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'findings-dismiss', async () => {
      await signIn(page, EDITOR);
      await page.getByRole('heading', { name: 'きり病院' }).first().waitFor();
      await page.evaluate(async () => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const orgs = (await (await fetch('/api/orgs')).json()) as { organizations: { id: string }[] };
        const org = orgs.organizations[0]?.id;
        const post = (url: string, body: unknown) =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
            body: JSON.stringify(body),
          });
        await post(`/api/orgs/${org}/devices`, {
          assetNo: 'SV-1',
          hostname: 'EMR',
          os: 'Windows Server 2012 R2',
          deviceClass: 'server',
          lastPatch: '2026-11-20',
          maker: 'NEC',
          location: 'サーバ室',
          ipAddress: '10.0.0.10',
        });
        await post(`/api/orgs/${org}/assessments`, { fiscalYear: 2024, form: 'institution' });
      });
      const hint = async () => {
        await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
        await page
          .getByRole('link', { name: /令和6年度 医療機関確認用/ })
          .first()
          .click();
        const aside = page.getByRole('complementary', { name: '2(7) サーバ について台帳からわかること' });
        await aside.waitFor(WAIT);
        return (await aside.textContent()) ?? '';
      };
      expect(await hint()).toContain('サポートが終了した版 (endoflife.date) の機器: SV-1 EMR');
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '指摘 (脆弱性・サポート終了)' }).click();
      const row = page.getByRole('row', { name: /Windows Server 2012 R2 はサポートが終了しています/ });
      await row.getByRole('button', { name: '誤検知として除外' }).click();
      await row.getByLabel('除外する理由').fill('延長サポート (ESU) 契約あり');
      await row.getByRole('button', { name: '除外する', exact: true }).click();
      const ask = page.getByRole('dialog', { name: 'この指摘を誤検知として除外しますか?' });
      expect(await ask.textContent()).toContain('延長サポート (ESU) 契約あり');
      await ask.getByRole('button', { name: '除外する', exact: true }).click();
      await expect.poll(() => page.getByText(/除外したものも表示 \(1 件\)/).count(), WAIT).toBe(1);
      expect(await hint()).not.toContain('サポートが終了した版');
    });
    await page.context().close();
  });

  it('shows the editor CVE-2018-13379 on the FortiOS 6.0.4 maintenance VPN first, as 重大', async () => {
    const page = await (await browser.newContext(CLINIC_PC)).newPage();
    await step(page, 'findings-list', async () => {
      await signIn(page, EDITOR);
      await page.getByRole('heading', { name: 'きり病院' }).first().waitFor();
      await page.evaluate(async () => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const orgs = (await (await fetch('/api/orgs')).json()) as { organizations: { id: string }[] };
        await fetch(`/api/orgs/${orgs.organizations[0]?.id}/connections`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            name: '電子カルテ保守用VPN',
            kind: 'vpn',
            firmware: 'FortiGate-60E / FortiOS 6.0.4',
            sourceRestriction: 'none',
          }),
        });
      });
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '指摘 (脆弱性・サポート終了)' }).click();
      const first = page.locator('.findings-table tbody tr').first();
      await expect.poll(() => first.textContent(), WAIT).toContain('CVE-2018-13379');
      expect(await first.textContent()).toContain('重大');
      expect(await first.textContent()).toContain('版の範囲 (NVD)');
      // KEV's required action in Japanese, CISA's original beside it marked as English
      expect(await first.textContent()).toContain('求められる対応: ベンダーの指示に従って更新プログラムを適用してください。');
      expect(await first.locator('[lang="en"]').textContent()).toBe('Apply updates per vendor instructions.');
      // the items as this year's version numbers them (令和7年度 on: 2-⑥), never "R5/R6 … R7 …"
      expect(await first.locator('.finding-items').textContent()).toMatch(/^関わるチェックリストの項目 \(令和\d+年度版 .+\): 2-[①-⑳] /);
      expect(await page.locator('.findings-table').textContent()).not.toMatch(/R5\/R6|Windows Server Windows Server/);
      expect(await page.locator('.findings-count').textContent()).toMatch(/重大 [1-9]/);
      await page.screenshot({ path: path.join(SHOTS, 'findings-list.png'), fullPage: true });
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'ホーム' }).click();
      await expect.poll(() => page.getByRole('region', { name: '指摘 (脆弱性・サポート終了)' }).textContent(), WAIT).toMatch(/重大 [1-9]/);
    });
    await page.context().close();
  });
});
