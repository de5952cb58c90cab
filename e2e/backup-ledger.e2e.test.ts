// The バックアップ台帳 as an institution's 担当者 uses it: the empty ledger says what to register; two
// systems' backups are registered through the form (a generation count of 0 refused next to its field);
// a failed restore test is recorded for one in 和暦 with its evidence file uploaded on the spot; the
// problem shows on the system's page with whose rule it is, and as a finding that leads back to it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'hozon', password: 'Tamagawa-Fukugen-2026x' };

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kusunoki', '--name', 'くすのき病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  addUser(cli, EDITOR, { org: 'kusunoki', role: 'editor', name: '情報 システム' });
});

/** Today in Japan, as the server and the form's default take it, and in 和暦. */
const todayIso = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const [year, month, day] = todayIso.split('-').map(Number) as [number, number, number];
const todayWareki = `令和${year - 2018}年${month}月${day}日`;
const FAILED = `最後の復旧テスト (${todayIso}) で復旧できませんでした`;

describe('the バックアップ台帳', () => {
  it('says what to register while empty', async () => {
    await step(j.page, 'backup-ledger-empty', async () => {
      await signIn(j.page, j.server.url, EDITOR, 'くすのき病院');
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'バックアップ' }).click();
      await j.page.getByRole('heading', { name: 'バックアップ台帳', level: 1 }).waitFor();
      await j.page
        .getByText(
          'まだシステムのバックアップが登録されていません。電子カルテなど、システムごとにバックアップの方法と復旧手順を登録します。',
        )
        .waitFor();
      await j.page.getByRole('link', { name: 'CSV (Shift_JIS)' }).waitFor();
    });
  });

  it("registers two systems' backups", async () => {
    await step(j.page, 'backup-ledger-register', async () => {
      await j.page.getByRole('button', { name: 'システムのバックアップを登録' }).click();
      const form = j.page.getByRole('region', { name: 'システムのバックアップを登録' });
      await form.getByLabel('システム', { exact: true }).fill('電子カルテ');
      await form.getByLabel('事業者 (復旧を担当)').fill('ABCメディカル');
      await form.getByRole('checkbox', { name: 'データ' }).check();
      await form.getByRole('checkbox', { name: '設定' }).check();
      await form.getByLabel('頻度').selectOption({ label: '毎日' });
      await form.getByLabel('方法・製品').fill('NAS へ毎晩差分、週 1 回テープへ全体');
      await form.getByLabel('保持する世代数').fill('14');
      await form.getByRole('checkbox', { name: '別の建物' }).check();
      await form.getByLabel('オフライン・改ざんできないコピー').selectOption('offline');
      await form.getByLabel('システムと別のネットワークのコピー').selectOption({ label: 'あり' });
      await form.getByLabel('暗号化').selectOption({ label: 'あり' });
      await form.getByLabel('責任者').fill('情報システム課長');
      await form.getByLabel('復旧の順番').fill('1');
      await form.getByLabel('目標復旧時間 (時間)').fill('24');
      await form.getByLabel('復旧手順', { exact: true }).fill('BCP 別紙 3 の手順で、テープから検証用サーバへ戻す');
      await form.getByRole('button', { name: '保存する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('「電子カルテ」のバックアップを保存しました。');
      const first = j.page.getByRole('row', { name: /電子カルテ/ });
      await first.waitFor();
      expect(await first.textContent()).toContain('記録なし');
      expect(await first.textContent()).toContain('復旧テストの記録がありません');

      // the second: 0 generations is refused next to its field, then 1 is kept with its problems
      await j.page.getByRole('button', { name: 'システムのバックアップを登録' }).click();
      await form.getByLabel('システム', { exact: true }).fill('医事会計システム');
      await form.getByRole('checkbox', { name: 'データ' }).check();
      await form.getByLabel('頻度').selectOption({ label: '毎週' });
      await form.getByLabel('保持する世代数').fill('0');
      await form.getByRole('checkbox', { name: 'システムと同じ部屋' }).check();
      await form.getByLabel('オフライン・改ざんできないコピー').selectOption('none');
      await form.getByRole('button', { name: '保存する' }).click();
      await form.getByText('保持する世代数: 1〜10000 の整数にしてください (「0」)').last().waitFor();
      expect(await form.getByLabel('保持する世代数').getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('保持する世代数').fill('1');
      await form.getByRole('button', { name: '保存する' }).click();
      const second = j.page.getByRole('row', { name: /医事会計システム/ });
      await second.waitFor();
      const problems = await second.locator('li').allTextContents();
      expect(problems).toContain('高 オフラインまたは改ざんできない (イミュータブル) バックアップがありません 基準: 厚生労働省の研修資料');
      expect(problems).toContain('中 バックアップを 1 世代しか保持していません 基準: 手引き');
      expect(problems).toContain('中 復旧テストの記録がありません 基準: Mamori の目安');
      await j.page.screenshot({ path: path.join(SHOTS, 'backup-ledger-list.png'), fullPage: true });
    });
  });

  it('records a failed restore test with its evidence, and sees the problem on the backup page', async () => {
    await step(j.page, 'backup-ledger-test', async () => {
      await j.page.getByRole('link', { name: '電子カルテ' }).click();
      await j.page.getByRole('heading', { name: '電子カルテ', level: 1 }).waitFor();
      await j.page.getByText('まだ復旧テストの記録はありません。').waitFor();
      await j.page.getByText('記録した復旧テストは変更できません。', { exact: false }).waitFor();
      await j.page.getByText('復旧テストを記録する', { exact: true }).click();
      const record = j.page.getByRole('form', { name: '復旧テストを記録する' });
      await record.getByLabel('実施日').fill(todayWareki);
      await record.getByLabel('復旧した対象').fill('電子カルテのデータベースを検証用サーバへ');
      await record.getByLabel('どの世代から').fill('前日分のテープ');
      await record.getByLabel('かかった時間 (分)').fill('180');
      await record.getByLabel('結果').selectOption({ label: '復旧できなかった' });
      await record.getByLabel('わかった問題').fill('テープの読み込みでエラー。ドライブの交換が必要');
      await record.getByLabel('実施した人').fill('情報システム課 佐藤');
      // the evidence uploaded to the store beside the form, then chosen in it
      await j.page.getByText('証跡ファイルを登録する', { exact: true }).click();
      await j.page
        .getByLabel('登録するファイル')
        .setInputFiles({ name: '復旧テスト記録.txt', mimeType: 'text/plain', buffer: Buffer.from('復旧テスト記録: テープ読み込みエラー') });
      await j.page.getByRole('button', { name: 'アップロード' }).click();
      await expect.poll(() => record.getByLabel('証跡').textContent()).toContain('復旧テスト記録.txt');
      await record.getByLabel('証跡').selectOption({ label: '復旧テスト記録.txt' });
      await record.getByRole('button', { name: '記録する' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain(`復旧テスト (${todayIso}) を記録しました。`);
      const tests = j.page.getByRole('region', { name: '復旧テスト', exact: true });
      const row = tests.getByRole('row', { name: /前日分のテープ/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('復旧できなかった');
      expect(await row.textContent()).toContain('180 分');
      await row.getByRole('link', { name: '復旧テスト記録.txt' }).waitFor();
      const problems = j.page.getByRole('region', { name: '問題', exact: true });
      await expect.poll(() => problems.textContent()).toContain(FAILED);
      expect(await problems.textContent()).toContain('基準: Mamori の目安');
      expect(await problems.textContent()).not.toContain('復旧テストの記録がありません');
      const history = j.page.getByRole('region', { name: '変更の履歴' });
      await expect.poll(() => history.textContent()).toContain('復旧テストを記録');
      expect(await history.textContent()).toContain('バックアップ台帳にシステムを登録');
      await j.page.screenshot({ path: path.join(SHOTS, 'backup-ledger-plan.png'), fullPage: true });
    });
  });

  it('shows the failed test among the findings, leading back to the backup', async () => {
    await step(j.page, 'backup-ledger-findings', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: '指摘 (脆弱性・サポート終了)' }).click();
      await j.page.getByRole('heading', { name: '指摘', level: 1, exact: true }).waitFor();
      const finding = j.page.getByRole('row', { name: new RegExp(FAILED.replace(/[()]/g, '\\$&')) });
      await finding.waitFor();
      await finding.getByRole('link', { name: '電子カルテ (データ・設定)' }).click();
      await j.page.getByRole('heading', { name: '電子カルテ', level: 1 }).waitFor();
    });
  });
  it('prints the 緊急時カード from the ledger page: one A4 page with the restore order', async () => {
    await step(j.page, 'backup-ledger-card', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'バックアップ' }).click();
      await j.page.getByRole('heading', { name: 'バックアップ台帳', level: 1 }).waitFor();
      const print = j.page.getByRole('link', { name: /^印刷/ });
      const href = await print.getAttribute('href');
      expect(href).toMatch(/\/emergency-card\/print$/);
      expect(await print.getAttribute('target')).toBe('_blank');
      // the print view opens in a new tab; here in the same one (the session is the same)
      await j.page.goto(`${j.server.url}${href}`);
      await j.page.getByRole('heading', { name: /緊急時カード/, level: 1 }).waitFor();
      const pdf = path.join(SHOTS, 'emergency-card.pdf');
      await j.page.pdf({ path: pdf, format: 'A4' });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
      for (const words of ['ネットワークから切り離す', 'この順に連絡する', '復旧の順番', '電子カルテ', '連絡体制図が登録されていません'])
        expect(text).toContain(words);
    });
  });
});
