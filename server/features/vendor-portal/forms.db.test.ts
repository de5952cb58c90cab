// The vendor answers the 事業者確認用 through its invitation, on both engines: using the link opens one
// form per system (the institution counts per system); the vendor answers, submits; the institution
// returns it with a comment per item, the vendor fixes and submits again, the institution accepts; only
// then does readiness count it. Another form, a revoked invitation and a submitted form refuse the
// vendor; two decisions at once: one wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let vendor: TestClient;
let vendorId: string;
let invitationId: string;
let institutionFormId: string;
type Form = { id: string; systemName: string | null; review: { status: string; comments: Record<string, string> }; items: Item[] };
type Item = { id: string; status: string; answer: { version: number } | null };
let forms: Form[];

const answerOf = (version: number) => ({
  firstAnswer: 'yes',
  firstDate: '2026-11-01',
  targetDate: null,
  secondAnswer: null,
  secondDate: null,
  note: '',
  version,
});
const readiness = async () =>
  (await editor.get(`/api/orgs/${orgId}/readiness?fiscalYear=2026`)).body as {
    vendors: { name: string; systems: { name: string; hasForm: boolean }[] }[];
    notices: string[];
  };

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'form-hospital', name: 'すずらん病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  institutionFormId = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' })).body.id;
  vendorId = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: 'カルテ株式会社' })).body.id;
  await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/systems`, { name: '電子カルテ', kind: 'emr' });
  await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/systems`, { name: 'PACS', kind: 'pacs' });
  await editor.request('PUT', `/api/orgs/${orgId}/vendor-settings`, { formsPer: 'system' });
  const invited = await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/invitations`, { fiscalYear: 2026, personName: '保守 太郎' });
  invitationId = invited.body.invitation.id;
  vendor = new TestClient(testApp(deps));
  const token = (invited.body.link as string).split('#')[1];
  const accepted = await vendor.post('/api/vendor-portal/accept', {
    token,
    loginId: 'karte-tanto',
    displayName: '保守 太郎',
    password: 'Shiroi-Kumo-2026-qp',
  });
  expect(accepted.status).toBe(200);
  await vendor.refresh();
});
afterAll(() => deps.close());

describe('the vendor answers its 事業者確認用', () => {
  it('finds one form per system opened by the link, being answered, and readiness does not count them yet', async () => {
    const res = await vendor.get(`/api/vendor-portal/invitations/${invitationId}/forms`);
    expect(res.status).toBe(200);
    forms = res.body.forms;
    expect(forms.map((f) => [f.systemName, f.review.status])).toEqual([
      ['PACS', 'answering'],
      ['電子カルテ', 'answering'],
    ]);
    const r = await readiness();
    expect(r.vendors[0]?.systems).toEqual([
      { name: '電子カルテ', hasForm: false },
      { name: 'PACS', hasForm: false },
    ]);
    expect(r.notices.filter((n) => n.includes('事業者が回答中か'))).toHaveLength(2);
  });

  it('answers an item; reads neither the institution’s own form nor another’s', async () => {
    const form = forms.find((f) => f.systemName === '電子カルテ') as Form;
    const item = form.items.find((i) => i.status !== 'reference') as Item;
    const saved = await vendor.request('PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}`, answerOf(0));
    expect(saved.status).toBe(200);
    expect((await vendor.get(`/api/vendor-portal/forms/${institutionFormId}`)).status).toBe(404);
    expect((await vendor.get(`/api/orgs/${orgId}/assessments/${form.id}`)).status).toBe(404);
    const audit = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'assessment.answer_saved');
    expect(audit.at(-1)?.actorLabel).toBe('karte-tanto');
  });

  it('marks an item 契約範囲外 and back, the answer columns cleared', async () => {
    const form = forms.find((f) => f.systemName === 'PACS') as Form;
    const item = form.items.find((i) => i.status !== 'reference') as Item;
    const out = await vendor.request('PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}/scope`, {
      outOfScope: true,
      version: 0,
    });
    expect(out.status).toBe(200);
    expect(out.body.answer).toMatchObject({ outOfScope: true, firstAnswer: null });
    const back = await vendor.request('PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}/scope`, {
      outOfScope: false,
      version: out.body.answer.version,
    });
    expect(back.body.answer.outOfScope).toBe(false);
  });

  it('submits; the institution returns it with a comment per item; the vendor sees it and fixes the item', async () => {
    const form = forms.find((f) => f.systemName === '電子カルテ') as Form;
    const item = form.items.find((i) => i.status !== 'reference') as Item;
    expect((await vendor.post(`/api/vendor-portal/forms/${form.id}/submit`, {})).body.review.status).toBe('submitted');
    const late = await vendor.request('PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}`, answerOf(1));
    expect(late.status).toBe(409);
    const review = `/api/orgs/${orgId}/assessments/${form.id}/review`;
    expect((await viewer.post(review, { decision: 'accept' })).status).toBe(403);
    expect((await editor.post(review, { decision: 'maybe' })).body.error.fields).toEqual([
      { field: 'decision', message: '受理か差し戻しを選んでください' },
    ]);
    expect((await editor.post(review, { decision: 'return' })).status).toBe(400);
    const returned = await editor.post(review, {
      decision: 'return',
      comments: { [item.id]: '保守の範囲を契約書で確認してください', nope: 'x' },
    });
    expect(returned.body.review).toMatchObject({ status: 'returned', comments: { [item.id]: '保守の範囲を契約書で確認してください' } });
    const seen = (await vendor.get(`/api/vendor-portal/forms/${form.id}`)).body;
    expect(seen.review.comments).toEqual({ [item.id]: '保守の範囲を契約書で確認してください' });
    expect((await vendor.request('PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}`, answerOf(1))).status).toBe(200);
    expect((await vendor.post(`/api/vendor-portal/forms/${form.id}/submit`, {})).body.review.status).toBe('submitted');
  });

  it('counts the form once the institution accepts it (two decisions at once: one wins)', async () => {
    const form = forms.find((f) => f.systemName === '電子カルテ') as Form;
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const path = `${server.url}/api/orgs/${orgId}/assessments/${form.id}/review`;
      const answers = await Promise.all([
        sendJson('POST', path, { decision: 'accept' }, headers),
        sendJson('POST', path, { decision: 'return', comments: { x: 'y' } }, headers),
        sendJson('POST', path, { decision: 'accept' }, headers),
      ]);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409 || a.status === 400)).toHaveLength(2);
    } finally {
      await server.close();
    }
    const after = (await vendor.get(`/api/vendor-portal/forms/${form.id}`)).body.review.status;
    if (after !== 'accepted') {
      // the return won the race: the vendor submits again and the institution accepts
      await vendor.post(`/api/vendor-portal/forms/${form.id}/submit`, {});
      await editor.post(`/api/orgs/${orgId}/assessments/${form.id}/review`, { decision: 'accept' });
    }
    const r = await readiness();
    expect(r.vendors[0]?.systems).toEqual([
      { name: '電子カルテ', hasForm: true },
      { name: 'PACS', hasForm: false },
    ]);
  });

  it('closes the forms to the vendor when the invitation is revoked', async () => {
    await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/invitations/${invitationId}/revoke`, {});
    expect((await vendor.get(`/api/vendor-portal/forms/${forms[0]?.id}`)).status).toBe(404);
    expect((await vendor.get(`/api/vendor-portal/invitations/${invitationId}/forms`)).status).toBe(404);
  });
});
