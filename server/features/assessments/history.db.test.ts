// An item's history from the audit trail, and a form printed as it stood at the end of a past day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let sheet: string;
const DAY = 24 * 3600 * 1000;
const base = { firstDate: '2025-06-01', targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };
const item = (id: string) => `/api/orgs/${orgId}/assessments/${sheet}/answers/${id}`;
/** the print view's row of one item, as text */
const printedRow = async (asOf: string, itemId: string) => {
  const res = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/print?asOf=${encodeURIComponent(asOf)}`);
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  const html = String(res.body);
  const row = html.match(new RegExp(`<tr data-item="${itemId.replace('.', '\\.')}">.*?</tr>`, 's'))?.[0] ?? '';
  return { html, row };
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'history-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  // 2026-11-22 (JST): started, 2(1) はい with a note, a file attached
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).body.id;
  await editor.request('PUT', item('2-1'), { ...base, firstAnswer: 'yes', note: '台帳を確認' });
  // the next day: 2(1) becomes いいえ with a target date
  deps.clock.advance(DAY);
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  await editor.request('PUT', item('2-1'), { ...base, version: 1, firstAnswer: 'no', targetDate: '令和8年3月15日', note: '台帳を確認' });
});
afterAll(() => deps.close());

describe('an item’s history', () => {
  it('lists who saved what and when, newest first, for any member', async () => {
    const res = await viewer.get(`${item('2-1')}/history`);
    expect(res.status).toBe(200);
    expect(res.body.events).toMatchObject([
      { label: '回答を保存', at: '2026-11-23T01:00:00.000Z', answer: { firstAnswer: 'no', targetDate: '2026-03-15' } },
      { label: '回答を保存', at: '2026-11-22T01:00:00.000Z', answer: { firstAnswer: 'yes', note: '台帳を確認' } },
    ]);
    expect(res.body.events[0].actor).toMatch(/\w/);
    expect(res.body.events[0]).not.toHaveProperty('clientAddress');
    expect((await viewer.get(`${item('2-2')}/history`)).body.events).toEqual([]);
  });

  it('answers 404 for an item not on the form', async () => {
    expect((await viewer.get(`${item('9-9')}/history`)).status).toBe(404);
  });

  it('records carried answers in the history of the new year', async () => {
    const next = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution', carryFrom: sheet });
    expect(next.status).toBe(201);
    const carried = next.body.items.filter((i: { answer: unknown }) => i.answer).map((i: { id: string }) => i.id);
    expect(carried.length).toBe(next.body.carryForward.carried);
    const first = carried[0];
    const history = await viewer.get(`/api/orgs/${orgId}/assessments/${next.body.id}/answers/${first}/history`);
    expect(history.body.events).toMatchObject([{ label: '前年度から引き継ぎ' }]);
  });
});

describe('the form as it stood at a past date', () => {
  it('prints each day’s answers, replayed from the audit trail', async () => {
    const day1 = await printedRow('令和8年11月22日', '2-1');
    expect(day1.html).toContain('終了時点（日本時間）の内容です');
    expect(day1.row).toContain('<span class="opt on">はい</span>');
    expect(day1.row).not.toContain('令和8年3月15日');
    const day2 = await printedRow('2026-11-23', '2-1');
    expect(day2.row).toContain('<span class="opt on">いいえ</span>');
    expect(day2.row).toContain('令和8年3月15日');
    const now = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/print`);
    expect(String(now.body)).not.toContain('終了時点');
  });

  it('refuses a day before the form existed, a future day and an impossible date, naming the field', async () => {
    const url = (d: string) => `/api/orgs/${orgId}/assessments/${sheet}/print?asOf=${encodeURIComponent(d)}`;
    const before = await viewer.get(url('2026-11-21'));
    expect(before.status).toBe(400);
    expect(before.body.error.message).toMatch(/まだ作られていません/);
    const future = await viewer.get(url('2026-11-24'));
    expect(future.body.error.fields).toEqual([{ field: 'asOf', message: '未来の日付です' }]);
    const impossible = await viewer.get(url('令和7年2月30日'));
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.fields[0].field).toBe('asOf');
  });

  it('gives the xlsx of a past day a file name that says so', async () => {
    const res = await viewer.request('GET', `/api/orgs/${orgId}/assessments/${sheet}/export.xlsx?asOf=2026-11-22`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('_2026-11-22時点.xlsx');
  });
});
