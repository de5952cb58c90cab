// The 連絡体制図 journey of a clinic's editor, in real Chromium against a real server on a fresh
// embedded database: empty chart → the common contacts added → a wrong phone number refused by the
// edit form, then the right ones → an entry moved up by keyboard → one deleted → confirmed today →
// the order kept after a reload → the home dashboard and the answer sheet's 3(1) see the chart.
// A viewer reads the same chart without edit controls. The print and PDF outputs are only linked here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_PC, launchBrowser, SHOTS, step } from './support/browser.ts';
import { type E2EServer, startE2EServer } from './support/server.ts';

const EDITOR = { loginId: 'nurse01', password: 'Hanako-new-pass-77' };
const VIEWER = { loginId: 'clerk01', password: 'Jimu-no-Suzuki-2026' };
const POLICE = '公的機関 都道府県警察 サイバー犯罪相談窓口';
const MHLW = '公的機関 厚生労働省 医政局 特定医薬品開発支援・医療情報担当参事官室';

let server: E2EServer;
let browser: Browser;
let page: Page;
let orgId = '';

/** A CLI command against the running server (the data folder is locked: it goes through the server). */
function cli(args: string[], input?: string): string {
  return execFileSync('node', ['bin/mamori.js', ...args, '--data', server.dataDir], {
    encoding: 'utf8',
    input,
    env: { ...process.env, DATABASE_URL: '' },
  });
}

/** Opens the app and submits the login form. */
async function signIn(p: Page, loginId: string, password: string): Promise<void> {
  await p.goto(server.url);
  await p.getByLabel('ログインID').fill(loginId);
  await p.getByLabel('パスワード').fill(password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
}

const notice = (p: Page) => p.locator('.notice-region');
const rowsOf = (p: Page, table: string) => p.getByRole('region', { name: table }).locator('tbody tr');

/** Opens an entry's edit dialog, types a phone number (and a person) and saves. */
async function editEntry(name: string, values: { phone?: string; person?: string }): Promise<void> {
  await page.getByRole('button', { name: `${name} を編集`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (values.person !== undefined) await dialog.getByLabel('担当者名').fill(values.person);
  if (values.phone !== undefined) await dialog.getByLabel('電話番号').fill(values.phone);
  await dialog.getByRole('button', { name: /の変更を保存$/ }).click();
}

beforeAll(async () => {
  server = await startE2EServer();
  cli(['admin', 'create', '--login', 'director', '--display-name', '山田 太郎', '--password-stdin'], 'Kusunoki-Clinic-2026\n');
  cli(['org', 'create', '--slug', 'sakura', '--name', 'さくら診療所', '--kind', 'clinic', '--prefecture', '東京都']);
  const user = (login: string, role: string, password: string) =>
    cli(['user', 'create', '--login', login, '--org', 'sakura', '--role', role, '--password-stdin'], `${password}\n`);
  user(EDITOR.loginId, 'editor', EDITOR.password);
  user(VIEWER.loginId, 'viewer', VIEWER.password);
  browser = await launchBrowser();
  page = await browser.newPage(CLINIC_PC);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('contact chart journey', () => {
  it('an editor opens the empty chart, with the print view and PDF linked', async () => {
    await step(page, 'contacts-empty', async () => {
      await signIn(page, EDITOR.loginId, EDITOR.password);
      await page.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      orgId = await page.evaluate(async () => {
        const body = (await (await fetch('/api/orgs')).json()) as { organizations: { id: string }[] };
        return body.organizations[0]?.id ?? '';
      });
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '連絡体制図' }).click();
      await page.getByRole('heading', { name: '連絡体制図', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'まだ連絡先がありません' }).waitFor();
      expect(await page.getByRole('region', { name: '確認の状況' }).textContent()).toContain('未確認');
      const print = page.getByRole('link', { name: /^印刷用の表示 \(A4\)/ });
      expect(await print.getAttribute('href')).toBe(`/api/orgs/${orgId}/contacts/print`);
      expect(await print.getAttribute('target')).toBe('_blank');
      expect(await print.getAttribute('rel')).toContain('noopener');
      const pdf = page.getByRole('link', { name: 'PDF をダウンロード' });
      expect(await pdf.getAttribute('href')).toBe(`/api/orgs/${orgId}/contacts/export.pdf`);
      expect(await pdf.getAttribute('download')).not.toBeNull();
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'contacts-empty.png') });
    });
  });

  it('adds the common contacts, the inferred numbers marked', async () => {
    await step(page, 'contacts-starters', async () => {
      await page.getByRole('button', { name: 'よく使う連絡先を追加' }).click();
      await expect.poll(() => notice(page).textContent()).toContain('よく使う連絡先を 10 件追加しました。');
      const order = page.getByRole('list', { name: '呼び出し順' });
      expect(await order.getByRole('listitem').count()).toBe(11); // 発見者 + 4 internal + 6 external
      expect(await order.getByRole('listitem').first().textContent()).toContain('発見者');
      expect(await rowsOf(page, '組織内の連絡先').count()).toBe(4);
      expect(await rowsOf(page, '外部連絡リスト').count()).toBe(6);
      const police = page.getByRole('row', { name: /都道府県警察/ });
      expect(await police.textContent()).toContain('番号は各自で確認');
      expect(await police.textContent()).toContain('電話番号未登録');
      const problems = (await page.getByRole('region', { name: '確認の状況' }).textContent()) ?? '';
      expect(problems).toContain('「公的機関 都道府県警察 サイバー犯罪相談窓口」の電話番号がありません');
    });
  });

  it('refuses a phone number that is not one, naming the field, then saves the right one', async () => {
    await step(page, 'contacts-edit', async () => {
      await editEntry(POLICE, { phone: 'でんわ' });
      const dialog = page.getByRole('dialog');
      const phone = dialog.getByLabel('電話番号');
      await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
      const described = (await phone.getAttribute('aria-describedby')) ?? '';
      const errorId = described.split(' ').find((id) => id.endsWith('-error')) ?? '';
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/^電話番号: .*数字とハイフン/);
      expect(await dialog.getByRole('alert').textContent()).toContain('電話番号');
      await page.screenshot({ path: path.join(SHOTS, 'contacts-edit-error.png') });
      await phone.fill('03-3431-8109');
      await dialog.getByRole('button', { name: `${POLICE} の変更を保存` }).click();
      await expect.poll(() => notice(page).textContent()).toContain(`「${POLICE}」を保存しました。`);
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.getByRole('row', { name: /都道府県警察/ }).textContent()).toContain('03-3431-8109');
    });
  });

  it('fills in the other numbers and deletes the role the clinic does not have', async () => {
    await step(page, 'contacts-fill', async () => {
      await editEntry('システム運用担当者', { person: '佐藤 一郎', phone: '内線 201' });
      await expect.poll(() => notice(page).textContent()).toContain('「システム運用担当者 佐藤 一郎」を保存しました。');
      await editEntry('医療情報システム安全管理責任者', { person: '山田 太郎', phone: '090-1111-2222' });
      await expect.poll(() => notice(page).textContent()).toContain('「医療情報システム安全管理責任者 山田 太郎」を保存しました。');
      await editEntry('院長・管理者', { phone: '090-3333-4444' });
      await expect.poll(() => notice(page).textContent()).toContain('「院長・管理者」を保存しました。');
      await editEntry('事業者', { phone: '0120-000-111' });
      await expect.poll(() => notice(page).textContent()).toContain('「事業者」を保存しました。');
      await editEntry('公的機関 保健所', { phone: '03-5555-6666' });
      await expect.poll(() => notice(page).textContent()).toContain('「公的機関 保健所」を保存しました。');

      await page.getByRole('button', { name: '企画管理者 を削除', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: '連絡先を削除しますか?' });
      expect(await confirm.textContent()).toContain('「企画管理者」を連絡体制図から削除します。');
      await confirm.getByRole('button', { name: '削除', exact: true }).click();
      await expect.poll(() => notice(page).textContent()).toContain('「企画管理者」を削除しました。');
      expect(await rowsOf(page, '組織内の連絡先').count()).toBe(3);
    });
  });

  it('moves the police up the call order by keyboard, keeping the focus on it', async () => {
    await step(page, 'contacts-move', async () => {
      const before = await rowsOf(page, '外部連絡リスト').allTextContents();
      expect(before.findIndex((r) => r.includes('都道府県警察'))).toBe(before.findIndex((r) => r.includes('参事官室')) + 1);
      await page.getByRole('button', { name: `${POLICE} を上へ` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => notice(page).textContent()).toContain(`「${POLICE}」を 3 番目にしました。`);
      const after = await rowsOf(page, '外部連絡リスト').allTextContents();
      expect(after.findIndex((r) => r.includes('都道府県警察'))).toBe(after.findIndex((r) => r.includes('参事官室')) - 1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${POLICE} を上へ`);
      expect(await page.getByRole('button', { name: `${MHLW} を下へ` }).count()).toBe(1);
    });
  });

  it('confirms the chart today: a future date is refused, then nothing is missing', async () => {
    await step(page, 'contacts-confirm', async () => {
      const status = page.getByRole('region', { name: '確認の状況' });
      const date = status.getByLabel('確認した日');
      const today = await date.inputValue();
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await date.fill('令和99年1月1日');
      await status.getByRole('button', { name: '確認しました' }).click();
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      expect(await status.textContent()).toContain('未来の日付は指定できません');
      await date.fill(today);
      await status.getByRole('button', { name: '確認しました' }).click();
      await expect.poll(() => notice(page).textContent()).toMatch(/最終確認日を 令和\d+年\d+月\d+日 \(\d{4}-\d{2}-\d{2}\) にしました。/);
      await expect.poll(() => status.textContent()).toContain('不足はありません');
      expect(await status.textContent()).toContain(`(${today})`);
      expect(await status.textContent()).toContain(EDITOR.loginId);

      await page.getByRole('region', { name: '呼び出し順の図' }).screenshot({ path: path.join(SHOTS, 'contacts-chart.png') });
      await page.screenshot({ path: path.join(SHOTS, 'contacts-page.png'), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    });
  });

  it('keeps the order after a reload, and prints the whole chart on the first A4 page', async () => {
    await step(page, 'contacts-reload', async () => {
      await page.reload();
      await page.getByRole('heading', { name: '連絡体制図', level: 1 }).waitFor();
      const order = page.getByRole('list', { name: '呼び出し順' });
      await order.waitFor();
      const steps = await order.getByRole('listitem').allTextContents();
      expect(steps).toHaveLength(10);
      expect(steps.findIndex((s) => s.includes('都道府県警察'))).toBeLessThan(steps.findIndex((s) => s.includes('参事官室')));
      expect(await page.getByRole('region', { name: '確認の状況' }).textContent()).toContain('不足はありません');

      const pdf = path.join(SHOTS, 'contacts-print.pdf');
      await page.pdf({ path: pdf, format: 'A4' });
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
      for (const text of ['呼び出し順の図', '発見者', '03-3431-8109', '0120-179-066']) expect(first).toContain(text);
      expect(first).not.toContain('よく使う連絡先'); // no controls on paper
    });
  });

  it('shows the chart as ready on the home dashboard, next to the year and the inspection pack', async () => {
    await step(page, 'contacts-dashboard', async () => {
      await page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'ホーム' }).click();
      const dashboard = page.getByRole('region', { name: '立入検査への準備' });
      await dashboard.getByText('9 件登録').waitFor();
      const year = await dashboard.getByLabel('年度').inputValue();
      expect(Number(year)).toBeGreaterThanOrEqual(2026);
      const chartLine = (await dashboard.locator('.chart-readiness').textContent()) ?? '';
      expect(chartLine).toMatch(/9 件登録、最終確認 令和\d+年/);
      expect(chartLine).toContain('準備完了');
      expect(await dashboard.getByRole('link', { name: '連絡体制図を開く' }).getAttribute('href')).toBe('/o/sakura/contacts');
      expect(await dashboard.getByRole('link', { name: '立入検査用一式 (PDF)' }).getAttribute('href')).toBe(
        `/api/orgs/${orgId}/inspection-pack.pdf?fiscalYear=${year}`,
      );
      // no answer for the year yet: not ready overall, and the status line says how much is missing
      expect(await dashboard.getByRole('status').textContent()).toMatch(/不足が \d+ 件あります/);
      await page.screenshot({ path: path.join(SHOTS, 'contacts-dashboard.png') });
    });
  });

  it('links the outputs on the answer sheet and shows the chart under 3(1)', async () => {
    await step(page, 'contacts-sheet', async () => {
      await page.goto(`${server.url}/o/sakura/checklist`);
      await page.getByLabel('回答する様式').selectOption('institution');
      await page.getByRole('button', { name: '回答を始める' }).click();
      // this fiscal year (令和8年度): one 医療機関・薬局確認用, numbered 1-①, 3-① …
      await page.getByRole('heading', { name: /医療機関・薬局確認用/, level: 1 }).waitFor();
      const assessmentId = page.url().split('/').at(-1) ?? '';
      const base = `/api/orgs/${orgId}/assessments/${assessmentId}`;
      const print = page.getByRole('link', { name: /^印刷用の表示 \(A4\)/ });
      expect(await print.getAttribute('href')).toBe(`${base}/print`);
      expect(await print.getAttribute('target')).toBe('_blank');
      expect(await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href')).toBe(`${base}/export.pdf`);
      expect(await page.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href')).toBe(`${base}/export.xlsx`);
      const item = page.getByRole('article', { name: '3-①', exact: true });
      await expect.poll(() => item.textContent()).toMatch(/連絡体制図: 9 件登録、最終確認 令和\d+年/);
      expect(await item.getByRole('link', { name: '連絡体制図を開く' }).getAttribute('href')).toBe('/o/sakura/contacts');
    });
  });

  it('a viewer reads the chart without any edit control', async () => {
    const context = await browser.newContext(CLINIC_PC);
    const viewer = await context.newPage();
    await step(viewer, 'contacts-viewer', async () => {
      await signIn(viewer, VIEWER.loginId, VIEWER.password);
      await viewer.getByRole('heading', { name: 'さくら診療所' }).waitFor();
      await viewer.goto(`${server.url}/o/sakura/contacts`);
      await viewer.getByRole('list', { name: '呼び出し順' }).waitFor();
      expect(await rowsOf(viewer, '外部連絡リスト').count()).toBe(6);
      expect(await viewer.getByRole('button', { name: /を編集|を上へ|を削除|確認しました|連絡先を追加/ }).count()).toBe(0);
      expect(await viewer.getByRole('region', { name: '確認の状況' }).textContent()).toContain('不足はありません');
    });
    await context.close();
  });
});
