// Inviting a person at a vendor to answer the 事業者確認用, as an institution's 担当者 does it: a vendor
// with a system is added; on its page nobody has been invited yet; 保守 花子 is invited for this fiscal
// year and that system; the link is shown once, copied, and printable (the link and its QR code stay on
// the printout; it is also e-mailed); a reminder is e-mailed once a day at most; the list shows the
// invitation as not used yet, and revoking it (after confirming) marks it 取り消し.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYear, fiscalYearOf, todayJst } from '../domain/dates/fiscal-year.ts';
import { startSmtp, type TestSmtp } from '../server/test/smtp.ts';
import { step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'jimu', password: 'Momiji-Shinryo-2026x' };
const ORG = 'もみじ診療所';
const VENDOR = '株式会社 もみじシステム';
const SECTION = '事業者への招待 (事業者確認用の回答)';

// a real SMTP server, up before the server starts (the journey's environment is read then)
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp?.close());

const j = journey(
  (cli) => {
    cli(['org', 'create', '--slug', 'momiji', '--name', ORG, '--kind', 'clinic', '--prefecture', '広島県']);
    addUser(cli, EDITOR, { org: 'momiji', role: 'editor', name: '事務 一郎' });
  },
  () => ({ MAMORI_SMTP_URL: smtp.url }),
);

const section = () => j.page.getByRole('region', { name: SECTION });
const notice = () => j.page.locator('.notice-region');

describe('inviting a person at a vendor to answer the 事業者確認用', () => {
  it('adds a vendor with a system; nobody is invited yet', async () => {
    await step(j.page, 'vendor-invite-setup', async () => {
      await signIn(j.page, j.server.url, EDITOR, ORG);
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '事業者' }).click();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      await j.page.getByRole('button', { name: '事業者を追加' }).click();
      await j.page.getByLabel('法人名', { exact: true }).fill(VENDOR);
      await j.page.getByRole('button', { name: '保存する' }).click();
      await j.page.getByRole('heading', { name: VENDOR, level: 1 }).waitFor();
      await j.page.getByRole('button', { name: 'システムを追加' }).click();
      await j.page.getByLabel('システム名').fill('電子カルテ');
      await j.page.getByRole('button', { name: '保存する' }).click();
      await j.page.getByRole('button', { name: '「電子カルテ」を変更する' }).waitFor();
      await section().getByText('まだ招待していません。').waitFor();
    });
  });

  it('invites 保守 花子 for this fiscal year and the system; the link is shown once, copied and printable', async () => {
    await step(j.page, 'vendor-invite-create', async () => {
      const year = fiscalYearOf(todayJst(new Date()));
      const form = section();
      expect(await form.getByLabel('年度', { exact: true }).inputValue()).toBe(String(year));
      await form.getByLabel('年度', { exact: true }).selectOption(String(year));
      await form.getByRole('checkbox', { name: '電子カルテ' }).check();
      await form.getByLabel('担当者の氏名').fill('保守 花子');
      await form.getByLabel('メールアドレス', { exact: true }).fill('hanako@momiji-system.example.jp');
      expect(await form.getByLabel('有効期間 (日)').inputValue()).toBe('30');
      await form.getByRole('button', { name: '招待リンクを作る' }).click();

      const shown = form.getByRole('region', { name: '保守 花子 への招待リンク' });
      await shown.waitFor();
      await expect.poll(() => notice().textContent()).toContain('招待リンクを作りました');
      await shown.getByText('このリンクは今しか表示されません。').waitFor();
      expect(await shown.textContent()).toContain(`${fiscalYear(year).label}・電子カルテ`);
      const link = await shown.getByLabel('招待リンク', { exact: true }).inputValue();
      expect(link).toMatch(/\/vendor\/accept#[A-Za-z0-9_-]{43}$/);
      expect(link.startsWith(j.server.url)).toBe(true);

      await j.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: j.server.url });
      await shown.getByRole('button', { name: 'リンクをコピー' }).click();
      await shown.getByRole('status').getByText('コピーしました').waitFor();
      expect(await j.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

      // the printout keeps the link and its QR code, and drops the buttons
      const qr = shown.getByAltText('招待リンクの QR コード');
      await expect.poll(() => qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
      expect(await qr.isVisible()).toBe(false);
      await j.page.emulateMedia({ media: 'print' });
      try {
        expect(await shown.getByLabel('招待リンク', { exact: true }).isVisible()).toBe(true);
        expect(await qr.isVisible()).toBe(true);
        expect(await shown.getByRole('button', { name: 'リンクをコピー' }).isVisible()).toBe(false);
      } finally {
        await j.page.emulateMedia({ media: 'screen' });
      }
    });
  });

  it('reminds 保守 花子 by e-mail once a day', async () => {
    await step(j.page, 'vendor-invite-remind', async () => {
      await section().getByRole('button', { name: '表示を閉じる' }).click();
      const row = section().getByRole('row', { name: /保守 花子/ });
      const before = smtp.received.length;
      await row.getByRole('button', { name: '保守 花子 に催促メールを送る' }).click();
      await expect.poll(() => notice().textContent()).toContain('hanako@momiji-system.example.jp に催促メールを送りました');
      await expect.poll(() => row.textContent()).toContain('最後の催促:');
      expect(smtp.received.length).toBe(before + 1);
      await row.getByRole('button', { name: '保守 花子 に催促メールを送る' }).click();
      await section().getByRole('alert').getByText('最近催促したばかりです。催促は 1 日に 1 回までです。').waitFor();
    });
  });

  it('lists the invitation as not used yet and revokes it after confirming', async () => {
    await step(j.page, 'vendor-invite-revoke', async () => {
      await section().getByRole('heading', { name: '担当者を招待', level: 3 }).waitFor();
      expect(await section().getByLabel('招待リンク', { exact: true }).count()).toBe(0);
      const row = section().getByRole('row', { name: /保守 花子/ });
      await expect.poll(() => row.textContent()).toContain('未使用');
      expect(await row.textContent()).toContain('電子カルテ');

      await row.getByRole('button', { name: '保守 花子 への招待を取り消す' }).click();
      const dialog = j.page.getByRole('dialog', { name: '招待を取り消しますか' });
      await dialog.getByRole('button', { name: '取り消す' }).click();
      await expect.poll(() => notice().textContent()).toContain('保守 花子 への招待を取り消しました');
      await expect.poll(() => row.textContent()).toContain('取り消し');
      expect(await row.textContent()).not.toContain('未使用');
      expect(await row.getByRole('button', { name: '保守 花子 への招待を取り消す' }).count()).toBe(0);
    });
  });
});
