// The 事業者台帳's newer parts as an institution's 担当者 uses them: two 事業者 typed into the 連絡体制図
// are brought into the ledger with one button; the unit of the 事業者確認用 is chosen and kept; a
// system's MDS/SDS is recorded with its file and its annex answers read from the vendor's CSV, and
// what it lacks (another version, items answered いいえ) shows on the vendor and as findings; a CSV
// adds a vendor with its system, and a file with an impossible date is refused before anything is stored.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'tanto', password: 'Hinoki-Daicho-2026x' };
const ORG = 'ひのき病院';
const NO_ANSWERS = 'MDS の別紙で「いいえ」の項目: 2、4';

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'hinoki', '--name', ORG, '--kind', 'hospital', '--prefecture', '京都府']);
  addUser(cli, EDITOR, { org: 'hinoki', role: 'editor', name: '担当 花子' });
});

const notice = () => j.page.locator('.notice-region');
const menuLink = (name: string) => j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name });
/**
 * An annex item's choice, by its accessible name ("項目 2"). Not getByLabel: the label wraps the
 * select, and Playwright's label text then takes in the option texts as well.
 */
const annexItem = (form: Locator, n: number) => form.getByRole('combobox', { name: `項目 ${n}`, exact: true });
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Adds one external 事業者 entry through the 連絡体制図's form. */
async function addChartVendor(company: string, phone: string): Promise<void> {
  const form = j.page.getByRole('region', { name: '連絡先を追加' });
  await form.getByLabel('カテゴリ/役割').fill('事業者');
  await form.getByLabel('組織名・部署名').fill(company);
  await form.getByLabel('電話番号').fill(phone);
  await form.getByLabel('受付時間').fill('24時間');
  expect(await form.getByLabel('区分').inputValue()).toBe('external');
  expect(await form.getByRole('checkbox', { name: /^医療情報システムを提供する事業者/ }).isChecked()).toBe(true);
  await form.getByRole('button', { name: '連絡先を追加', exact: true }).click();
  await expect.poll(() => notice().textContent()).toContain(`${company}」を追加しました。`);
}

describe('the 事業者台帳: chart, form unit, MDS/SDS, findings, import', () => {
  it('brings the 連絡体制図’s two 事業者 into the ledger', async () => {
    await step(j.page, 'ledger-from-chart', async () => {
      await signIn(j.page, j.server.url, EDITOR, ORG);
      await menuLink('連絡体制図').click();
      await j.page.getByRole('heading', { name: '連絡体制図', level: 1 }).waitFor();
      await addChartVendor('さくらメディカル', '06-1234-5678');
      await addChartVendor('ネット保守サービス', '0120-111-222');
      expect(await j.page.getByRole('region', { name: '外部連絡リスト' }).locator('tbody tr').count()).toBe(2);

      await menuLink('事業者').click();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      const offer = j.page.getByText('連絡体制図に、台帳にない事業者が 2 件あります: ');
      await offer.waitFor();
      expect(await offer.textContent()).toContain('さくらメディカル、ネット保守サービス');
      await j.page.getByRole('button', { name: '連絡体制図から取り込む' }).click();
      await expect.poll(() => notice().textContent()).toContain('2 件を登録し、0 件の連絡先を結び付けました');
      await j.page.getByRole('row', { name: /さくらメディカル/ }).waitFor();
      await j.page.getByRole('row', { name: /ネット保守サービス/ }).waitFor();
      await expect.poll(() => j.page.getByRole('button', { name: '連絡体制図から取り込む' }).count()).toBe(0);
      expect(await j.page.getByText(/台帳にない事業者が/).count()).toBe(0);
    });
  });

  it('counts a 事業者確認用 per vendor and system, and keeps the choice after a reload', async () => {
    await step(j.page, 'ledger-forms-per', async () => {
      const unit = j.page.getByRole('group', { name: '事業者確認用の単位' });
      const perVendor = unit.getByRole('radio', { name: /^事業者ごとに 1 通/ });
      const perSystem = unit.getByRole('radio', { name: /^事業者とシステムごとに 1 通/ });
      expect(await perVendor.isChecked()).toBe(true);
      expect(await perSystem.isChecked()).toBe(false);
      // the choice shows once the server has stored it (the radio is controlled by the saved setting)
      await perSystem.click();
      await expect.poll(() => notice().textContent()).toContain('事業者確認用の単位を変更しました');
      await j.page.reload();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      const after = j.page.getByRole('group', { name: '事業者確認用の単位' });
      await after.waitFor();
      await expect.poll(() => after.getByRole('radio', { name: /^事業者とシステムごとに 1 通/ }).isChecked()).toBe(true);
      expect(await after.getByRole('radio', { name: /^事業者ごとに 1 通/ }).isChecked()).toBe(false);
    });
  });

  it('records an MDS with its file and the annex answers read from the vendor’s CSV', async () => {
    await step(j.page, 'ledger-disclosure', async () => {
      await j.page.getByRole('link', { name: 'さくらメディカル' }).click();
      await j.page.getByRole('heading', { name: 'さくらメディカル', level: 1 }).waitFor();
      // the chart entry is its 24-hour contact
      expect(await j.page.getByText('24時間の連絡先が連絡体制図から選ばれていません。').count()).toBe(0);

      await j.page.getByRole('button', { name: 'システムを追加' }).click();
      const systemForm = j.page.getByRole('region', { name: 'システムを追加' });
      await systemForm.getByLabel('システム名').fill('電子カルテ');
      await systemForm.getByLabel('使用中の版').fill('V4.2');
      await systemForm.getByRole('button', { name: '保存する' }).click();
      await j.page.getByRole('button', { name: '「電子カルテ」を変更する' }).waitFor();

      const section = j.page.getByRole('region', { name: 'MDS/SDS (医療情報セキュリティ開示書)' });
      await expect.poll(() => section.textContent()).toContain('MDS/SDS を受け取っていません');
      expect(await section.textContent()).toContain('記録はまだありません');
      await section.getByRole('button', { name: '電子カルテ の MDS/SDS を記録' }).click();

      const form = j.page.getByRole('region', { name: '電子カルテ の MDS/SDS を記録' });
      await form.getByLabel('種類').selectOption('mds');
      await form.getByLabel('JAHIS 版').fill('5.0');
      await form.getByLabel('作成日').fill('令和7年4月1日');
      await form.getByLabel('対象の製品・サービスの版').fill('V4.1');
      await form
        .getByLabel('MDS/SDS のファイル')
        .setInputFiles({ name: 'sakura-mds.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%mamori e2e\n%%EOF\n') });
      await form.getByText('保管済み: sakura-mds.pdf').waitFor();

      await form
        .getByLabel('事業者のチェックリストから読み取る')
        .setInputFiles(csv('sakura-checklist.csv', 'No.,内容,回答\n1,x,はい\n2,x,いいえ\n3,x,対象外\n'));
      await form.getByText('3/41 項目の回答を読み取りました。保存する前に確かめてください。').waitFor();
      expect(await annexItem(form, 1).inputValue()).toBe('yes');
      expect(await annexItem(form, 2).inputValue()).toBe('no');
      expect(await annexItem(form, 3).inputValue()).toBe('na');
      // item 4 by keyboard: 未回答 → はい → いいえ
      const item4 = annexItem(form, 4);
      expect(await item4.inputValue()).toBe('');
      await item4.focus();
      await j.page.keyboard.press('ArrowDown');
      await j.page.keyboard.press('ArrowDown');
      await expect.poll(() => item4.inputValue()).toBe('no');

      await form.getByRole('button', { name: '保存する' }).click();
      await expect.poll(() => notice().textContent()).toContain('MDS/SDS を保存しました');
      await expect.poll(() => form.count()).toBe(0);

      const text = async () => (await section.textContent()) ?? '';
      await expect.poll(text).toContain('MDS Ver.5.0 2025-04-01 (V4.1)');
      expect(await section.getByRole('link', { name: /sakura-mds\.pdf/ }).count()).toBe(1);
      expect(await text()).toContain('別紙: 4/41 項目に回答');
      expect(await text()).toContain('MDS は版 V4.1 のもので、使用中の版 V4.2 のものではありません');
      expect(await text()).toContain(NO_ANSWERS);
      expect(await text()).not.toContain('MDS/SDS を受け取っていません');
      expect(await section.getByRole('button', { name: '電子カルテ の MDS (2025-04-01) を変更' }).count()).toBe(1);

      const history = j.page.getByRole('region', { name: '変更の履歴' });
      await expect.poll(() => history.textContent()).toContain('MDS/SDS を記録');
    });
  });

  it('lists the annex items answered いいえ among the findings, linked to the vendor', async () => {
    await step(j.page, 'ledger-findings', async () => {
      await menuLink('指摘 (脆弱性・サポート終了)').click();
      await j.page.getByRole('heading', { name: '指摘', level: 1 }).waitFor();
      const row = j.page.getByRole('row', { name: new RegExp(NO_ANSWERS) });
      await row.waitFor();
      expect(await row.textContent()).toContain('「いいえ」の項目について、事業者に対策の予定を確認し');
      await j.page.getByRole('row', { name: /MDS は版 V4\.1 のもので、使用中の版 V4\.2 のものではありません/ }).waitFor();
      await row.getByRole('link', { name: /さくらメディカル/ }).click();
      await j.page.getByRole('heading', { name: 'さくらメディカル', level: 1 }).waitFor();
      await j.page.getByRole('region', { name: 'MDS/SDS (医療情報セキュリティ開示書)' }).getByText(NO_ANSWERS).waitFor();
    });
  });

  it('imports a vendor and its system from a CSV, and refuses an impossible date naming row and column', async () => {
    await step(j.page, 'ledger-import', async () => {
      await j.page.getByRole('link', { name: '事業者台帳に戻る' }).click();
      await j.page.getByRole('heading', { name: '事業者台帳', level: 1 }).waitFor();
      await j.page.getByText('ファイルから取り込む', { exact: true }).click();
      const file = j.page.getByLabel('ファイル (CSV または .xlsx)');
      await file.setInputFiles(csv('ledger.csv', '法人名,システム名,種類\n検査センター株式会社,検査システム,検査\n'));
      await j.page.getByLabel('文字コード (CSV)').selectOption('utf8');
      await j.page.getByRole('button', { name: '確認', exact: true }).click();
      const preview = j.page.locator('.import-summary');
      await expect.poll(() => preview.textContent()).toMatch(/事業者: 新規 1 件、変更 0 件/);
      expect(await preview.textContent()).toMatch(/システム: 新規 1 件、変更 0 件/);
      expect(await preview.textContent()).toContain('検査センター株式会社 / 検査システム');
      const store = j.page.getByRole('button', { name: '取り込む', exact: true });
      expect(await store.isDisabled()).toBe(false);
      await store.click();
      await expect
        .poll(() => notice().textContent())
        .toContain('取り込みました (事業者 新規 1 件・変更 0 件、システム 新規 1 件・変更 0 件)');
      const row = j.page.getByRole('row', { name: /検査センター株式会社/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('検査システム (検査)');

      await file.setInputFiles(
        csv('ledger-bad-date.csv', '法人名,システム名,契約開始日\n検査センター株式会社,検査システム,令和7年2月30日\n'),
      );
      await j.page.getByRole('button', { name: '確認', exact: true }).click();
      const problems = j.page.getByRole('alert').filter({ hasText: '問題のある行があります' });
      await problems.waitFor();
      expect(await problems.textContent()).toContain('2 行目 契約開始日: 令和7年2月30日 は存在しない日付です');
      expect(await j.page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true);
    });
  });
});
