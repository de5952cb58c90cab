// A 保健所 and the institutions it oversees: a clinic's 管理者 chooses its 保健所 in the settings and
// submits the year's forms (事前送付) from the home page; the 保健所's inspector sees the clinic in the
// jurisdiction (name, kind, code, beds, the submission with its gaps) with a menu of its own (no
// ledgers), and the clinic's pages are "not found" to him — until the clinic grants live read access
// for an hour: he then reads its 機器台帳 under a banner, records the inspection per 手引き point and
// completes it; the clinic sees the record, sees what he read, and revokes the grant.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const CLINIC_ADMIN = { loginId: 'incho', password: 'Kaede-Shinryo-2026x' };
const INSPECTOR = { loginId: 'kensa', password: 'Kita-Tachiiri-2026x' };

/** this fiscal year in Japan (April to March) */
const jst = new Date(Date.now() + 9 * 3_600_000);
const FISCAL_YEAR = jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kita-hc', '--name', '北保健所', '--kind', 'health-center', '--prefecture', '大阪府']);
  cli(['org', 'create', '--slug', 'minami-hc', '--name', '南保健所', '--kind', 'health-center', '--prefecture', '大阪府']);
  cli([
    'org',
    'create',
    '--slug',
    'kaede',
    '--name',
    'かえでクリニック',
    '--kind',
    'clinic',
    '--prefecture',
    '大阪府',
    '--medical-code',
    '2712345678',
    '--beds',
    '19',
  ]);
  addUser(cli, CLINIC_ADMIN, { org: 'kaede', role: 'admin', name: '院長' });
  addUser(cli, INSPECTOR, { org: 'kita-hc', role: 'editor', name: '検査 担当' });
  cli(['assessment', 'start', '--org', 'kaede', '--fiscal-year', String(FISCAL_YEAR)]);
});

describe('a 保健所 and its jurisdiction', () => {
  it('lets the clinic’s 管理者 choose its 保健所', async () => {
    await step(j.page, 'jurisdiction-choose', async () => {
      await signIn(j.page, j.server.url, CLINIC_ADMIN, 'かえでクリニック');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '設定' }).click();
      const section = j.page.getByRole('region', { name: '所管の保健所' });
      await section.getByText('現在: 未選択').waitFor();
      await section.getByRole('combobox', { name: '保健所' }).selectOption({ label: '北保健所 (大阪府)' });
      await section.getByRole('button', { name: '保存' }).click();
      await section.getByText('現在: 北保健所').waitFor();
      // 事前送付 from the home page: confirmed, then listed with its gaps
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'ホーム' }).click();
      const submissions = j.page.getByRole('region', { name: '事前送付 (保健所への提出)' });
      await submissions.getByText('まだ提出していません。').waitFor();
      j.page.once('dialog', (d) => void d.accept());
      await submissions.getByRole('button', { name: /の様式を事前送付する$/ }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('北保健所 へ事前送付しました (1 回目)。');
      const row = submissions.getByRole('row', { name: /令和/ });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/不足 \d+ 件/);
      await j.page.getByRole('navigation', { name: '利用者メニュー' }).getByRole('button', { name: 'ログアウト' }).click();
      await j.page.getByRole('button', { name: 'ログイン', exact: true }).waitFor();
    });
  });

  it('shows the 保健所’s inspector the clinic, and none of its ledgers', async () => {
    await step(j.page, 'jurisdiction-list', async () => {
      await signIn(j.page, j.server.url, INSPECTOR, '北保健所');
      // an office's home: its jurisdiction's count, and the role by the office's name for it
      await j.page.getByText('1 / 1 施設').waitFor();
      await j.page.getByText('検査担当 (立入検査を行う)').waitFor();
      const menu = j.page.getByRole('navigation', { name: '組織のメニュー' });
      await menu.getByRole('link', { name: '管轄の医療機関' }).click();
      await j.page.getByRole('heading', { name: '管轄の医療機関', level: 1 }).waitFor();
      const row = j.page.getByRole('row', { name: /かえでクリニック/ });
      await row.waitFor();
      const text = await row.textContent();
      for (const words of ['診療所', '大阪府', '2712345678', '19', '医療機関が選択']) expect(text).toContain(words);
      expect(text).toMatch(/不足 \d+ 件/);
      // the gaps named, the filter and the sort
      await row.getByText(/不足 \d+ 件/).click();
      expect(await row.locator('details li').count()).toBeGreaterThan(0);
      await j.page.getByLabel('未提出・不足のある医療機関だけ').check();
      await j.page.getByText('1 / 1 施設').waitFor();
      await j.page.getByRole('combobox', { name: '並び順' }).selectOption({ label: '不足の多い順' });
      await row.waitFor();
      expect(await menu.getByRole('link', { name: '機器台帳' }).count()).toBe(0);
      expect(await menu.getByRole('link', { name: 'チェックリスト' }).count()).toBe(0);
      await j.page.screenshot({ path: path.join(SHOTS, 'jurisdiction.png'), fullPage: true });
      // the forms as submitted, printed from the 保健所's side
      const href = await row.getByRole('link', { name: /提出した内容を印刷/ }).getAttribute('href');
      await j.page.goto(`${j.server.url}${href}`);
      await j.page.getByText(/北保健所 への事前送付 1 回目/).waitFor();
      await j.page.getByRole('heading', { name: /立入検査用資料/, level: 1 }).waitFor();
      await j.page.goBack();
      await j.page.goto(`${j.server.url}/o/kaede/devices`);
      await j.page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    });
  });

  const logOut = async () => {
    await j.page.getByRole('navigation', { name: '利用者メニュー' }).getByRole('button', { name: 'ログアウト' }).click();
    await j.page.getByRole('button', { name: 'ログイン', exact: true }).waitFor();
  };
  const liveSection = async () => {
    await signIn(j.page, j.server.url, CLINIC_ADMIN, 'かえでクリニック');
    await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '設定' }).click();
    return j.page.getByRole('region', { name: '立入検査の閲覧許可' });
  };

  it('lets the clinic grant the 保健所 live read access for an hour', async () => {
    await step(j.page, 'live-access-grant', async () => {
      await logOut();
      const section = await liveSection();
      await section.getByText('まだ閲覧を許可したことはありません。').waitFor();
      const inAnHour = new Date(Date.now() + 9 * 3_600_000 + 3_600_000).toISOString().slice(0, 16);
      await section.getByLabel('終了 (日本時間)').fill(inAnHour);
      await section.getByLabel('目的・メモ').fill('立入検査');
      await section.getByRole('button', { name: '閲覧を許可する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('北保健所 に');
      await section.getByRole('row', { name: /北保健所.*閲覧できる/ }).waitFor();
      await logOut();
    });
  });

  it('lets the inspector read the clinic’s 機器台帳 under the grant, with a banner', async () => {
    await step(j.page, 'live-access-read', async () => {
      await signIn(j.page, j.server.url, INSPECTOR, '北保健所');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '管轄の医療機関' }).click();
      await j.page.getByRole('link', { name: /記録を閲覧/ }).click();
      await j.page.getByText(/かえでクリニック の閲覧許可 \(立入検査\) により記録を閲覧しています/).waitFor();
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '機器台帳' }).click();
      await j.page.getByRole('heading', { name: '機器台帳', level: 1 }).waitFor();
      await j.page.screenshot({ path: path.join(SHOTS, 'live-access-read.png'), fullPage: true });
      await logOut();
    });
  });

  it('lets the inspector record the inspection per 手引き point and complete it', async () => {
    await step(j.page, 'inspection-record', async () => {
      await signIn(j.page, j.server.url, INSPECTOR, '北保健所');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '立入検査の記録' }).click();
      const start = j.page.getByRole('region', { name: '記録を始める' });
      await start.getByRole('combobox', { name: '医療機関' }).selectOption({ label: 'かえでクリニック' });
      await start.getByRole('button', { name: '記録を始める' }).click();
      await j.page.getByRole('heading', { name: /立入検査の記録: かえでクリニック/, level: 1 }).waitFor();
      await j.page.getByText(/確認した資料: 事前送付 1 回目/).waitFor();
      const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
      await j.page.getByLabel('検査日').fill(today);
      await j.page.getByLabel('検査担当者').fill('検査 担当');
      const points = j.page.locator('fieldset');
      expect(await points.count()).toBe(7);
      for (let i = 0; i < 7; i++) await points.nth(i).getByRole('radio', { name: '確認した' }).check();
      const chart = j.page.getByRole('group', { name: /連絡体制図: 現物を見て確認する/ });
      await chart.getByRole('radio', { name: '指摘' }).check();
      await chart.getByLabel('指摘の内容・メモ').fill('連絡体制図に保守事業者の夜間連絡先がない');
      await j.page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('記録を保存しました。');
      await j.page.screenshot({ path: path.join(SHOTS, 'inspection-record.png'), fullPage: true });
      await j.page.getByRole('button', { name: '確定して医療機関に示す' }).click();
      await j.page.getByRole('dialog').getByRole('button', { name: '確定して医療機関に示す' }).click();
      await j.page.getByText(/^確定 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
      await logOut();
    });
  });

  it('shows the clinic who of the 保健所 read what, and revokes the grant', async () => {
    await step(j.page, 'live-access-views', async () => {
      const section = await liveSection();
      // the completed record of the inspection, as the clinic sees it
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '立入検査の記録' }).click();
      await j.page.getByRole('link', { name: '北保健所 の記録を開く' }).click();
      await j.page.getByText('連絡体制図に保守事業者の夜間連絡先がない').waitFor();
      await j.page.getByText(/^確定 /).waitFor();
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '設定' }).click();
      const read = section.getByRole('row', { name: /kensa.*機器台帳/ }).first();
      await read.waitFor();
      await section.getByRole('button', { name: /^取り消す: 北保健所/ }).click();
      await j.page.getByRole('dialog').getByRole('button', { name: '取り消す' }).click();
      await section.getByRole('row', { name: /北保健所.*取り消し/ }).waitFor();
      await logOut();
      await signIn(j.page, j.server.url, INSPECTOR, '北保健所');
      await j.page.goto(`${j.server.url}/o/kaede/devices`);
      await j.page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    });
  });
});
