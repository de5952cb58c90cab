// The 事業者 ledger as an institution's 担当者 uses it: an empty ledger says what to add; a vendor is
// added and opened; a system is recorded by keyboard, the remote-maintenance answer refused until it
// says who confirmed it and when (in 和暦); Mamori's advice and the history follow; the same company
// in another spelling is refused, naming the field.
import { describe, expect, it } from 'vitest';
import { step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'joho', password: 'Kusunoki-Byoin-2026x' };

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kusunoki', '--name', 'くすのき病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  addUser(cli, EDITOR, { org: 'kusunoki', role: 'editor', name: '情報 システム' });
});

describe('the 事業者 ledger', () => {
  it('adds a vendor from the empty ledger and opens it', async () => {
    await step(j.page, 'vendors-add', async () => {
      await signIn(j.page, j.server.url, EDITOR, 'くすのき病院');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '事業者' }).click();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      await j.page.getByText('事業者はまだ登録されていません。').waitFor();
      await j.page.getByRole('button', { name: '事業者を追加' }).click();
      await j.page.getByLabel('法人名', { exact: true }).fill('株式会社 ABCメディカル');
      await j.page.getByRole('button', { name: '保存する' }).click();
      await j.page.getByRole('heading', { name: '株式会社 ABCメディカル', level: 1 }).waitFor();
      await j.page.getByText('24時間の連絡先が連絡体制図から選ばれていません。').waitFor();
    });
  });

  it('records a system by keyboard: remote maintenance needs who confirmed it and when', async () => {
    await step(j.page, 'vendors-system', async () => {
      await j.page.getByRole('button', { name: 'システムを追加' }).click();
      await j.page.getByLabel('システム名').fill('電子カルテ');
      await j.page.getByLabel('リモート保守', { exact: true }).selectOption('yes');
      await j.page.getByLabel('契約開始日').fill('令和6年4月1日');
      await j.page.getByLabel('システム名').focus();
      await j.page.keyboard.press('Enter');
      const form = j.page.getByRole('region', { name: 'システムを追加' });
      await form.getByText('リモート保守を確認した人: 事業者に確認した人を入力してください').first().waitFor();
      await j.page.getByLabel('事業者に確認した人').fill('情報システム課 佐藤');
      await j.page.getByLabel('確認した日').fill('令和8年5月20日');
      await j.page.getByLabel('確認した日').press('Enter');
      await j.page.getByRole('button', { name: '「電子カルテ」を変更する' }).waitFor();
      const row = j.page.getByRole('row', { name: /電子カルテ/ });
      expect(await row.textContent()).toContain('情報システム課 佐藤 が 2026-05-20 に確認');
      expect(await row.textContent()).toContain('リモート保守に使う外部接続点が登録されていません');
      expect(await row.textContent()).toContain('セキュリティ更新を誰が行うか確認していません');
      await j.page.getByText('Mamori の助言です').first().waitFor();
      const history = j.page.getByRole('region', { name: '変更の履歴' });
      await expect.poll(() => history.textContent()).toContain('事業者のシステムを登録');
    });
  });

  it('lists the vendor and refuses the same company in another spelling', async () => {
    await step(j.page, 'vendors-duplicate', async () => {
      await j.page.getByRole('link', { name: '事業者台帳に戻る' }).click();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      const row = j.page.getByRole('row', { name: /ABCメディカル/ });
      expect(await row.textContent()).toContain('電子カルテ (電子カルテ)');
      await j.page.getByRole('button', { name: '事業者を追加' }).click();
      await j.page.getByLabel('法人名', { exact: true }).fill('ＡＢＣメディカル（株）');
      await j.page.getByRole('button', { name: '保存する' }).click();
      await j.page.getByText('既に登録されている事業者です').waitFor();
      await j.page.getByRole('button', { name: '閉じる' }).click();
      // search: width and kana variants alike; nothing found says so
      await j.page.getByLabel('検索 (法人名、システム名)').fill('ａｂｃ');
      await j.page.getByRole('link', { name: '株式会社 ABCメディカル' }).waitFor();
      await j.page.getByLabel('検索 (法人名、システム名)').fill('検査');
      await j.page.getByText('検索に当てはまる事業者はありません。').waitFor();
    });
  });
});
