// 教育・訓練の記録 as an institution's 担当者 uses it: the empty year says what to record; a session is
// recorded in 和暦 with two typed attendees; a phishing drill with more clicks than mails is refused next
// to its field, then recorded; who was trained shows per person, and the year's record prints.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'kyoiku', password: 'Tamagawa-Kenshu-2026x' };

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kusunoki', '--name', 'くすのき病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  addUser(cli, EDITOR, { org: 'kusunoki', role: 'editor', name: '情報 システム' });
});

const todayIso = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const [year, month, day] = todayIso.split('-').map(Number) as [number, number, number];
const todayWareki = `令和${year - 2018}年${month}月${day}日`;

describe('教育・訓練の記録', () => {
  it('says what to record while the year is empty', async () => {
    await step(j.page, 'training-empty', async () => {
      await signIn(j.page, j.server.url, EDITOR, 'くすのき病院');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '教育・訓練' }).click();
      await j.page.getByRole('heading', { name: '教育・訓練の記録', level: 1 }).waitFor();
      await j.page.getByText(/この年度の研修はまだ記録されていません/).waitFor();
      await j.page.getByText(/利用者台帳に職員が登録されていないため/).waitFor();
    });
  });

  it('records a session with typed attendees, and a drill (too many clicks refused first)', async () => {
    await step(j.page, 'training-record', async () => {
      await j.page.getByRole('button', { name: '研修を記録' }).click();
      const form = j.page.getByRole('form', { name: '研修を記録' });
      await form.getByLabel('実施日').fill(todayWareki);
      await form.getByLabel('内容 (テーマ)').fill('標的型メールへの対応');
      await form.getByLabel('形式').selectOption({ label: '集合研修' });
      for (const name of ['山田 太郎', '佐藤 花子']) {
        await form.getByLabel('名前 (利用者台帳にない人)').fill(name);
        await form.getByRole('button', { name: '名前で追加' }).click();
      }
      await form.getByRole('button', { name: '研修を保存' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain(`研修 (${todayIso}) を保存しました。`);
      await j.page
        .getByRole('row', { name: /標的型メールへの対応/ })
        .first()
        .waitFor();

      await j.page.getByRole('button', { name: '訓練を記録' }).click();
      const drill = j.page.getByRole('form', { name: '訓練を記録' });
      await drill.getByLabel('実施日').fill(todayIso);
      await drill.getByLabel('訓練メールの内容 (シナリオ)').fill('宅配便の不在通知');
      await drill.getByLabel('送信数').fill('20');
      await drill.getByLabel('開封・クリック数').fill('25');
      await drill.getByRole('button', { name: '訓練を保存' }).click();
      await drill.getByText('開封・クリック数: 送信数 (20) 以下にしてください').last().waitFor();
      await drill.getByLabel('開封・クリック数').fill('5');
      await drill.getByLabel('報告数').fill('8');
      await drill.getByRole('button', { name: '訓練を保存' }).click();
      await j.page.getByRole('row', { name: /宅配便の不在通知/ }).waitFor();
      await j.page.getByText('開封・クリック率 25% / 報告率 40%').waitFor();
      const people = j.page.getByRole('region', { name: '職員ごとの受講状況' });
      await people.getByRole('rowheader', { name: '佐藤 花子' }).waitFor();
      await j.page.screenshot({ path: path.join(SHOTS, 'training.png'), fullPage: true });
    });
  });

  it('prints the year’s record', async () => {
    await step(j.page, 'training-print', async () => {
      const href = await j.page.getByRole('link', { name: /^印刷/ }).getAttribute('href');
      const res = await j.page.request.get(new URL(href ?? '', j.server.url).toString());
      expect(res.status()).toBe(200);
      const text = await res.text();
      expect(text).toContain('教育・訓練の記録');
      expect(text).toContain('山田 太郎');
      expect(text).toContain('宅配便の不在通知');
    });
  });
});
