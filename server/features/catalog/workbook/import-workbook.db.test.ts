// Loading the ministry's own workbook of a form: what it read row by row beside the version it
// replaces, corrections, provenance, the assessments on provisional text moved onto it with their
// answers, and every kind of bad file refused with nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../../test/harness.ts';
import { memberClient } from '../../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../../test/seed.ts';
import { zipBomb } from '../../devices/ledger-files.test-helpers.ts';
import { formItems, r5ShapeLines, r7ShapeLines, r8OfficialItems, workbook } from './workbook.test-helpers.ts';

let deps: TestDeps;
let admin: TestClient;
let pharmacist: TestClient;
let pharmacyId: string;

const blank = { firstAnswer: null, firstDate: null, targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };

async function upload(client: TestClient, name: string, bytes: Uint8Array, fields: Record<string, string>, dryRun = false) {
  const form = new FormData();
  form.set('file', new File([Buffer.from(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await client.raw(`/api/catalog/workbook${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as any };
}
const r8 = { fiscalYear: '2026', form: 'institution' };

beforeAll(async () => {
  deps = await testDeps();
  pharmacyId = (await seedOrg(deps, { slug: 'midori-pharmacy', kind: 'pharmacy' })).id;
  pharmacist = await memberClient(deps, pharmacyId, 'editor');
  const a = await seedUser(deps, { isSystemAdmin: true });
  admin = new TestClient(testApp(deps));
  await admin.signIn(a.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('the official workbook of 令和8年度 (R7 shape)', () => {
  let assessment: string;

  it('a pharmacy answers 令和8年度 on the provisional text meanwhile', async () => {
    const started = await pharmacist.post(`/api/orgs/${pharmacyId}/assessments`, { fiscalYear: 2026, form: 'pharmacy' });
    expect(started.body).toMatchObject({
      form: 'institution',
      formLabel: '医療機関・薬局確認用',
      versionId: 'R8',
      revision: 1,
      provisional: true,
    });
    assessment = started.body.id;
    for (const [item, firstAnswer] of [
      ['0-gate', 'yes'],
      ['1-1', 'yes'],
      ['2-12', 'no'],
      ['2-4', 'yes'],
      // the 運用管理規程 item, whose place R8's provisional text does not know: no counterpart in the workbook
      ['1-x.rules', 'yes'],
    ] as const) {
      const res = await pharmacist.request('PUT', `/api/orgs/${pharmacyId}/assessments/${assessment}/answers/${item}`, {
        ...blank,
        firstAnswer,
        firstDate: '2026-07-01',
        targetDate: firstAnswer === 'no' ? '2027-01-31' : null,
      });
      expect(res.status, item).toBe(200);
    }
  });

  it('shows what it read row by row beside the version it replaces, without storing on a dry run', async () => {
    const before = deps.catalog.length;
    const res = await upload(admin, '001716187.xlsx', await workbook({ lines: r7ShapeLines(r8OfficialItems()) }), r8, true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      stored: false,
      sheet: 'チェックリスト',
      version: { id: 'R8', revision: 2 },
      base: { id: 'R8', revision: 1 },
    });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const items = res.body.rows.filter((r: { item: unknown }) => r.item).map((r: { item: { id: string; change: string } }) => r.item);
    expect(items.find((i: { id: string }) => i.id === '2-12')).toMatchObject({ change: 'same', label: '2-⑫ サーバ・端末PC' });
    expect(items.find((i: { id: string }) => i.id === '2-4')).toMatchObject({ change: 'changed', before: null });
    expect(items.find((i: { id: string }) => i.id === '3-4')).toMatchObject({ change: 'new' });
    expect(res.body.dropped.map((d: { id: string }) => d.id)).toEqual(['1-x.rules']);
    expect(deps.catalog).toHaveLength(before);
  });

  it('is refused for anyone but a system administrator', async () => {
    const res = await upload(pharmacist, 'x.xlsx', await workbook({ lines: r7ShapeLines(r8OfficialItems()) }), r8);
    expect(res.status).toBe(403);
  });

  it('stores the official text with its provenance, and moves the pharmacy’s answers onto it', async () => {
    const corrected = r8OfficialItems();
    const res = await upload(admin, '001716187.xlsx', await workbook({ lines: r7ShapeLines(corrected) }), {
      ...r8,
      corrections: JSON.stringify([{ row: 8, text: '医療情報システム安全管理責任者を設置している。' }]),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stored: true, moved: 1 });
    const version = deps.catalog.find((v) => v.id === 'R8' && v.revision === 2);
    const form = version?.forms.find((f) => f.form === 'institution');
    expect(form?.items.every((i) => i.wording === 'confirmed')).toBe(true);
    expect(form).toMatchObject({ label: '医療機関・薬局確認用', alsoFor: ['pharmacy'] });
    expect(version?.provenance.sources[0]).toMatch(/^公式ワークブック「001716187\.xlsx」 sha256 [0-9a-f]{64}$/);
    expect(version?.provenance.compiledFrom).toMatch(/公式ワークブックから取り込み/);
    expect(version?.provenance.caveats.join('\n')).toMatch(/8 行目は取り込み時に管理者が訂正しました/);
    // the vendor form of the year is still provisional, and says so
    expect(version?.provenance.caveats.join('\n')).toMatch(/事業者確認用の文言はまだ推定です/);

    const sheet = (await pharmacist.get(`/api/orgs/${pharmacyId}/assessments/${assessment}`)).body;
    expect(sheet).toMatchObject({ versionId: 'R8', revision: 2, provisional: false, textNotices: [] });
    const answer = (id: string) => sheet.items.find((i: { id: string }) => i.id === id).answer;
    expect(answer('1-1')).toMatchObject({ firstAnswer: 'yes', firstDate: '2026-07-01' });
    expect(answer('2-12')).toMatchObject({ firstAnswer: 'no', targetDate: '2027-01-31' });
    expect(sheet.textMove).toMatchObject({
      kept: 4,
      from: '令和8年度版 (第1版) 医療機関・薬局確認用',
      to: '令和8年度版 (第2版) 医療機関・薬局確認用',
    });
    expect(sheet.textMove.changed).toContain('2-④ サーバ・端末PC');
    expect(sheet.textMove.added).toContain('3-④');
    // the answer with no counterpart is kept aside, reachable, never deleted
    expect(sheet.textMove.setAside).toEqual(['1(番号不明)']);
    expect(sheet.setAside).toEqual([
      expect.objectContaining({
        label: '1(番号不明)',
        from: '令和8年度版 (第1版)',
        answer: expect.objectContaining({ firstAnswer: 'yes' }),
      }),
    ]);
    expect(sheet.items.some((i: { id: string }) => i.id === '1-x.rules')).toBe(false);
    const moved = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'assessment.text_moved');
    expect(moved).toHaveLength(1);
    // the print no longer says 推定
    const print = await pharmacist.raw(`/api/orgs/${pharmacyId}/assessments/${assessment}/print`);
    const html = await print.text();
    expect(html).not.toContain('※推定');
    expect(html).not.toContain('暫定');
    // an item's history reaches back before the move
    const history = (await pharmacist.get(`/api/orgs/${pharmacyId}/assessments/${assessment}/answers/2-12/history`)).body;
    expect(history.events.map((e: { action: string }) => e.action)).toEqual(['assessment.answer_moved', 'assessment.answer_saved']);
  });
});

describe('the R5 shape', () => {
  it('reads 令和5年度 as a correction of R5: 3(1) one cell, 参考項目 due 令和6年度, 2(2)/2(3) 記入不要 from the note', async () => {
    const res = await upload(
      admin,
      'r5.xlsx',
      await workbook({ lines: r5ShapeLines() }),
      { fiscalYear: '2023', form: 'institution' },
      true,
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toMatchObject({ id: 'R5', revision: 2 });
    const items = res.body.rows.filter((r: { item: unknown }) => r.item).map((r: { item: { id: string } }) => r.item);
    expect(items.map((i: { id: string }) => i.id)).toEqual(formItems('R5').map((i) => i.id));
    expect(items.find((i: { id: string }) => i.id === '3-1')).toMatchObject({ answerType: 'dated_once', change: 'same' });
    expect(items.filter((i: { change: string }) => i.change !== 'same')).toEqual([]);
  });
});

describe('bad workbooks: refused with the reason, nothing stored', () => {
  const refused = async (name: string, bytes: Uint8Array, fields = r8) => {
    const before = deps.catalog.length;
    const res = await upload(admin, name, bytes, fields);
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect(deps.catalog).toHaveLength(before);
    return res.body.error.message as string;
  };

  it('no item rows, two sheets that both look like forms, a formula in an item cell', async () => {
    const empty = await workbook({
      lines: [{ kind: 'text', text: '医療機関・薬局におけるサイバーセキュリティ対策チェックリスト' }, { kind: 'header' }],
    });
    expect(await refused('empty.xlsx', empty)).toMatch(/チェック項目の行/);
    const lines = r7ShapeLines(r8OfficialItems());
    const two = await workbook({ lines, extraSheets: [{ name: '写し', lines }] });
    expect(await refused('two.xlsx', two)).toMatch(/シート「チェックリスト」と「写し」がどれもチェックリストの様式に見えます/);
    const withFormula = [...lines];
    withFormula.splice(9, 0, { kind: 'formula', number: '⑳', formula: 'A1&B1' });
    expect(await refused('formula.xlsx', await workbook({ lines: withFormula }))).toMatch(/セル B\d+ は数式です/);
  });

  it('a workbook of another shape, named by sheet and row', async () => {
    const lines = r7ShapeLines(r8OfficialItems());
    lines.splice(10, 0, { kind: 'text', text: '施設の概要を記入してください' });
    expect(await refused('other.xlsx', await workbook({ lines, sheetName: '様式1' }))).toMatch(
      /^シート「様式1」の \d+ 行目で読み取りを止めました/,
    );
  });

  it('another year’s or another form’s workbook, a PDF renamed .xlsx, a zip bomb, an oversized file', async () => {
    expect(await refused('r5.xlsx', await workbook({ lines: r5ShapeLines() }))).toMatch(/ワークブックは令和5年度のものです/);
    const vendorSheet = await workbook({ lines: r7ShapeLines(formItems('R8', 'vendor'), { form: '事業者確認用' }) });
    expect(await refused('vendor.xlsx', vendorSheet)).toMatch(/ワークブックは「事業者確認用」です/);
    expect(await refused('checklist.xlsx', new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n'))).toMatch(/zip 形式ではありません/);
    expect(await refused('bomb.xlsx', zipBomb())).toMatch(/大きすぎます|zip 爆弾/);
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refused('big.xlsx', big)).toMatch(/ファイルが大きすぎます/);
  });
});
