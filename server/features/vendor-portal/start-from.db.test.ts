// A person at a vendor starts a form from answers given before, on both engines: the institution's
// earlier year (dates left to check again) or another institution's form of the same system that they
// answer through their own invitation (dates kept). Only vendors' answers are copied, onto items not
// answered; the institution's own answers never leave it; another vendor and a form not offered are
// refused; a submitted form is closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let vendor: TestClient;
type Org = { id: string; editor: TestClient; vendorId: string };
let a: Org;
let b: Org;
type Form = {
  id: string;
  fiscalYear: number;
  items: { id: string; status: string; answer: { firstAnswer: string | null; firstDate: string | null; version: number } | null }[];
};

const answerOf = (firstAnswer: 'yes', firstDate: string, version = 0) => ({
  firstAnswer,
  firstDate,
  targetDate: null,
  secondAnswer: null,
  secondDate: null,
  note: '保守契約で対応',
  version,
});

async function org(slug: string, name: string, vendorName: string): Promise<Org> {
  const id = (await seedOrg(deps, { slug, name })).id;
  const editor = await memberClient(deps, id, 'editor');
  const vendorId = (await editor.post(`/api/orgs/${id}/vendors`, { name: vendorName })).body.id;
  await editor.post(`/api/orgs/${id}/vendors/${vendorId}/systems`, { name: '電子カルテ', kind: 'emr' });
  return { id, editor, vendorId };
}

const tokenOf = async (o: Org, fiscalYear: number) =>
  (
    (await o.editor.post(`/api/orgs/${o.id}/vendors/${o.vendorId}/invitations`, { fiscalYear, personName: '保守 一郎' })).body
      .link as string
  ).split('#')[1] as string;

async function formOf(token: string): Promise<Form> {
  const joined = await vendor.post('/api/vendor-portal/accept-signed-in', { token });
  expect(joined.status).toBe(200);
  return (await vendor.get(`/api/vendor-portal/invitations/${joined.body.invitationId}/forms`)).body.forms[0];
}

const answerable = (f: Form) => f.items.filter((i) => i.status !== 'reference');
let a2025: Form;
let a2026: Form;
let b2026: Form;

beforeAll(async () => {
  deps = await testDeps();
  a = await org('start-a', 'あさひ病院', 'カルテ株式会社');
  b = await org('start-b', 'みなみクリニック', '(株)カルテ');
  vendor = new TestClient(testApp(deps));
  const accepted = await vendor.post('/api/vendor-portal/accept', {
    token: await tokenOf(a, 2025),
    loginId: 'karte-ichiro',
    displayName: '保守 一郎',
    password: 'Midori-Yama-Kawa-2026-q',
  });
  expect(accepted.status).toBe(200);
  await vendor.refresh();
  a2025 = (await vendor.get(`/api/vendor-portal/invitations/${accepted.body.invitationId ?? ''}/forms`)).body.forms?.[0];
  if (!a2025) {
    const list = (await vendor.get('/api/vendor-portal/invitations')).body.invitations;
    a2025 = (await vendor.get(`/api/vendor-portal/invitations/${list[0].id}/forms`)).body.forms[0];
  }
  const [i1, i2, i3] = answerable(a2025);
  await vendor.request('PUT', `/api/vendor-portal/forms/${a2025.id}/answers/${i1?.id}`, answerOf('yes', '2025-10-01'));
  await vendor.request('PUT', `/api/vendor-portal/forms/${a2025.id}/answers/${i2?.id}`, answerOf('yes', '2025-10-03'));
  // the institution's own answer on the vendor's form stays the institution's
  expect(
    (await a.editor.request('PUT', `/api/orgs/${a.id}/assessments/${a2025.id}/answers/${i3?.id}`, answerOf('yes', '2025-10-02'))).status,
  ).toBe(200);
  a2026 = await formOf(await tokenOf(a, 2026));
  b2026 = await formOf(await tokenOf(b, 2026));
});
afterAll(() => deps.close());

describe('starting a form from answers given before', () => {
  it('offers the institution’s earlier year first, counting only vendors’ answers', async () => {
    const res = await vendor.get(`/api/vendor-portal/forms/${a2026.id}/sources`);
    expect(res.status).toBe(200);
    expect(res.body.sources).toEqual([
      expect.objectContaining({ id: a2025.id, kind: 'earlierYear', institution: 'あさひ病院', fiscalYear: 2025, answers: 2 }),
    ]);
  });

  it('copies the earlier year’s vendor answers with their dates left to check, and not the institution’s', async () => {
    const res = await vendor.post(`/api/vendor-portal/forms/${a2026.id}/start-from`, { sourceId: a2025.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: 'あさひ病院 令和7年度', datesKept: false });
    expect(res.body.copied).toBeGreaterThan(0);
    expect(res.body.copied).toBeLessThanOrEqual(2);
    const form = (await vendor.get(`/api/vendor-portal/forms/${a2026.id}`)).body as Form;
    const answered = form.items.filter((i) => i.answer?.firstAnswer);
    expect(answered).toHaveLength(res.body.copied);
    expect(answered.every((i) => i.answer?.firstDate === null)).toBe(true);
    const audit = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'assessment.answer_carried');
    expect(audit.every((e) => e.organizationId === a.id && e.actorLabel === 'karte-ichiro')).toBe(true);
  });

  it('offers another institution’s form of the same system, and copies its answers with their dates', async () => {
    const [i1] = answerable(a2026);
    const fresh = (await vendor.get(`/api/vendor-portal/forms/${a2026.id}`)).body as Form;
    const version = fresh.items.find((i) => i.id === i1?.id)?.answer?.version ?? 0;
    expect(
      (await vendor.request('PUT', `/api/vendor-portal/forms/${a2026.id}/answers/${i1?.id}`, answerOf('yes', '2026-11-05', version)))
        .status,
    ).toBe(200);
    const sources = (await vendor.get(`/api/vendor-portal/forms/${b2026.id}/sources`)).body.sources;
    expect(sources.map((s: { institution: string; fiscalYear: number; kind: string }) => [s.institution, s.fiscalYear, s.kind])).toEqual([
      ['あさひ病院', 2026, 'otherInstitution'],
      ['あさひ病院', 2025, 'otherInstitution'],
    ]);
    const res = await vendor.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: a2026.id });
    expect(res.body).toMatchObject({ datesKept: true, skipped: [] });
    const form = (await vendor.get(`/api/vendor-portal/forms/${b2026.id}`)).body as Form;
    // the dates are kept; the note written for the other institution stays there
    expect(form.items.find((i) => i.id === i1?.id)?.answer).toMatchObject({ firstAnswer: 'yes', firstDate: '2026-11-05', note: '' });
    const carried = (await deps.db.query.auditEvents.findMany()).filter(
      (e) => e.action === 'assessment.answer_carried' && e.organizationId === b.id,
    );
    // another institution's form is never named in this one's trail
    expect(carried.length).toBe(res.body.copied);
    expect(carried.every((e) => (e.after as { from: unknown }).from === null)).toBe(true);
  });

  it('leaves answered items as they are when started again', async () => {
    const res = await vendor.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: a2026.id });
    expect(res.body.copied).toBe(0);
    expect(res.body.skipped.length).toBeGreaterThan(0);
  });

  it('refuses a form not offered, another vendor, and a submitted form', async () => {
    const institutionForm = (await a.editor.post(`/api/orgs/${a.id}/assessments`, { fiscalYear: 2026, form: 'institution' })).body.id;
    expect((await vendor.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: institutionForm })).status).toBe(404);
    expect((await vendor.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: 'x' })).status).toBe(404);
    const otherVendorId = (await a.editor.post(`/api/orgs/${a.id}/vendors`, { name: '画像システム株式会社' })).body.id;
    const link = (await a.editor.post(`/api/orgs/${a.id}/vendors/${otherVendorId}/invitations`, { fiscalYear: 2026, personName: '別' }))
      .body.link;
    const other = new TestClient(testApp(deps));
    await other.post('/api/vendor-portal/accept', {
      token: (link as string).split('#')[1],
      loginId: 'gazo-jiro',
      displayName: '別',
      password: 'Kiiro-Hana-Sora-2026-w',
    });
    await other.refresh();
    expect((await other.get(`/api/vendor-portal/forms/${b2026.id}/sources`)).status).toBe(404);
    expect((await other.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: a2026.id })).status).toBe(404);
    expect((await vendor.post(`/api/vendor-portal/forms/${b2026.id}/submit`, {})).status).toBe(200);
    expect((await vendor.post(`/api/vendor-portal/forms/${b2026.id}/start-from`, { sourceId: a2026.id })).status).toBe(409);
  });
});
