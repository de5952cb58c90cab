// 立入検査の記録 on both engines: a 保健所's 検査担当 starts the record of a year for an institution of its
// jurisdiction (one per year: a second 409; its 閲覧者 403; an institution outside it a field error; the
// institution itself and outsiders 404), records per 手引き point 確認した or 指摘 — a 指摘 without a note,
// 令和7年2月30日, a future date or an unknown point refused naming the field — at the version read
// (ten parallel saves over a real server: one 200, nine 409), and completes it once every point has a
// result; only then does the institution see it (list, record, print), and nothing changes it after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
const org = {} as Record<'hc' | 'clinic' | 'hospital', { id: string }>;
let inspector: TestClient;
let hcViewer: TestClient;
let clinicAdmin: TestClient;
let outsider: TestClient;
let id = '';

const ALL_POINTS = ['gate', 'institution-first', 'institution-targets', 'contact-chart', 'vendor-forms', 'vendor-first', 'vendor-targets'];
const office = (path = '') => `/api/orgs/${org.hc.id}/inspections${path}`;
const fieldsOf = (body: { error: { fields?: { field: string }[] } }) => (body.error.fields ?? []).map((f) => f.field);
const allConfirmed = () => Object.fromEntries(ALL_POINTS.map((k) => [k, { result: 'confirmed', note: '' }]));

beforeAll(async () => {
  deps = await testDeps();
  org.hc = await seedOrg(deps, { slug: 'kita-hc', name: '北保健所', kind: 'health-center' });
  org.clinic = await seedOrg(deps, { slug: 'kaede-clinic', name: 'かえでクリニック', kind: 'clinic' });
  org.hospital = await seedOrg(deps, { slug: 'sakura-hospital', name: 'さくら病院', kind: 'hospital' });
  inspector = await memberClient(deps, org.hc.id, 'editor');
  hcViewer = await memberClient(deps, org.hc.id, 'viewer');
  clinicAdmin = await memberClient(deps, org.clinic.id, 'admin');
  outsider = await memberClient(deps, org.hospital.id, 'admin');
  await clinicAdmin.put(`/api/orgs/${org.clinic.id}/oversight`, { healthCenterId: org.hc.id });
  expect((await clinicAdmin.post(`/api/orgs/${org.clinic.id}/assessments`, { fiscalYear: 2026, form: 'institution' })).status).toBe(201);
  expect((await clinicAdmin.post(`/api/orgs/${org.clinic.id}/submissions`, { fiscalYear: 2026 })).status).toBe(201);
});
afterAll(() => deps.close());

describe('the record of an inspection', () => {
  it('is started by the office’s 検査担当 for an institution of its jurisdiction, once a year', async () => {
    expect((await hcViewer.post(office(), { institutionId: org.clinic.id, fiscalYear: 2026 })).status).toBe(403);
    expect((await outsider.post(office(), { institutionId: org.clinic.id, fiscalYear: 2026 })).status).toBe(404);
    expect((await clinicAdmin.post(`/api/orgs/${org.clinic.id}/inspections`, { institutionId: org.clinic.id })).status).toBe(404);
    const stranger = await inspector.post(office(), { institutionId: org.hospital.id, fiscalYear: 2026 });
    expect(fieldsOf(stranger.body)).toEqual(['institutionId']);
    const started = await inspector.post(office(), { institutionId: org.clinic.id, fiscalYear: 2026 });
    expect(started.status).toBe(201);
    id = started.body.id;
    expect((await inspector.post(office(), { institutionId: org.clinic.id, fiscalYear: 2026 })).status).toBe(409);
    const record = (await inspector.get(office(`/${id}`))).body;
    expect(record).toMatchObject({ institutionName: 'かえでクリニック', officeName: '北保健所', completedAt: null, version: 1 });
    expect(record.results.map((r: { key: string }) => r.key)).toEqual(ALL_POINTS);
    expect(record.results.every((r: { result: unknown }) => r.result === null)).toBe(true);
    expect(record.submission).toMatchObject({ no: 1, fiscalYear: 2026 });
    expect(record.provenance.kind).toBe('inferred');
    expect((await inspector.get(office('?fiscalYear=2026'))).body.inspections).toMatchObject([{ id, recorded: 0, points: 7 }]);
  });

  it('is not the institution’s to see while a draft', async () => {
    expect((await clinicAdmin.get(`/api/orgs/${org.clinic.id}/inspections`)).body.inspections).toEqual([]);
    expect((await clinicAdmin.get(`/api/orgs/${org.clinic.id}/inspections/${id}`)).status).toBe(404);
    expect((await clinicAdmin.raw(`/api/orgs/${org.clinic.id}/inspections/${id}/print`)).status).toBe(404);
    expect((await outsider.get(`/api/orgs/${org.hospital.id}/inspections/${id}`)).status).toBe(404);
  });

  it('refuses a 指摘 without its note, an impossible or future date and an unknown point, naming the field', async () => {
    const noNote = await inspector.put(office(`/${id}`), { version: 1, results: { 'contact-chart': { result: 'finding', note: ' ' } } });
    expect(noNote.status).toBe(400);
    expect(fieldsOf(noNote.body)).toEqual(['results.contact-chart.note']);
    expect(fieldsOf((await inspector.put(office(`/${id}`), { version: 1, inspectedOn: '令和7年2月30日' })).body)).toEqual(['inspectedOn']);
    expect(fieldsOf((await inspector.put(office(`/${id}`), { version: 1, inspectedOn: '2026-12-01' })).body)).toEqual(['inspectedOn']);
    const unknown = await inspector.put(office(`/${id}`), { version: 1, results: { '9-9': { result: 'confirmed' } } });
    expect(fieldsOf(unknown.body)).toEqual(['results.9-9']);
    const wrong = await inspector.put(office(`/${id}`), { version: 1, results: { gate: { result: 'maybe' } } });
    expect(fieldsOf(wrong.body)).toEqual(['results.gate.result']);
    // a note typed before the result is chosen is not silently dropped
    const noteOnly = await inspector.put(office(`/${id}`), { version: 1, results: { gate: { result: null, note: '要確認' } } });
    expect(noteOnly.status).toBe(400);
    expect(fieldsOf(noteOnly.body)).toEqual(['results.gate.result']);
    expect((await hcViewer.put(office(`/${id}`), { version: 1 })).status).toBe(403);
  });

  it('keeps one of ten saves made at once on the same version (real HTTP server)', async () => {
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${inspector.cookie}`, 'x-csrf-token': inspector.csrf ?? '' };
      const statuses = (
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            sendJson(
              'PUT',
              `${server.url}${office(`/${id}`)}`,
              { version: 1, inspectors: `検査 ${i}`, inspectedOn: '令和8年11月20日' },
              headers,
            ),
          ),
        )
      )
        .map((r) => r.status)
        .sort();
      expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    } finally {
      await server.close();
    }
    const record = (await inspector.get(office(`/${id}`))).body;
    expect(record).toMatchObject({ version: 2, inspectedOn: '2026-11-20' });
  });

  it('completes only with every point recorded, then shows the institution, and never changes', async () => {
    // a save is the whole record: what it leaves out is empty afterwards
    const partial = await inspector.put(office(`/${id}`), { version: 2, results: { gate: { result: 'confirmed' } } });
    expect(partial.body.version).toBe(3);
    const early = await inspector.post(office(`/${id}/complete`), { version: 3 });
    expect(early.status).toBe(400);
    expect(fieldsOf(early.body)).toEqual(['inspectedOn', 'results']);
    expect(early.body.error.fields[1].message).toContain('確認事項 2・3・4・5・6・7');
    // the institution sends its forms again meanwhile: the draft follows the latest submission
    expect((await clinicAdmin.post(`/api/orgs/${org.clinic.id}/submissions`, { fiscalYear: 2026 })).body.no).toBe(2);
    const results = {
      ...allConfirmed(),
      'contact-chart': { result: 'finding', note: '連絡体制図の事業者の電話番号が古い' },
      'vendor-forms': { result: 'not-required', note: '事業者と契約なし' },
    };
    const saved = await inspector.put(office(`/${id}`), {
      version: 3,
      inspectedOn: '2026-11-20',
      inspectors: '検査 一郎',
      summary: '概ね良好',
      results,
    });
    expect(saved.status).toBe(200);
    expect((await inspector.get(office(`/${id}`))).body.submission.no).toBe(2);
    expect((await inspector.post(office(`/${id}/complete`), { version: 3 })).status).toBe(409);
    const done = await inspector.post(office(`/${id}/complete`), { version: 4 });
    expect(done.status).toBe(200);
    expect((await inspector.put(office(`/${id}`), { version: 5, summary: '書き換え' })).status).toBe(409);

    const seen = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/inspections`)).body.inspections;
    expect(seen).toMatchObject([{ id, officeName: '北保健所', findings: 1, recorded: 7, inspectedOn: '2026-11-20' }]);
    const record = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/inspections/${id}`)).body;
    expect(record.results.find((r: { key: string }) => r.key === 'contact-chart')).toMatchObject({
      result: 'finding',
      note: '連絡体制図の事業者の電話番号が古い',
    });
    const printed = await (await clinicAdmin.raw(`/api/orgs/${org.clinic.id}/inspections/${id}/print`)).text();
    for (const words of [
      '立入検査の記録',
      'かえでクリニック',
      '北保健所',
      '指摘',
      '連絡体制図の事業者の電話番号が古い',
      '事前送付 2 回目',
      '確認不要',
      '確定',
    ])
      expect(printed).toContain(words);
    expect(printed).not.toContain('下書き');
    const clinicTrail = (await clinicAdmin.get(`/api/orgs/${org.clinic.id}/audit?pageSize=100`)).body.events.map(
      (e: { action: string }) => e.action,
    );
    expect(clinicTrail).toContain('inspection.completed');
    expect(clinicTrail).not.toContain('inspection.saved');
  });
});

describe('an office that no longer oversees the institution', () => {
  it('cannot complete its draft for it', async () => {
    const other = await seedOrg(deps, { slug: 'momiji-clinic', name: 'もみじ医院', kind: 'clinic' });
    const otherAdmin = await memberClient(deps, other.id, 'admin');
    await otherAdmin.put(`/api/orgs/${other.id}/oversight`, { healthCenterId: org.hc.id });
    const started = await inspector.post(office(), { institutionId: other.id, fiscalYear: 2026 });
    expect(started.status).toBe(201);
    const saved = await inspector.put(office(`/${started.body.id}`), { version: 1, inspectedOn: '2026-11-20', results: allConfirmed() });
    expect(saved.status).toBe(200);
    await otherAdmin.put(`/api/orgs/${other.id}/oversight`, { healthCenterId: null });
    const refused = await inspector.post(office(`/${started.body.id}/complete`), { version: 2 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('管轄から外れた');
  });
});
