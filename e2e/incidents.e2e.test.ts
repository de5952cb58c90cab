// Incident mode as two 担当者 use it on the day: one starts an incident from the home page's button,
// marks 「ネットワークから切り離す」 done with a note, adds to the timeline (a time that cannot be read is
// refused next to its field) and names the affected server from the 機器台帳; a second, on a phone,
// opens it from the home page's banner, sees the first entry and adds another; the report printed to
// PDF holds both entries and the step; closing it (confirmed) removes the forms.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const FIRST = { loginId: 'joho', password: 'Kusunoki-Shokudo-2026x' };
const SECOND = { loginId: 'kango', password: 'Kusunoki-Byoto-2026y' };
const TITLE = '電子カルテの画面に脅迫文が表示された';
const NOTE = '外来PC-3 の LAN ケーブルを抜いた';
const ENTRY_1 = 'サーバ室の NAS をネットワークから外した';
const ENTRY_2 = '保守事業者に電話し、14時に来院と回答';

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kusunoki', '--name', 'くすのき病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  addUser(cli, FIRST, { org: 'kusunoki', role: 'editor', name: '情報 システム' });
  addUser(cli, SECOND, { org: 'kusunoki', role: 'editor', name: '看護 部長' });
  // one server in the 機器台帳, to be named as affected
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-incident-'));
  const csv = path.join(dir, 'devices.csv');
  fs.writeFileSync(csv, '管理番号,コンピュータ名\r\nSV-01,karte-db\r\n');
  cli(['import', 'devices', csv, '--org', 'kusunoki']);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A phone: narrow, touch, Japanese, Tokyo time. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };

let second: Page;
let incidentUrl = '';

/** The timeline's entries (not its form: a textarea's text is part of the region's text). */
const timeline = (p: Page) => p.getByRole('region', { name: '経過の記録' }).getByRole('list');

describe('incident mode', () => {
  it('starts an incident from the home page', async () => {
    await step(j.page, 'incident-start', async () => {
      await signIn(j.page, j.server.url, FIRST, 'くすのき病院');
      await j.page.getByRole('link', { name: 'インシデント対応を開始' }).click();
      await j.page.getByRole('heading', { name: 'インシデント対応', level: 1 }).waitFor();
      await j.page.getByText('まだインシデントの記録はありません。', { exact: false }).waitFor();
      expect(await j.page.getByRole('link', { name: /緊急時カードを印刷/ }).getAttribute('href')).toMatch(/\/emergency-card\/print$/);
      await j.page.getByLabel('何が起きたか').fill(TITLE);
      await j.page.getByRole('button', { name: '対応を開始する' }).click();
      await j.page.getByRole('heading', { name: `インシデント 1: ${TITLE}`, level: 1 }).waitFor();
      incidentUrl = j.page.url();
      expect(new URL(incidentUrl).pathname).toMatch(/^\/o\/kusunoki\/incidents\/[0-9a-f-]{36}$/);
      await expect.poll(() => timeline(j.page).textContent()).toContain(`インシデント対応を開始しました: ${TITLE}`);
    });
  });

  it('marks 「ネットワークから切り離す」 done with a note', async () => {
    await step(j.page, 'incident-step', async () => {
      const form = j.page.getByRole('form', { name: 'ネットワークから切り離す' });
      await form.getByLabel('補足 (任意)').fill(NOTE);
      await form.getByRole('button', { name: '済みにする' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('「ネットワークから切り離す」を済みにしました。');
      const done = j.page.getByRole('listitem').filter({ has: j.page.getByRole('heading', { name: 'ネットワークから切り離す' }) });
      // who: the server records the login ID (as in the audit trail)
      await expect.poll(() => done.textContent()).toContain(FIRST.loginId);
      expect(await done.textContent()).toContain(`補足: ${NOTE}`);
      expect(await form.count()).toBe(0);
      await j.page.getByText('1 / 8 済').waitFor();
      await expect.poll(() => timeline(j.page).textContent()).toContain(`ネットワークから切り離す: 済 (${NOTE})`);
    });
  });

  it('adds to the timeline: a time it cannot read is refused by its field, then the entry is kept', async () => {
    await step(j.page, 'incident-entry', async () => {
      const form = j.page.getByRole('form', { name: '経過を記録する' });
      await form.getByLabel('内容').fill(ENTRY_1);
      await form.getByLabel('時刻 (任意)').fill('25:00');
      await form.getByRole('button', { name: '記録する' }).click();
      await form.locator('.field-error').filter({ hasText: '「25:00」は時刻として読み取れません' }).waitFor();
      expect(await form.getByLabel('時刻 (任意)').getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('時刻 (任意)').fill('');
      await form.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('経過を記録しました。');
      await expect.poll(() => timeline(j.page).textContent()).toContain(ENTRY_1);
      expect(await form.getByLabel('内容').inputValue()).toBe('');
    });
  });

  it('names the affected server from the 機器台帳', async () => {
    await step(j.page, 'incident-affected', async () => {
      const affected = j.page.getByRole('region', { name: '影響を受けたもの' });
      await affected.getByRole('button', { name: '影響を受けたものを変更する' }).click();
      await affected.getByLabel('機器を検索 (管理番号・名前)').fill('SV-01');
      const device = affected.getByLabel('機器 (機器台帳から)');
      await expect.poll(() => device.textContent()).toContain('SV-01 karte-db');
      await device.selectOption({ label: 'SV-01 karte-db' });
      await affected.getByRole('button', { name: '機器を加える' }).click();
      await affected.getByRole('button', { name: '保存する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('影響を受けたものを保存しました。');
      await expect.poll(() => affected.locator('.incident-affected-list').textContent()).toContain('機器 SV-01 karte-db');
    });
  });

  it('a second editor, on a phone, opens it from the home banner, sees the first entry and adds another', async () => {
    second = await j.browser.newPage(PHONE);
    await step(second, 'incident-second', async () => {
      await signIn(second, j.server.url, SECOND, 'くすのき病院');
      await second.getByRole('heading', { name: '対応中のインシデントがあります' }).waitFor();
      await second.getByRole('link', { name: `インシデント 1: ${TITLE} を開く` }).click();
      await second.getByRole('heading', { name: `インシデント 1: ${TITLE}`, level: 1 }).waitFor();
      await expect.poll(() => timeline(second).textContent()).toContain(ENTRY_1);
      const form = second.getByRole('form', { name: '経過を記録する' });
      await form.getByLabel('内容').fill(ENTRY_2);
      await form.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => timeline(second).textContent()).toContain(ENTRY_2);
      // the newest at the bottom, with who wrote it
      const last = timeline(second).getByRole('listitem').last();
      expect(await last.textContent()).toContain(ENTRY_2);
      expect(await last.textContent()).toContain(SECOND.loginId);
      // narrow: nothing wider than the phone, and the buttons large enough to tap
      expect(await second.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const button = await form.getByRole('button', { name: '記録する' }).boundingBox();
      expect(button?.height ?? 0).toBeGreaterThanOrEqual(44);
      await second.screenshot({ path: path.join(SHOTS, 'incident-phone.png'), fullPage: true });
    });
  });

  it('the first editor loads the latest and prints the report with both entries and the step', async () => {
    await step(j.page, 'incident-report', async () => {
      await j.page.getByRole('button', { name: '最新の状態を読み込む' }).click();
      await expect.poll(() => timeline(j.page).textContent()).toContain(ENTRY_2);
      await j.page.screenshot({ path: path.join(SHOTS, 'incident-page.png'), fullPage: true });
      const print = j.page.getByRole('link', { name: /^印刷/ });
      const href = await print.getAttribute('href');
      expect(href).toMatch(/\/incidents\/[0-9a-f-]{36}\/report\/print$/);
      expect(await print.getAttribute('target')).toBe('_blank');
      // the print view opens in a new tab; here in the same one (the session is the same)
      await j.page.goto(`${j.server.url}${href}`);
      await j.page.getByRole('heading', { name: /インシデント報告/, level: 1 }).waitFor();
      const pdf = path.join(SHOTS, 'incident-report.pdf');
      fs.mkdirSync(SHOTS, { recursive: true });
      await j.page.pdf({ path: pdf, format: 'A4' });
      // table cells wrap: the words are compared without the line breaks and spaces
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const words of [TITLE, 'ネットワークから切り離す', NOTE, ENTRY_1, ENTRY_2, FIRST.loginId, SECOND.loginId, 'SV-01karte-db'])
        expect(text, words).toContain(words.replace(/\s+/g, ''));
    });
  });

  it('closes the incident after confirming: the page says so and the forms are gone', async () => {
    await step(j.page, 'incident-close', async () => {
      await j.page.goto(incidentUrl);
      await j.page.getByRole('heading', { name: `インシデント 1: ${TITLE}`, level: 1 }).waitFor();
      await j.page.getByRole('button', { name: '対応を終了する' }).click();
      const dialog = j.page.getByRole('dialog', { name: 'インシデント対応を終了しますか?' });
      await dialog.getByRole('button', { name: '対応を終了する' }).click();
      await j.page.getByText('この対応は終了しています。', { exact: false }).waitFor();
      await expect.poll(() => timeline(j.page).textContent()).toContain('インシデント対応を終了しました。');
      expect(await j.page.locator('main form').count()).toBe(0);
      expect(await j.page.getByRole('button', { name: '対応を終了する' }).count()).toBe(0);
      await j.page.getByRole('link', { name: 'インシデント対応の一覧に戻る' }).click();
      const row = j.page.getByRole('row', { name: new RegExp(TITLE) });
      await expect.poll(() => row.textContent()).toContain('終了');
    });
    await second.close();
  });
});
