// The 利用者台帳 as an institution's 担当者 first uses it: the empty register says what to add; the
// Windows domain is added; an Active Directory export as PowerShell 5.1 writes it (UTF-16, the #TYPE
// line, MemberOf as a type name) is checked — the counts, the kinds, the MemberOf notice — then
// imported, and the accounts are listed with the disabled one marked; checking it again changes nothing.
import { describe, expect, it } from 'vitest';
import { PS51_JA } from '../domain/accounts/ad-fixtures.test-helpers.ts';
import { step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'joho-kaede', password: 'Momiji-Kawa-Yama-2026x' };
const file = {
  name: 'ad-users.csv',
  mimeType: 'text/csv',
  buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PS51_JA, 'utf16le')]),
};

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kaede', '--name', 'かえで病院', '--kind', 'hospital', '--prefecture', '長野県']);
  addUser(cli, EDITOR, { org: 'kaede', role: 'editor', name: '情報 担当' });
});

describe('the 利用者台帳', () => {
  it('adds the Windows domain to the empty register', async () => {
    await step(j.page, 'accounts-add', async () => {
      await signIn(j.page, j.server.url, EDITOR, 'かえで病院');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '利用者台帳' }).click();
      await j.page.getByRole('heading', { name: '利用者台帳', level: 1 }).waitFor();
      await j.page.getByText('システムはまだ登録されていません。').waitFor();
      await j.page.getByText('システムを登録', { exact: true }).click();
      await j.page.getByLabel('システム名').fill('Windows ドメイン');
      await j.page.getByRole('button', { name: '登録する' }).click();
      await j.page.getByRole('heading', { name: 'Windows ドメイン のアカウント', level: 2 }).waitFor();
      await j.page.getByText('アカウントはまだありません。').waitFor();
    });
  });

  it('checks an Active Directory export, imports it and lists the accounts', async () => {
    await step(j.page, 'accounts-import', async () => {
      await j.page.getByText('Active Directory から取り込む').click();
      await j.page.getByLabel('ファイル', { exact: true }).setInputFiles(file);
      await j.page.getByRole('button', { name: '確認する' }).click();
      const summary = j.page.locator('.import-summary');
      await expect.poll(() => summary.textContent()).toContain('新しいアカウント 6 件');
      expect(await summary.textContent()).toContain('個人 3、コンピューター 1、サービス 1、ビルトイン 1');
      expect(await summary.textContent()).toContain('MemberOf: 値ではなく型名');
      await j.page.getByRole('button', { name: '取り込む' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('取り込みました (新しい 6 件、変更 0 件)');
      const saito = j.page.getByRole('row', { name: /saito\.h/ });
      await expect.poll(() => saito.textContent()).toContain('無効');
      expect(await saito.textContent()).toContain('看護部');
      expect(await j.page.getByRole('row', { name: /KARTE-PC01\$/ }).textContent()).toContain('コンピューター');
      // the same file again (the import part stays open): nothing to import
      await j.page.getByLabel('ファイル', { exact: true }).setInputFiles(file);
      await j.page.getByRole('button', { name: '確認する' }).click();
      await j.page.getByText('登録済みの内容と同じです。取り込むものはありません。').waitFor();
    });
  });
});
