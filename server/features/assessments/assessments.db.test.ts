import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let editor2: TestClient;
let viewer: TestClient;

const blank = { firstAnswer: null, firstDate: null, targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  editor = await memberClient(deps, orgId, 'editor');
  editor2 = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('assessments', () => {
  let id: string;

  it('starts one for a fiscal year and form on that year’s version', async () => {
    const res = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fiscalYearLabel: '令和6年度',
      versionId: 'R6',
      fiscalYearEnd: '2025-03-31',
      ready: false,
      progress: { answered: 0, total: 19 },
    });
    expect(res.body.gaps).toEqual([expect.objectContaining({ code: 'GATE_MISSING' })]);
    expect(res.body.items.find((i: { id: string }) => i.id === '2-4.pc')).toMatchObject({
      label: '2(4) 端末PC',
      exempt: false,
      answer: null,
    });
    id = res.body.id;
  });

  it('uses the latest version for a year the ministry has not published yet, and refuses duplicates', async () => {
    const r8 = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' });
    // 令和8年度 has its own version: provisional until the official workbook is loaded, and it says so
    expect(r8.body).toMatchObject({ versionId: 'R8', fiscalYearLabel: '令和8年度', formLabel: '医療機関・薬局確認用', provisional: true });
    expect(r8.body.textNotices.join('\n')).toMatch(/公式のワークブックを取り込む/);
    const r9 = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2027, form: 'institution' });
    expect(r9.body).toMatchObject({ versionId: 'R8', fiscalYearLabel: '令和9年度' });
    expect(r9.body.textNotices[0]).toBe('令和9年度の版はまだありません。令和8年度版で回答します。');
    const again = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/令和6年度の医療機関確認用は既にあります/);
  });

  it('starts a form whose own text is not known on the nearest text, marked 推定, and refuses a vendor form without a vendor', async () => {
    // R7 薬局確認用: on R7's 医療機関確認用 (revised 「医療機関版と同様に」), every wording 推定, the source named
    const pharmacy = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'pharmacy' });
    expect(pharmacy.status).toBe(201);
    expect(pharmacy.body).toMatchObject({
      form: 'pharmacy',
      formLabel: '薬局確認用',
      versionLabel: '令和7年度版',
      catalogForm: 'institution',
      textSource: '令和7年度版 医療機関確認用',
      provisional: true,
    });
    expect(pharmacy.body.items.every((i: { wording: string }) => i.wording !== 'confirmed')).toBe(true);
    expect(pharmacy.body.items.find((i: { id: string }) => i.id === '1-1').source).toMatch(/^令和7年度版 医療機関確認用の文言/);
    // R7 事業者確認用: on R6's
    const r7vendor = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'vendor', vendorName: 'X社' });
    expect(r7vendor.body).toMatchObject({ versionId: 'R6', formLabel: '事業者確認用', textSource: '令和6年度版 事業者確認用' });
    const vendor = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'vendor' });
    expect(vendor.body.error.fields[0].field).toBe('vendorName');
    const ok = await editor.post(`/api/orgs/${orgId}/assessments`, {
      fiscalYear: 2024,
      form: 'vendor',
      vendorName: 'ＡＢＣメディカル',
      systemName: '電子カルテ',
    });
    expect(ok.body).toMatchObject({ vendorName: 'ABCメディカル', systemName: '電子カルテ', formLabel: '事業者確認用' });
  });

  it('saves answers with 和暦 dates and reports progress and gaps', async () => {
    const gate = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/0-gate`, { ...blank, firstAnswer: 'yes' });
    expect(gate.status).toBe(200);
    const res = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/2-1`, {
      ...blank,
      firstAnswer: 'no',
      firstDate: '令和6年6月3日',
      targetDate: '令和7年3月31日',
    });
    expect(res.status).toBe(200);
    expect(res.body.answer).toMatchObject({ firstAnswer: 'no', firstDate: '2024-06-03', targetDate: '2025-03-31', version: 1 });
    expect(res.body.progress).toEqual({ answered: 2, total: 19 });
    expect(res.body.gaps.map((g: { itemId: string }) => g.itemId)).not.toContain('2-1');
  });

  it("refuses a target date after the fiscal year's last day, and 令和7年2月30日, naming the field", async () => {
    const late = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/2-2`, {
      ...blank,
      firstAnswer: 'no',
      firstDate: '2024-06-03',
      targetDate: '2025-04-01',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toEqual([
      { field: 'targetDate', message: '目標日は令和6年度中 (2024-04-01 から 2025-03-31 まで) の日付にしてください' },
    ]);
    const impossible = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/2-2`, {
      ...blank,
      firstAnswer: 'yes',
      firstDate: '令和7年2月30日',
    });
    expect(impossible.body.error.fields[0]).toEqual({ field: 'firstDate', message: '令和7年2月30日 は存在しない日付です' });
    const kept = await editor.get(`/api/orgs/${orgId}/assessments/${id}`);
    expect(kept.body.items.find((i: { id: string }) => i.id === '2-2').answer).toBeNull();
  });

  it('tells the second of two people editing the same item, with the first one’s answer', async () => {
    const first = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/1-1`, {
      ...blank,
      firstAnswer: 'yes',
      firstDate: '2024-05-01',
    });
    expect(first.status).toBe(200);
    const second = await editor2.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/1-1`, {
      ...blank,
      firstAnswer: 'no',
      firstDate: '2024-05-02',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details.current).toMatchObject({ firstAnswer: 'yes', version: 1 });
    expect(second.body.error.message).toMatch(/ほかの人 \(user\d+\) が先に/);
    const retry = await editor2.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/1-1`, {
      ...blank,
      firstAnswer: 'no',
      firstDate: '2024-05-02',
      targetDate: '2024-12-01',
      version: 1,
    });
    expect(retry.body.answer).toMatchObject({ firstAnswer: 'no', version: 2 });
  });

  it('exempts 2(2) and 2(3) when there is no vendor contract, and everything when the gate is いいえ', async () => {
    const off = await editor.patch(`/api/orgs/${orgId}/assessments/${id}`, { hasVendorContract: false });
    expect(off.body.items.find((i: { id: string }) => i.id === '2-2')).toMatchObject({
      exempt: true,
      exemptReason: expect.stringMatching(/契約していない/),
    });
    expect(off.body.progress.total).toBe(17);
    const gateNo = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/0-gate`, {
      ...blank,
      firstAnswer: 'no',
      version: 1,
    });
    expect(gateNo.body.gaps).toEqual([]);
    expect(gateNo.body.progress).toEqual({ answered: 1, total: 1 });
  });

  it('lets viewers read but not answer, and lists the assessments newest first', async () => {
    expect((await viewer.get(`/api/orgs/${orgId}/assessments/${id}`)).status).toBe(200);
    expect((await viewer.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/2-1`, blank)).status).toBe(403);
    expect((await viewer.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).status).toBe(403);
    const list = await viewer.get(`/api/orgs/${orgId}/assessments`);
    expect(list.body.assessments.map((a: { fiscalYear: number }) => a.fiscalYear)).toEqual([2027, 2026, 2025, 2025, 2024, 2024]);
    expect((await viewer.get(`/api/orgs/${orgId}/assessments/${id}/answers`)).status).toBe(404);
  });

  it('carries last year’s answers where the item is the same, clearing dates, and lists what is new or changed', async () => {
    const res = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution', carryFrom: id });
    expect(res.status).toBe(201);
    const report = res.body.carryForward;
    expect(report.from).toBe('令和6年度 医療機関確認用 (令和6年度版)');
    expect(report.carried).toBeGreaterThanOrEqual(2);
    expect(report.newItems).toContain('2-⑧ 医療情報システム全般');
    expect(report.droppedItems).toContain('2(4) サーバ');
    const oneOne = res.body.items.find((i: { id: string }) => i.id === '1-1');
    expect(oneOne.answer).toMatchObject({ firstAnswer: 'no', firstDate: null, targetDate: null, version: 1 });
    // the gate was いいえ last year: carried, and its fresh check date is the one thing asked for
    expect(res.body.gaps.map((g: { message: string }) => g.message)).toEqual(['医療情報システムの有無: 1回目の確認日がありません']);
    const wrong = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2023, form: 'institution', carryFrom: id });
    expect(wrong.body.error.fields[0].field).toBe('carryFrom');
    expect(
      (await editor.get(`/api/orgs/${orgId}/assessments`)).body.assessments.some((a: { fiscalYear: number }) => a.fiscalYear === 2023),
    ).toBe(false);
  });

  it('exports CSV in the official columns, UTF-8 with BOM or Shift_JIS, formulas neutralised', async () => {
    await editor.request('PUT', `/api/orgs/${orgId}/assessments/${id}/answers/2-3`, {
      ...blank,
      firstAnswer: 'yes',
      firstDate: '2024-07-01',
      note: '=cmd|calc',
    });
    const utf8 = await viewer.raw(`/api/orgs/${orgId}/assessments/${id}/export.csv`);
    expect(utf8.status).toBe(200);
    expect(utf8.headers.get('content-disposition')).toMatch(/^attachment/);
    const bytes = Buffer.from(await utf8.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('番号,項目,区分,文言の確認状況,1回目,1回目の確認日,目標日,2回目,2回目の確認日,記入不要,メモ\r\n');
    expect(text).toMatch(/\r\n2\(3\) 医療情報システム全般,[^\r]*,必須,[^,]+,はい,2024-07-01,,,,[^,]*,'=cmd\|calc\r\n/);
    const sjis = await viewer.raw(`/api/orgs/${orgId}/assessments/${id}/export.csv?encoding=sjis`);
    expect(sjis.headers.get('content-type')).toMatch(/Shift_JIS/);
    // named by encoding: both can sit side by side in Downloads
    expect(decodeURIComponent(utf8.headers.get('content-disposition') ?? '')).toMatch(/_UTF-8\.csv$/);
    expect(decodeURIComponent(sjis.headers.get('content-disposition') ?? '')).toMatch(/_Shift_JIS\.csv$/);
    const decoded = (await import('iconv-lite')).default.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932');
    expect(decoded).toBe(text);
  });

  it('audits every saved answer with before and after', async () => {
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'assessment.answer_saved');
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });
});
