// The 利用者台帳 as an institution's 担当者 first uses it: the empty register says what to add; the
// Windows domain is added; an Active Directory export as PowerShell 5.1 writes it (UTF-16, the #TYPE
// line, MemberOf as a type name) is checked — the counts, the kinds, the MemberOf notice — then
// imported, and the accounts are listed with the disabled one marked; checking it again changes nothing;
// personnel's leavers list (Shift_JIS) is checked and imported, a leaver's enabled account is shown in
// the register and among the findings, whose link leads back to the account's system; the domain's
// logon events read, RDP from outside the institution's ranges and the leaver's logon found.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PS51_JA } from '../domain/accounts/ad-fixtures.test-helpers.ts';
import { nxlogLine } from '../domain/logons/fixtures.test-helpers.ts';
import { step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'joho-kaede', password: 'Momiji-Kawa-Yama-2026x' };
const ADMIN = { loginId: 'kikaku-kaede', password: 'Sora-Umi-Hoshi-2026q' };
const file = {
  name: 'ad-users.csv',
  mimeType: 'text/csv',
  buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PS51_JA, 'utf16le')]),
};

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kaede', '--name', 'かえで病院', '--kind', 'hospital', '--prefecture', '長野県']);
  addUser(cli, EDITOR, { org: 'kaede', role: 'editor', name: '情報 担当' });
  addUser(cli, ADMIN, { org: 'kaede', role: 'admin', name: '企画 管理者' });
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
      // disabled accounts are shown on request
      await j.page.getByLabel('無効・削除も表示').check();
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

  it("imports personnel's leavers list and finds a leaver's enabled account among the findings", async () => {
    await step(j.page, 'accounts-leavers', async () => {
      await j.page.getByText('退職者一覧を取り込む').click();
      const list = ['職員番号,氏名,所属,退職日', '10234,髙橋 一郎,内科,令和8年10月31日', ',斎藤 花子,看護部,2026/03/31'].join('\r\n');
      await j.page
        .getByLabel('退職者一覧のファイル')
        .setInputFiles({ name: '退職者一覧.csv', mimeType: 'text/csv', buffer: iconv.encode(list, 'cp932') });
      await j.page.getByRole('button', { name: '確認する' }).last().click();
      const summary = j.page.locator('.leavers-import .import-summary');
      await expect.poll(() => summary.textContent()).toContain('新しい退職者 2 人');
      expect(await summary.textContent()).toContain('職員番号で一致 1 件、氏名のみ一致 1 件');
      expect(await summary.textContent()).toContain('退職日を過ぎても有効なアカウント (1 件)');
      await j.page.locator('.leavers-import').getByRole('button', { name: '取り込む' }).click();
      await expect
        .poll(() => j.page.locator('.notice-region').textContent())
        .toContain('退職者一覧を取り込みました (新しい 2 人、変更 0 人)');
      const leaver = j.page.getByRole('row', { name: /髙橋 一郎/ }).first();
      await expect.poll(() => leaver.textContent()).toContain('takahashi.i');
      await j.page.getByLabel('無効・削除も表示').uncheck();
      await j.page.getByLabel('退職日を過ぎた').check();
      await expect.poll(() => j.page.getByRole('status').filter({ hasText: '件を表示' }).textContent()).toContain('件中 1 件を表示');
      const own = j.page.getByRole('table', { name: 'Windows ドメイン のアカウント' }).getByRole('row', { name: /takahashi\.i/ });
      expect(await own.textContent()).toContain('有効のまま');
    });
    await step(j.page, 'accounts-finding', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '指摘' }).click();
      const row = j.page.getByRole('row', { name: /退職者のアカウントが有効のままです/ });
      await row.waitFor();
      await row.getByRole('link', { name: /takahashi\.i/ }).click();
      await j.page.getByRole('heading', { name: 'Windows ドメイン のアカウント', level: 2 }).waitFor();
    });
  });

  it('runs a 棚卸し that disables the leaver, signed off by the 企画管理者, and 不要なアカウント turns to はい', async () => {
    const decide = async (id: string, decision: string, reason: string) => {
      const form = j.page.getByRole('form', { name: `${id} の判断` });
      await form.getByLabel('判断').selectOption({ label: decision });
      await form.getByLabel(/^理由/).fill(reason);
      await form.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => form.textContent()).toContain(`記録済み: ${decision}`);
    };
    await step(j.page, 'accounts-review', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '利用者台帳' }).click();
      await j.page.getByRole('button', { name: 'Windows ドメイン の棚卸しを始める' }).click();
      await j.page.getByRole('heading', { name: '利用者の棚卸し', level: 1 }).waitFor();
      // the leaver's account comes with its finding
      const row = j.page.getByRole('row', { name: /takahashi\.i/ });
      await expect.poll(() => row.textContent()).toContain('退職者のアカウントが有効のままです');
      await decide('takahashi.i', '無効化', '2026-10-31 退職 (人事の退職者一覧)');
      await decide('karte-kyoyo', '削除', '使われていない共用アカウント');
      await decide('Administrator', '継続', 'ドメインの管理用');
      await decide('saito.h', '継続', '無効化済み');
      await decide('svc-backup', '継続', 'バックアップ用');
      await j.page.getByText('アカウント (5 件中 5 件を判断済み)').waitFor();
      await j.page.getByText('承認は組織の管理者 (企画管理者) が行います。').waitFor();
    });
    await step(j.page, 'accounts-review-sign', async () => {
      const review = j.page.url();
      await j.page.getByRole('navigation', { name: '利用者メニュー' }).getByRole('button', { name: 'ログアウト' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('ログアウトしました。');
      await signIn(j.page, j.server.url, ADMIN, 'かえで病院');
      await j.page.goto(review);
      await j.page.getByRole('heading', { name: '利用者の棚卸し', level: 1 }).waitFor();
      await j.page.getByRole('button', { name: '承認する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('棚卸しを承認しました');
      await expect.poll(() => j.page.locator('dl.facts').textContent()).toContain('承認済み');
      expect(await j.page.locator('dl.facts').textContent()).toContain('kikaku-kaede');
      // on paper: the decisions and the lines to sign by hand
      await j.page.emulateMedia({ media: 'print' });
      expect(await j.page.locator('.review-signatures').isVisible()).toBe(true);
      expect(await j.page.getByRole('row', { name: /takahashi\.i/ }).textContent()).toContain('無効化: 2026-10-31 退職');
      await j.page.emulateMedia({ media: 'screen' });
      await j.page.getByRole('link', { name: 'Windows ドメイン のアカウントに戻る' }).click();
      await j.page.getByLabel('無効・削除も表示').check();
      const account = j.page.getByRole('table', { name: 'Windows ドメイン のアカウント' }).getByRole('row', { name: /takahashi\.i/ });
      await expect.poll(() => account.textContent()).toContain('無効');
    });
    await step(j.page, 'accounts-suggestion', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'ホーム' }).click();
      await expect.poll(() => j.page.getByRole('region', { name: '利用者の棚卸し' }).textContent()).toContain('Windows ドメイン: 次回');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
      await j.page.getByLabel('年度', { exact: true }).selectOption('2024');
      await j.page.getByLabel('回答する様式').selectOption('institution');
      await j.page.getByRole('button', { name: '回答を始める' }).click();
      await j.page.getByRole('heading', { name: /令和6年度 医療機関確認用/, level: 1 }).waitFor();
      const hint = j.page.getByRole('complementary', { name: '2(5) サーバ について台帳からわかること' });
      await expect.poll(() => hint.textContent()).toContain('台帳から: はい');
      expect(await hint.textContent()).toContain('退職者一覧 2 人と照合');
    });
  });

  it("imports a system's own user list, a heading mapped by hand", async () => {
    await step(j.page, 'accounts-list', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '利用者台帳' }).click();
      await j.page.getByText('システムを登録', { exact: true }).click();
      await j.page.getByLabel('システム名').fill('電子カルテ');
      await j.page.getByLabel('アカウントの出どころ').selectOption({ label: 'システムの利用者一覧' });
      await j.page.getByRole('button', { name: '登録する' }).click();
      await j.page.getByRole('heading', { name: '電子カルテ のアカウント', level: 2 }).waitFor();
      await j.page.getByText('利用者一覧から取り込む').click();
      const list = ['ユーザコード,漢字氏名,権限,管理者', 'dr001,髙橋 一郎,医師,×', 'ns014,齋藤 花子,看護師,×'].join('\r\n');
      await j.page
        .getByLabel('ファイル', { exact: true })
        .setInputFiles({ name: '利用者一覧.csv', mimeType: 'text/csv', buffer: iconv.encode(list, 'cp932') });
      await j.page.getByRole('button', { name: '確認する' }).first().click();
      const summary = j.page.locator('.account-import .import-summary');
      await expect.poll(() => summary.textContent()).toContain('「ID (ログインID)」にあたる列がありません');
      await j.page.getByLabel('「ユーザコード」の対応').selectOption({ label: 'ID (ログインID)' });
      await j.page.getByLabel('「漢字氏名」の対応').selectOption({ label: '氏名' });
      await j.page.getByRole('button', { name: 'この対応でもう一度確認する' }).click();
      await expect.poll(() => summary.textContent()).toContain('新しいアカウント 2 件');
      await summary.getByRole('button', { name: '取り込む' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('取り込みました (新しい 2 件、変更 0 件)');
      const row = j.page.getByRole('table', { name: '電子カルテ のアカウント' }).getByRole('row', { name: /dr001/ });
      await expect.poll(() => row.textContent()).toContain('髙橋 一郎');
    });
  });

  it('lists a log in the ログリスト and records a look at it', async () => {
    await step(j.page, 'accounts-logs', async () => {
      await j.page.getByText('ログを登録', { exact: true }).click();
      const add = j.page.getByRole('form', { name: 'ログを登録' });
      await add.getByLabel('システム', { exact: true }).selectOption({ label: '電子カルテ' });
      await add.getByLabel(/^ログの名前/).fill('操作ログ');
      await add.getByLabel('操作内容').check();
      await add.getByLabel('保管場所').selectOption({ label: '事業者' });
      await add.getByLabel(/^保存期間/).fill('60');
      await add.getByLabel('確認の間隔 (か月)').fill('3');
      await add.getByRole('button', { name: '登録する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('操作ログ を登録しました');
      const row = j.page.getByRole('table', { name: 'ログリスト' }).getByRole('row', { name: /操作ログ \(電子カルテ\)/ });
      await expect.poll(() => row.textContent()).toContain('60 か月保存');
      await j.page.getByText('ログの確認を記録', { exact: true }).click();
      const look = j.page.getByRole('form', { name: 'ログの確認を記録' });
      await look.getByLabel('対象期間の始め').fill('令和8年11月1日');
      await look.getByLabel('対象期間の終わり').fill('2026-11-30');
      await look.getByLabel('確認した人').fill('情報 担当');
      await look.getByLabel(/^確認の結果/).fill('異常なし');
      await look.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('ログの確認を記録しました');
      await expect.poll(() => row.textContent()).not.toContain('なし');
    });
  });

  it("reads the domain's logon events: RDP from outside and the leaver's logon among the findings", async () => {
    await step(j.page, 'accounts-logons', async () => {
      await j.page.getByRole('button', { name: 'Windows ドメイン のアカウントを見る' }).click();
      // the leaver's account, disabled by the 棚卸し: its history says so
      await j.page.getByLabel('無効・削除も表示').check();
      await j.page.getByRole('button', { name: 'takahashi.i の履歴を見る' }).click();
      const history = j.page.getByRole('region', { name: 'takahashi.i の履歴' });
      await expect.poll(() => history.textContent()).toContain('棚卸しの承認で状態を変更: 有効 → 無効');
      expect(await history.textContent()).toContain('取り込みで登録 (ad-users.csv)');
      await j.page.getByRole('button', { name: '履歴を閉じる' }).click();
      // the 権限規程 uploaded to the evidence store and chosen
      await j.page.getByText('権限規程を選ぶ', { exact: true }).click();
      await j.page
        .getByLabel('規程のファイル')
        .setInputFiles({ name: '権限規程.txt', mimeType: 'text/plain', buffer: Buffer.from('第1条 利用者の権限は職種ごとに定める。') });
      await j.page.getByRole('button', { name: 'アップロード' }).click();
      const policy = j.page.getByRole('form', { name: '権限規程を選ぶ' });
      await expect.poll(() => policy.getByLabel('証跡ファイル').textContent()).toContain('権限規程.txt');
      await policy.getByLabel('証跡ファイル').selectOption({ label: '権限規程.txt' });
      await policy.getByRole('button', { name: '規程として登録' }).click();
      await expect
        .poll(() => j.page.getByRole('region', { name: '権限規程 (運用管理規程)' }).textContent())
        .toContain('登録されている規程: 権限規程.txt');
      await j.page.getByRole('heading', { name: 'ログオン記録 (Windows のログオン イベント)', level: 2 }).waitFor();
      await j.page.getByText('施設のアドレス範囲 (未設定', { exact: false }).click();
      await j.page.getByRole('form', { name: '施設のアドレス範囲' }).getByLabel('施設のアドレス範囲').fill('192.168.0.0/16\n10.0.0.0/8');
      await j.page.getByRole('button', { name: 'アドレス範囲を保存' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('施設のアドレス範囲を保存しました (2 件)');
      await j.page.getByText('ログオン イベントのファイルを読む', { exact: true }).click();
      const upload = j.page.getByRole('form', { name: 'ログオン イベントのファイルを読む' });
      const lines = [
        nxlogLine({ time: '2026-11-20 08:30:00', user: 'yamada.t', logonType: 2, address: '192.168.10.21' }),
        nxlogLine({ time: '2026-11-20 23:40:00', user: 'takahashi.i', logonType: 10, address: '203.0.113.50' }),
        nxlogLine({ time: '2026-11-21 09:10:00', user: 'yamada.t', logonType: 3, address: '192.168.10.21' }),
      ];
      await upload
        .getByLabel('ログオン イベントのファイル')
        .setInputFiles({ name: 'security.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n')) });
      await upload.getByRole('button', { name: '読み込む' }).click();
      await expect
        .poll(() => j.page.locator('.notice-region').textContent())
        .toContain('security.jsonl を読み込みました (ログオンのイベント 3 件)');
      const summary = j.page.getByRole('region', { name: 'security.jsonl の集計' });
      await expect.poll(() => summary.textContent()).toContain('施設の外のアドレス (203.0.113.50) から RDP でログオンしています');
      expect(await summary.textContent()).toContain('退職者のアカウントが退職日 (2026-10-31) の後に使われています');
      const row = summary.getByRole('row', { name: /takahashi\.i/ });
      expect(await row.textContent()).toContain('203.0.113.50 (1)');
    });
    await step(j.page, 'accounts-logon-findings', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '指摘' }).click();
      const row = j.page.getByRole('row', { name: /施設の外のアドレス \(203\.0\.113\.50\) から RDP/ });
      await row.waitFor();
      await row.getByRole('link', { name: /Windows ドメイン のログオン記録/ }).click();
      await j.page.getByRole('heading', { name: 'ログオン記録 (Windows のログオン イベント)', level: 2 }).waitFor();
    });
  });
});
