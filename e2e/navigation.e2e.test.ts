// Addresses as a person uses them (the typed route tree, web/src/routes.tsx): a bookmark opened while
// signed out comes back after sign-in with its filters; a hand-edited query never breaks a screen;
// pages one may not open, and pages that do not exist, give the same "not found" inside the frame;
// filters live in the address, so Back returns to the previous ones (every step also checks that no
// text was shown blank: e2e/support/browser.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLINIC_PC, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser } from './support/session.ts';

const ADMIN = { loginId: 'director', password: 'Kusunoki-Clinic-2026' };
const VIEWER = { loginId: 'clerk', password: 'Sakura-Viewer-2026' };

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'sakura', '--name', 'さくら診療所', '--kind', 'clinic', '--prefecture', '東京都']);
  cli(['org', 'create', '--slug', 'kaede', '--name', 'かえで薬局', '--kind', 'pharmacy', '--prefecture', '東京都']);
  addUser(cli, ADMIN, { org: 'sakura', role: 'admin', name: '山田 太郎' });
  addUser(cli, VIEWER, { org: 'sakura', role: 'viewer', name: '佐藤 花子' });
});

const heading = (p: Page, name: string) => p.getByRole('heading', { name, exact: true }).first();
const signInHere = async (p: Page, who: { loginId: string; password: string }) => {
  await p.getByLabel('ログインID').fill(who.loginId);
  await p.getByLabel('パスワード').fill(who.password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
};

describe('navigation by address', () => {
  it('opens a bookmarked, filtered ledger after sign-in, filters kept', async () => {
    await step(j.page, 'bookmark', async () => {
      await j.page.goto(`${j.server.url}/o/sakura/devices?class=server&sort=hostname`);
      await j.page.getByLabel('ログインID').waitFor();
      expect(new URL(j.page.url()).pathname).toBe('/login');
      expect(new URL(j.page.url()).searchParams.get('next')).toBe('/o/sakura/devices?class=server&sort=hostname');
      await signInHere(j.page, ADMIN);
      await heading(j.page, '機器台帳').waitFor();
      const url = new URL(j.page.url());
      expect(url.pathname).toBe('/o/sakura/devices');
      expect(url.searchParams.get('class')).toBe('server');
      expect(await j.page.getByLabel('並び順').inputValue()).toBe('hostname');
    });
  });

  it('reads a hand-edited query as the defaults instead of failing', async () => {
    await step(j.page, 'bad-query', async () => {
      await j.page.goto(`${j.server.url}/o/sakura/devices?sort=DROP%20TABLE&page=-3&dir=sideways`);
      await heading(j.page, '機器台帳').waitFor();
      expect(await j.page.getByLabel('並び順').inputValue()).toBe('assetNo');
      expect(await j.page.getByLabel('降順').isChecked()).toBe(false);
      await j.page.goto(`${j.server.url}/o/sakura/audit?page=abc&action=no.such`);
      await heading(j.page, '監査ログ').waitFor();
      expect(await j.page.locator('.form-error[role="alert"]').count()).toBe(0);
    });
  });

  it('keeps audit filters in the address: Back returns to the earlier ones', async () => {
    await step(j.page, 'audit-back', async () => {
      await j.page.goto(`${j.server.url}/o/sakura/audit`);
      await heading(j.page, '監査ログ').waitFor();
      await j.page.getByLabel('操作者').fill('director');
      await j.page.getByRole('button', { name: '絞り込む' }).click();
      await j.page.waitForURL((u) => u.searchParams.get('actor') === 'director');
      await j.page.getByLabel('操作者').fill('clerk');
      await j.page.getByRole('button', { name: '絞り込む' }).click();
      await j.page.waitForURL((u) => u.searchParams.get('actor') === 'clerk');
      await j.page.goBack();
      await j.page.waitForURL((u) => u.searchParams.get('actor') === 'director');
      await expect.poll(() => j.page.getByLabel('操作者').inputValue()).toBe('director');
    });
  });

  it('shows "not found" in the frame for unknown pages, other organisations and administration', async () => {
    await step(j.page, 'not-found', async () => {
      for (const path of [
        '/no/such/page',
        '/o/sakura/no-such-area',
        '/o/kaede',
        '/o/kaede/devices',
        '/admin/orgs',
        '/o/sakura/checklist/x/y',
      ]) {
        await j.page.goto(`${j.server.url}${path}`);
        await heading(j.page, 'ページが見つかりません').waitFor();
        // inside the signed-in frame, the same answer whether the page is missing or not allowed
        await j.page.getByRole('button', { name: 'ログアウト' }).waitFor();
        expect(await j.page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['ページが見つかりません']);
      }
      // the BCP page: its heading and, with no exercise recorded yet, what to record
      await j.page.goto(`${j.server.url}/o/sakura/bcp`);
      await heading(j.page, 'BCP (事業継続計画)').waitFor();
      await j.page.getByText(/訓練・演習はまだ記録されていません/).waitFor();
    });
  });

  it('a viewer reaches the pages of the role and no further', async () => {
    const context = await j.browser.newContext(CLINIC_PC);
    const viewer = await context.newPage();
    await step(viewer, 'viewer', async () => {
      await viewer.goto(`${j.server.url}/o/sakura/settings`);
      await signInHere(viewer, VIEWER);
      await heading(viewer, 'ページが見つかりません').waitFor();
      await viewer.getByRole('link', { name: '機器台帳' }).click();
      await heading(viewer, '機器台帳').waitFor();
      expect(await viewer.getByRole('link', { name: '監査ログ' }).count()).toBe(0);
    });
    await context.close();
  });

  it('moves between screens through links without reloading, each with its texts', async () => {
    await step(j.page, 'links', async () => {
      await j.page.goto(`${j.server.url}/o/sakura`);
      await heading(j.page, 'さくら診療所').waitFor();
      await j.page.evaluate(() => {
        (window as unknown as { marker: number }).marker = 1;
      });
      for (const [link, title] of [
        ['チェックリスト', 'チェックリスト'],
        ['機器台帳', '機器台帳'],
        ['外部接続点', '外部接続点'],
        ['連絡体制図', '連絡体制図'],
        ['証跡ファイル', '証跡ファイル'],
        ['組織の設定', '組織の設定'],
      ] as const) {
        await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: link, exact: true }).click();
        await heading(j.page, title).waitFor();
        expect(
          await j.page
            .getByRole('navigation', { name: '組織のメニュー' })
            .getByRole('link', { name: link, exact: true })
            .getAttribute('aria-current'),
        ).toBe('page');
      }
      // on a page below a section, the section stays marked and the way back is an ordinary link
      await j.page.goto(`${j.server.url}/o/sakura/devices/new`);
      await j.page.getByRole('link', { name: '機器台帳に戻る' }).waitFor();
      expect(await j.page.getByRole('link', { name: '機器台帳に戻る' }).getAttribute('aria-current')).toBeNull();
      expect(await j.page.locator('[aria-current="page"]').allTextContents()).toEqual(['機器台帳']);
      await j.page.evaluate(() => {
        (window as unknown as { marker: number }).marker = 1;
      });
      await j.page.getByRole('link', { name: '機器台帳に戻る' }).click();
      await heading(j.page, '機器台帳').waitFor();
      // the same document all along: client-side navigation
      expect(await j.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    });
  });
});
