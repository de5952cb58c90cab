// BCP の訓練・演習 on both engines: an exercise recorded (a date in the future and 令和7年2月30日
// refused naming the field, another organisation's evidence file refused, 和暦 read), changed only at
// the version read (two editors at once: one wins, the other is told 409), improvement actions added
// and marked done (期限切れ by the test clock at 2026-11-22, a stale version refused), audited;
// viewers only read (403); another organisation's exercise and action are 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let otherOrg: string;
let editor: TestClient;
let editor2: TestClient;
let viewer: TestClient;
let exerciseId: string;

const base = (path = '') => `/api/orgs/${orgId}/bcp/exercises${path}`;
type Field = { field: string; message: string };
const fieldsOf = (body: { error: { fields: Field[] } }) => body.error.fields;

const upload = async (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from('%PDF-1.7 訓練記録')], name, { type: 'application/pdf' }));
  return (await (await client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form })).json()) as { id: string };
};

const exercise = {
  heldOn: '令和8年10月1日',
  scenario: 'ランサムウェアで電子カルテが停止',
  kind: '机上訓練',
  participants: '院長\n情報システム室\n看護部長',
  wentWell: '連絡体制図どおりに連絡できた',
  problems: '紙カルテへの切り替え手順がなかった',
  note: '',
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'bcp-hospital', name: 'さくら病院' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'other-bcp-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  editor2 = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('BCP の訓練・演習', () => {
  it('starts empty for a viewer', async () => {
    const r = await viewer.get(base());
    expect(r.status).toBe(200);
    expect(r.body.exercises).toEqual([]);
  });

  it('refuses a date in the future and 令和7年2月30日, naming the field; a viewer gets 403', async () => {
    const future = await editor.post(base(), { ...exercise, heldOn: '2026-11-23' });
    expect(future.status).toBe(400);
    expect(fieldsOf(future.body)).toEqual([{ field: 'heldOn', message: expect.stringContaining('未来の日付') }]);
    const impossible = await editor.post(base(), { ...exercise, heldOn: '令和7年2月30日' });
    expect(impossible.status).toBe(400);
    expect(fieldsOf(impossible.body).map((f) => f.field)).toEqual(['heldOn']);
    expect(fieldsOf(impossible.body)[0]?.message).toMatch(/^実施日: /);
    expect((await viewer.post(base(), exercise)).status).toBe(403);
  });

  it('refuses another organisation’s evidence file and records one with its own', async () => {
    const foreign = await upload(await memberClient(deps, otherOrg, 'editor'), otherOrg, 'よその記録.pdf');
    const refused = await editor.post(base(), { ...exercise, evidenceId: foreign.id });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body).map((f) => f.field)).toEqual(['evidenceId']);
    const own = await upload(editor, orgId, '机上訓練の議事録.pdf');
    const made = await editor.post(base(), { ...exercise, evidenceId: own.id });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      heldOn: '2026-10-01',
      kind: 'tabletop',
      participants: ['院長', '情報システム室', '看護部長'],
      evidence: { id: own.id, fileName: '机上訓練の議事録.pdf' },
      actions: [],
      open: 0,
      overdue: 0,
      version: 1,
    });
    exerciseId = made.body.id;
  });

  it('lets one of two editors changing at once win; the other is told (409)', async () => {
    const [a, b] = await Promise.all([
      editor.put(base(`/${exerciseId}`), { ...exercise, scenario: '電子カルテのサーバが停止', version: 1 }),
      editor2.put(base(`/${exerciseId}`), { ...exercise, scenario: 'ネットワークが停止', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const won = a.status === 200 ? a : b;
    const [listed] = (await viewer.get(base())).body.exercises;
    expect(listed).toMatchObject({ scenario: won.body.scenario, version: 2 });
    expect((await viewer.put(base(`/${exerciseId}`), { ...exercise, version: 2 })).status).toBe(403);
    expect((await editor.put(base(`/${exerciseId}`), { ...exercise, heldOn: '2027-01-01', version: 2 })).status).toBe(400);
  });

  it('adds improvement actions, 期限切れ by the test clock, and marks one done; a stale version is 409', async () => {
    expect((await viewer.post(base(`/${exerciseId}/actions`), { what: 'x', dueOn: '2026-12-01' })).status).toBe(403);
    const missing = await editor.post(base(`/${exerciseId}/actions`), { owner: '情報システム室' });
    expect(fieldsOf(missing.body).map((f) => f.field)).toEqual(['what', 'dueOn']);
    const late = await editor.post(base(`/${exerciseId}/actions`), {
      what: '紙カルテへの切り替え手順を作る',
      owner: '医事課',
      dueOn: '令和8年11月1日',
    });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ dueOn: '2026-11-01', doneOn: null, state: 'overdue', version: 1 });
    const onTime = await editor.post(base(`/${exerciseId}/actions`), { what: '連絡網を更新する', dueOn: '2026-12-01' });
    expect(onTime.body.state).toBe('open');
    let [listed] = (await viewer.get(base())).body.exercises;
    expect(listed).toMatchObject({ open: 2, overdue: 1 });

    const done = { what: late.body.what, owner: late.body.owner, dueOn: late.body.dueOn, doneOn: '2026-11-20' };
    const future = await editor.put(base(`/${exerciseId}/actions/${late.body.id}`), { ...done, doneOn: '2026-11-30', version: 1 });
    expect(fieldsOf(future.body).map((f) => f.field)).toEqual(['doneOn']);
    const marked = await editor.put(base(`/${exerciseId}/actions/${late.body.id}`), { ...done, version: 1 });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ doneOn: '2026-11-20', state: 'done', version: 2 });
    expect((await editor2.put(base(`/${exerciseId}/actions/${late.body.id}`), { ...done, doneOn: null, version: 1 })).status).toBe(409);
    [listed] = (await viewer.get(base())).body.exercises;
    expect(listed).toMatchObject({ open: 1, overdue: 0 });

    deps.clock.advance(10 * 86_400_000); // 2026-12-02: the other is 期限切れ now (sessions have expired meanwhile)
    editor = await memberClient(deps, orgId, 'editor');
    viewer = await memberClient(deps, orgId, 'viewer');
    [listed] = (await viewer.get(base())).body.exercises;
    expect(listed).toMatchObject({ open: 1, overdue: 1 });
  });

  it('records each change in the audit trail', async () => {
    const admin = await memberClient(deps, orgId, 'admin');
    const events = (await admin.get(`/api/orgs/${orgId}/audit?pageSize=500`)).body.events as { action: string }[];
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['bcp_exercise.created', 'bcp_exercise.updated', 'bcp_exercise.action_added', 'bcp_exercise.action_updated']),
    );
  });

  it('answers 404 for another organisation’s exercise and action', async () => {
    const other = await memberClient(deps, otherOrg, 'editor');
    const theirs = await other.post(`/api/orgs/${otherOrg}/bcp/exercises`, { heldOn: '2026-10-01', scenario: 'x', kind: 'live' });
    expect(theirs.status).toBe(201);
    const action = await other.post(`/api/orgs/${otherOrg}/bcp/exercises/${theirs.body.id}/actions`, { what: 'x', dueOn: '2026-12-01' });
    expect((await editor.put(base(`/${theirs.body.id}`), { ...exercise, version: 1 })).status).toBe(404);
    expect((await editor.post(base(`/${theirs.body.id}/actions`), { what: 'x', dueOn: '2026-12-01' })).status).toBe(404);
    expect(
      (await editor.put(base(`/${theirs.body.id}/actions/${action.body.id}`), { what: 'x', dueOn: '2026-12-01', version: 1 })).status,
    ).toBe(404);
    expect(
      (await editor.put(base(`/${exerciseId}/actions/${action.body.id}`), { what: 'x', dueOn: '2026-12-01', version: 1 })).status,
    ).toBe(404);
    // an outsider with a bad body still gets 404, not 400
    expect((await other.post(base(), { heldOn: '2099-01-01' })).status).toBe(404);
  });
});
