// The BCP 確認表 on both engines: a year's sheet read before it exists (the ministry's rows with their
// provenance, the unseen rows not answerable, the ledgers' prefill), started once (a second start is
// 409), answered only at the version read (ten parallel saves over a real server: one 200, nine 409),
// bad values and another organisation's file refused naming the field, the BCP document recorded
// (令和7年2月30日 and a future date refused), carried into the next year marked 引き継ぎ, the wording
// supplied by a system administrator only (and then answerable), what the BCP item reads, the print,
// the audit trail; viewers read only (403); another organisation's members get 404.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { TestClient as Client } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';
import { bcpSheetFactOf } from './bcp-item-fact.ts';

let deps: TestDeps;
let orgId: string;
let otherOrg: string;
let editor: TestClient;
let viewer: TestClient;
let admin: TestClient;
let outsider: TestClient;
let sysadmin: TestClient;

const sheet = (q = '') => `/api/orgs/${orgId}/bcp/sheet${q}`;
type Field = { field: string; message: string };
const fieldsOf = (body: { error: { fields: Field[] } }) => body.error.fields;
type Check = { key: string; answerable: boolean; text: string | null; provenance: string; prefill: any; answer: any };
const checksOf = (view: any): Check[] => view.steps.flatMap((s: any) => [...s.groups.flatMap((g: any) => g.checks), ...s.mamori]);
const checkOf = (view: any, key: string) => {
  const c = checksOf(view).find((x) => x.key === key);
  if (!c) throw new Error(`no check ${key}`);
  return c;
};

const upload = async (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from('%PDF-1.7 BCP')], name, { type: 'application/pdf' }));
  return (await (await client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form })).json()) as { id: string };
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'bcp-sheet-hospital', name: 'みなと病院' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'other-sheet-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  admin = await memberClient(deps, orgId, 'admin');
  outsider = await memberClient(deps, otherOrg, 'admin');
  const sa = await seedUser(deps, { isSystemAdmin: true });
  sysadmin = new Client(testApp(deps));
  await sysadmin.signIn(sa.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('the BCP 確認表', () => {
  it('shows the ministry’s five steps before the sheet is started, with provenance and the ledgers’ prefill', async () => {
    const r = await viewer.get(sheet());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ fiscalYear: 2026, fiscalYearLabel: '令和8年度', sheet: null, carryFrom: null, years: [] });
    expect(r.body.title).toBe('サイバー攻撃を想定した事業継続計画（BCP）策定の確認表');
    expect(r.body.steps.map((s: { title: string }) => s.title)).toEqual(['平時', '検知', '初動対応', '復旧処理', '事後対応']);
    expect(checkOf(r.body, '1-1.1')).toMatchObject({ provenance: 'verbatim', answerable: true, answer: null });
    expect(checkOf(r.body, '1-2.4')).toMatchObject({ provenance: 'truncated', answerable: true });
    // a row known only by its number has no text and cannot be answered
    expect(checkOf(r.body, '4-1.1')).toMatchObject({ text: null, provenance: 'unknown', answerable: false });
    expect(r.body.summary.unseen).toBeGreaterThan(0);
    // nothing registered: the prefill never says はい
    for (const c of checksOf(r.body).filter((x) => x.prefill)) expect(c.prefill.answer).not.toBe('yes');
    expect(checkOf(r.body, '1-2.1').prefill).toMatchObject({ answer: 'no', basis: '連絡体制図' });
    expect(checkOf(r.body, 'm4.1').prefill.reasons[0]).toContain('バックアップ台帳にシステムが登録されていません');
  });

  it('prefills from the ledgers with their evidence once they hold something', async () => {
    const plan = await editor.post(`/api/orgs/${orgId}/backup-plans`, {
      systemName: '電子カルテ',
      scope: ['data'],
      frequency: 'daily',
      generations: 7,
      restoreOrder: 1,
      recoveryHours: 24,
      vendorName: 'ABCメディカル',
      restoreProcedure: '手順書どおり',
    });
    expect(plan.status).toBe(201);
    const r = await viewer.get(sheet());
    expect(checkOf(r.body, 'm4.1').prefill).toMatchObject({ answer: 'yes', rows: [] });
    expect(checkOf(r.body, 'm4.1').prefill.reasons[0]).toContain('1. 電子カルテ');
    expect(checkOf(r.body, 'm4.2').prefill.reasons[0]).toContain('電子カルテ (データ) → ABCメディカル');
  });

  it('is started by 担当者・管理者 only, once', async () => {
    expect((await viewer.post(sheet(), {})).status).toBe(403);
    const started = await editor.post(sheet(), {});
    expect(started.status).toBe(201);
    expect(started.body.sheet).toMatchObject({ carriedFrom: null, planOn: null, version: 1 });
    expect((await admin.post(sheet(), { fiscalYear: 2026 })).status).toBe(409);
    expect((await editor.post(sheet(), { fiscalYear: 1999 })).status).toBe(400);
  });

  it('saves an answer at the version read and refuses bad values naming the field', async () => {
    const first = await editor.put(sheet('/answer'), { checkKey: '1-1.1', value: 'はい', note: '台帳で把握', version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ checkKey: '1-1.1', answer: { value: 'yes', note: '台帳で把握', version: 1, carried: false } });
    // a second first answer (someone else read it unanswered too) is told
    expect((await admin.put(sheet('/answer'), { checkKey: '1-1.1', value: 'no', version: 0 })).status).toBe(409);
    const bad = await editor.put(sheet('/answer'), { checkKey: '1-1.2', value: 'たぶん', version: 0 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([{ field: 'value', message: expect.stringContaining('回答') }]);
    expect((await editor.put(sheet('/answer'), { checkKey: '9-9.9', value: 'yes', version: 0 })).status).toBe(404);
    const unseen = await editor.put(sheet('/answer'), { checkKey: '4-1.1', value: 'yes', version: 0 });
    expect(unseen.status).toBe(400);
    expect(fieldsOf(unseen.body)[0]).toMatchObject({ field: 'checkKey', message: expect.stringContaining('原文を確認できていない') });
    const foreign = await upload(outsider, otherOrg, 'other.pdf');
    const stolen = await editor.put(sheet('/answer'), { checkKey: '1-1.2', value: 'yes', evidenceId: foreign.id, version: 0 });
    expect(stolen.status).toBe(400);
    expect(fieldsOf(stolen.body)[0]?.field).toBe('evidenceId');
    expect((await viewer.put(sheet('/answer'), { checkKey: '1-1.2', value: 'yes', version: 0 })).status).toBe(403);
  });

  it('keeps one of ten answers saved at once on the same version (real HTTP server)', async () => {
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const statuses = (
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            sendJson('PUT', `${server.url}${sheet('/answer')}`, { checkKey: '1-1.1', value: 'no', note: `並列 ${i}`, version: 1 }, headers),
          ),
        )
      )
        .map((r) => r.status)
        .sort();
      expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    } finally {
      await server.close();
    }
    expect(checkOf((await viewer.get(sheet())).body, '1-1.1').answer.version).toBe(2);
  });

  it('records the BCP document, refusing 令和7年2月30日 and the future', async () => {
    const view = (await viewer.get(sheet())).body;
    const bad = await editor.put(sheet('/plan'), { planOn: '令和7年2月30日', version: view.sheet.version });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)[0]?.field).toBe('planOn');
    const future = await editor.put(sheet('/plan'), { planOn: '2026-12-01', version: view.sheet.version });
    expect(fieldsOf(future.body)[0]).toMatchObject({ field: 'planOn', message: expect.stringContaining('未来の日付') });
    const file = await upload(editor, orgId, 'BCP_2026.pdf');
    const ok = await editor.put(sheet('/plan'), { planOn: '令和8年4月1日', planEvidenceId: file.id, version: view.sheet.version });
    expect(ok.status).toBe(200);
    expect(ok.body.sheet).toMatchObject({ planOn: '2026-04-01', planEvidence: { fileName: 'BCP_2026.pdf' }, version: 2 });
    expect((await admin.put(sheet('/plan'), { planOn: '2026-04-02', version: view.sheet.version })).status).toBe(409);
  });

  it('tells the BCP item what the latest sheet says', async () => {
    const fact = await bcpSheetFactOf(deps.db, orgId);
    expect(fact).toMatchObject({ label: '令和8年度', planOn: '2026-04-01', planFile: true, yes: 0, carried: 0 });
    expect(fact?.total).toBe(fact ? fact.yes + fact.no.length + fact.unanswered : -1);
    expect(fact?.no).toEqual(['1-1 サーバ、端末PC、ネットワーク機器を把握できているか。']);
    // the checklist's BCP item (R8 3-③) reads it: an いいえ on the sheet is a doubt, never はい
    const form = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' })).body.id;
    const suggested = (await viewer.get(`/api/orgs/${orgId}/assessments/${form}/suggestions`)).body.items['3-3'];
    expect(suggested).toMatchObject({ topic: 'bcp', answer: 'unknown' });
    expect(suggested.reasons).toContainEqual(
      expect.stringContaining(
        '令和8年度の BCP 確認表で「いいえ」の確認項目があります: 「1-1 サーバ、端末PC、ネットワーク機器を把握できているか。」',
      ),
    );
  });

  it('lets only a system administrator supply an unseen row’s wording, which then can be answered', async () => {
    const body = { key: '4-1.1', text: 'システムの復旧手順に沿って復旧できるか。', source: '確認表 p.3 (所内で原本を確認)', version: 0 };
    expect((await admin.put('/api/admin/bcp-sheet/texts', body)).status).toBe(403);
    expect((await sysadmin.put('/api/admin/bcp-sheet/texts', { ...body, key: 'm4.1' })).status).toBe(404);
    const empty = await sysadmin.put('/api/admin/bcp-sheet/texts', { ...body, source: '' });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)[0]?.field).toBe('source');
    const ok = await sysadmin.put('/api/admin/bcp-sheet/texts', body);
    expect(ok.status).toBe(200);
    expect((await sysadmin.put('/api/admin/bcp-sheet/texts', body)).status).toBe(409);
    const row = checkOf((await viewer.get(sheet())).body, '4-1.1');
    expect(row).toMatchObject({
      text: null,
      provenance: 'unknown',
      answerable: true,
      correction: { text: body.text, source: body.source },
    });
    expect((await editor.put(sheet('/answer'), { checkKey: '4-1.1', value: 'yes', version: 0 })).status).toBe(200);
  });

  it('carries the answers and the BCP document into the next year, marked until answered again', async () => {
    const before = (await viewer.get(sheet('?fiscalYear=2027'))).body;
    expect(before).toMatchObject({ sheet: null, carryFrom: 2026 });
    const started = await editor.post(sheet(), { fiscalYear: 2027 });
    expect(started.status).toBe(201);
    expect(started.body.sheet).toMatchObject({ carriedFrom: 2026, planOn: '2026-04-01' });
    expect(checkOf(started.body, '4-1.1').answer).toMatchObject({ value: 'yes', carried: true, version: 1 });
    expect(started.body.summary.carried).toBe(2);
    expect(started.body.years).toEqual([2027, 2026]);
    const fact = await bcpSheetFactOf(deps.db, orgId);
    expect(fact).toMatchObject({ label: '令和9年度', carried: 2 });
    const again = await editor.put(sheet('/answer'), { fiscalYear: 2027, checkKey: '4-1.1', value: 'yes', version: 1 });
    expect(again.body.answer).toMatchObject({ carried: false, version: 2 });
    // last year's sheet is as it was
    expect(checkOf((await viewer.get(sheet('?fiscalYear=2026'))).body, '4-1.1').answer).toMatchObject({ carried: false, version: 1 });
  });

  it('shows a past year with what the registers said when it was answered, and refuses a year beyond the next', async () => {
    const past = (await viewer.get(sheet('?fiscalYear=2025'))).body;
    expect(checksOf(past).filter((c) => c.prefill)).toEqual([]);
    expect((await viewer.get(sheet('?fiscalYear=2028'))).status).toBe(400);
    // this year's answered row keeps the suggestion it was given
    const kept = (await deps.db.execute(
      sql`select a.suggestion from bcp_sheet_answers a join bcp_sheets s on s.id = a.sheet_id where s.organization_id = ${orgId} and s.fiscal_year = 2026 and a.check_key = '1-1.1'`,
    )) as unknown as { rows: { suggestion: { basis: string } | null }[] };
    expect(kept.rows[0]?.suggestion).toMatchObject({ basis: '機器台帳' });
  });

  it('prints on A4 with the answers and the provenance marks', async () => {
    const r = await viewer.raw(sheet('/print?fiscalYear=2026'));
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toContain('令和8年度 サイバー攻撃を想定した事業継続計画（BCP）策定の確認表');
    expect(text).toContain('サーバ、端末PC、ネットワーク機器を把握できているか。');
    expect(text).toContain('[原文 (途中まで)]');
    expect(text).toContain('【医療機関用】');
    expect(text).toContain('[管理者が訂正]');
    expect(text).toContain('Mamori の確認項目');
    expect(text).toContain('BCP_2026.pdf');
  });

  it('records each change in the audit trail', async () => {
    const events = (await admin.get(`/api/orgs/${orgId}/audit?pageSize=500`)).body.events as { action: string }[];
    const actions = events.map((e) => e.action);
    expect(actions.filter((a) => a === 'bcp_sheet.started')).toHaveLength(2);
    expect(actions).toContain('bcp_sheet.plan_saved');
    expect(actions.filter((a) => a === 'bcp_sheet.answer_saved').length).toBeGreaterThanOrEqual(4);
  });

  it('is 404 for another organisation’s members, whatever they send', async () => {
    expect((await outsider.get(sheet())).status).toBe(404);
    expect((await outsider.post(sheet(), {})).status).toBe(404);
    expect((await outsider.put(sheet('/answer'), { checkKey: 'x', value: 'maybe' })).status).toBe(404);
    expect((await outsider.put(sheet('/plan'), { planOn: 'x' })).status).toBe(404);
    expect((await outsider.raw(sheet('/print'))).status).toBe(404);
  });
});
