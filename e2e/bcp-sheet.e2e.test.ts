// The BCP 確認表 as an institution's 担当者 fills it: before anything is registered the registers cannot
// tell the restore order; a system's backup with its order, target time and vendor is registered; the
// year's sheet is started and the row is answered as the registers now suggest (with the evidence
// shown), another answered いいえ with a note, the BCP document's date recorded (a future date refused
// next to its field); the sheet prints on A4 with its provenance marks (pdftotext-checked).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, step } from './support/browser.ts';
import { journey } from './support/journey.ts';
import { addUser, signIn } from './support/session.ts';

const EDITOR = { loginId: 'keizoku', password: 'Tamagawa-Renraku-2026x' };

const j = journey((cli) => {
  cli(['org', 'create', '--slug', 'kusunoki', '--name', 'くすのき病院', '--kind', 'hospital', '--prefecture', '大阪府']);
  addUser(cli, EDITOR, { org: 'kusunoki', role: 'editor', name: '情報 システム' });
});

const todayIso = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const [year] = todayIso.split('-').map(Number) as [number];

const goBcp = async () => {
  await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'BCP' }).click();
  await j.page.getByRole('heading', { name: 'BCP (事業継続計画)', level: 1 }).waitFor();
};
const row = (key: string) => j.page.locator(`#bcp-check-${key.replace('.', '\\.')}`);

describe('the BCP 確認表', () => {
  it('shows the ministry’s steps and what the empty registers cannot tell', async () => {
    await step(j.page, 'bcp-sheet-empty', async () => {
      await signIn(j.page, j.server.url, EDITOR, 'くすのき病院');
      await goBcp();
      await j.page.getByRole('heading', { name: 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表', level: 2 }).waitFor();
      await j.page.getByText(/この年度の確認表はまだ始められていません/).waitFor();
      for (const s of ['1. 平時', '2. 検知', '3. 初動対応', '4. 復旧処理', '5. 事後対応'])
        await j.page.getByRole('heading', { name: new RegExp(`^${s}`), level: 3 }).waitFor();
      expect(await row('m4.1').textContent()).toContain('台帳からの提案 (バックアップ台帳 (復旧の順番・目標復旧時間)): 判断できない');
      expect(await row('4-1.1').textContent()).toContain('原文は、資料で確認できていません');
    });
  });

  it('registers a system’s backup with its restore order', async () => {
    await step(j.page, 'bcp-sheet-backup', async () => {
      await j.page.getByRole('navigation', { name: '組織のメニュー' }).getByRole('link', { name: 'バックアップ' }).click();
      await j.page.getByRole('heading', { name: 'バックアップ台帳', level: 1 }).waitFor();
      await j.page.getByRole('button', { name: 'システムのバックアップを登録' }).click();
      const form = j.page.getByRole('region', { name: 'システムのバックアップを登録' });
      await form.getByLabel('システム', { exact: true }).fill('電子カルテ');
      await form.getByLabel('事業者 (復旧を担当)').fill('ABCメディカル');
      await form.getByRole('checkbox', { name: 'データ' }).check();
      await form.getByLabel('頻度').selectOption({ label: '毎日' });
      await form.getByLabel('保持する世代数').fill('14');
      await form.getByLabel('復旧の順番').fill('1');
      await form.getByLabel('目標復旧時間 (時間)').fill('24');
      await form.getByRole('button', { name: '保存する' }).click();
      await j.page.getByRole('row', { name: /電子カルテ/ }).waitFor();
    });
  });

  it('starts the year’s sheet and answers as the registers suggest, and one いいえ with a note', async () => {
    await step(j.page, 'bcp-sheet-answer', async () => {
      await goBcp();
      await j.page.getByRole('button', { name: 'この年度の確認表を始める' }).click();
      await j.page.getByText('はい 0 ・ いいえ 0 ・ 未回答', { exact: false }).waitFor();
      const restore = row('m4.1');
      expect(await restore.textContent()).toContain('台帳からの提案 (バックアップ台帳 (復旧の順番・目標復旧時間)): はい');
      await restore.getByText(/台帳からの提案/).click();
      await restore.getByText('1. 電子カルテ (データ) (24 時間)', { exact: false }).waitFor();
      await restore.getByRole('button', { name: '提案どおりに選ぶ' }).click();
      await restore.getByRole('button', { name: '回答を保存' }).click();
      await expect
        .poll(() => j.page.locator('.notice-region').textContent())
        .toContain('回答を保存しました: システムを復旧する順序と目標復旧時間が決まっているか');
      await expect.poll(() => restore.locator('.bcp-sheet-answer').textContent()).toContain('回答: はい');

      const diagram = row('1-1.2');
      await diagram.getByRole('radio', { name: 'いいえ' }).check();
      await diagram.getByText('備考・証跡', { exact: true }).click();
      await diagram.getByLabel('備考').fill('ネットワーク構成図は事業者に作成を依頼中');
      await diagram.getByRole('button', { name: '回答を保存' }).click();
      await expect
        .poll(() => diagram.locator('.bcp-sheet-answer').textContent())
        .toContain('いいえ — ネットワーク構成図は事業者に作成を依頼中');
      await j.page.getByText(/はい 0 ・ いいえ 1 ・ 未回答/).waitFor();
    });
  });

  it('records the BCP document’s date, a future date refused next to its field', async () => {
    await step(j.page, 'bcp-sheet-plan', async () => {
      const plan = j.page.getByRole('form', { name: '確認する BCP の文書' });
      await plan.getByLabel('BCP の策定日・見直し日').fill(`${year + 1}-01-01`);
      await plan.getByRole('button', { name: 'BCP の文書を保存' }).click();
      await plan
        .getByText(/未来の日付/)
        .last()
        .waitFor();
      expect(await plan.getByLabel('BCP の策定日・見直し日').getAttribute('aria-invalid')).toBe('true');
      await plan.getByLabel('BCP の策定日・見直し日').fill(todayIso);
      await plan.getByRole('button', { name: 'BCP の文書を保存' }).click();
      await expect.poll(() => j.page.locator('.notice-region').textContent()).toContain('BCP の文書の記録を保存しました。');
      await j.page.screenshot({ path: path.join(SHOTS, 'bcp-sheet.png'), fullPage: true });
    });
  });

  it('prints the sheet on A4 with the answers and the provenance marks', async () => {
    await step(j.page, 'bcp-sheet-print', async () => {
      const print = j.page.getByRole('link', { name: /印刷画面 \(A4\)/ });
      const href = await print.getAttribute('href');
      expect(href).toMatch(/\/bcp\/sheet\/print\?fiscalYear=\d{4}$/);
      await j.page.goto(`${j.server.url}${href}`);
      await j.page.getByRole('heading', { name: /策定の確認表/, level: 1 }).waitFor();
      const pdf = path.join(SHOTS, 'bcp-sheet.pdf');
      await j.page.pdf({ path: pdf, format: 'A4' });
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const words of [
        'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表',
        'くすのき病院',
        'ネットワーク構成図は事業者に作成を依頼中',
        'Mamoriの確認項目',
        '[推定]',
        '[原文(途中まで)]',
        '(確認項目の原文を確認できていませ',
      ])
        expect(text).toContain(words);
    });
  });
});
