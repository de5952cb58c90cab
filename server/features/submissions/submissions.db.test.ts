// 事前送付 on both engines: a clinic without a 保健所 or without forms is told what to do first (naming
// the field); its 管理者 submits (a 担当者 gets 403) and the snapshot's sha256 is the canonical JSON's;
// a later change is a new submission, the first kept as it was (the database refuses to change one);
// the 保健所 sees the latest in its overview and opens the one sent to it, but not another office's
// and not the clinic's live records; both sides' audit trails record it.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import { systemActor } from '../../lib/actor.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { addToJurisdictionAs, removeFromJurisdictionAs } from '../jurisdiction/jurisdiction.service.ts';

let deps: TestDeps;
let clinic: string;
let hc: string;
let other: string;
let admin: TestClient;
let editor: TestClient;
let inspector: TestClient;
let otherInspector: TestClient;

beforeAll(async () => {
  deps = await testDeps();
  clinic = (await seedOrg(deps, { slug: 'kaede', name: 'かえでクリニック', kind: 'clinic' })).id;
  hc = (await seedOrg(deps, { slug: 'kita-hc', name: '北保健所', kind: 'health-center' })).id;
  other = (await seedOrg(deps, { slug: 'minami-hc', name: '南保健所', kind: 'health-center' })).id;
  admin = await memberClient(deps, clinic, 'admin');
  editor = await memberClient(deps, clinic, 'editor');
  inspector = await memberClient(deps, hc, 'editor');
  otherInspector = await memberClient(deps, other, 'editor');
});
afterAll(() => deps.close());

const submit = (client: TestClient, body: object = { fiscalYear: 2026 }) => client.post(`/api/orgs/${clinic}/submissions`, body);

describe('事前送付', () => {
  it('tells what is missing first: the 保健所, then the forms', async () => {
    const noOffice = await submit(admin);
    expect(noOffice.status).toBe(400);
    expect(noOffice.body.error.fields[0]).toMatchObject({ field: 'office', message: expect.stringContaining('設定で選んでください') });
    await admin.put(`/api/orgs/${clinic}/oversight`, { healthCenterId: hc });
    const noForms = await submit(admin);
    expect(noForms.status).toBe(400);
    expect(noForms.body.error.message).toContain('令和8年度の様式がまだありません');
  });

  it('freezes the year’s forms with the sha256 of their canonical JSON; a 担当者 gets 403', async () => {
    expect((await editor.post(`/api/orgs/${clinic}/assessments`, { fiscalYear: 2026, form: 'institution' })).status).toBe(201);
    expect((await submit(editor)).status).toBe(403);
    const first = await submit(admin);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ no: 1, fiscalYearLabel: '令和8年度', ready: false, office: { name: '北保健所' } });
    expect(first.body.gaps).toBeGreaterThan(0);
    const stored = (await admin.get(`/api/orgs/${clinic}/submissions/${first.body.id}`)).body;
    expect(stored.snapshot).toMatchObject({ format: 'mamori-submission/1', organization: { name: 'かえでクリニック' }, fiscalYear: 2026 });
    expect(createHash('sha256').update(canonicalJson(stored.snapshot), 'utf8').digest('hex')).toBe(first.body.sha256);
    // nothing of the live ledgers, findings or evidence goes out with it
    const text = JSON.stringify(stored.snapshot);
    for (const key of ['"suggestion":{', '"evidence":[{', '"updatedBy":"', '"advice":[{', '"confirmedBy":"'])
      expect(text).not.toContain(key);
  });

  it('keeps the first as submitted when the forms change and are submitted again', async () => {
    const before = (await admin.get(`/api/orgs/${clinic}/submissions`)).body.submissions[0];
    // a change: the 連絡体制図 gets its first entry
    expect(
      (await admin.post(`/api/orgs/${clinic}/contacts`, { side: 'internal', category: '院長', personName: '山田' })).status,
    ).toBeLessThan(300);
    // and an item answered いいえ with a 目標日 already past (the overview counts it)
    const asm = (await admin.get(`/api/orgs/${clinic}/assessments`)).body.assessments[0];
    const blank = { firstAnswer: null, firstDate: null, targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };
    const put = (item: string, body: object) =>
      admin.request('PUT', `/api/orgs/${clinic}/assessments/${asm.id}/answers/${item}`, { ...blank, ...body });
    expect((await put('0-gate', { firstAnswer: 'yes' })).status).toBe(200);
    expect((await put('2-1', { firstAnswer: 'no', firstDate: '2026-06-01', targetDate: '2026-10-01' })).status).toBe(200);
    const second = await submit(admin);
    expect(second.body.no).toBe(2);
    expect(second.body.sha256).not.toBe(before.sha256);
    const list = (await admin.get(`/api/orgs/${clinic}/submissions`)).body.submissions;
    expect(list.map((s: { no: number }) => s.no)).toEqual([2, 1]);
    expect(list[1]).toMatchObject({ id: before.id, sha256: before.sha256 });
    await expect(deps.db.execute(sql`update submissions set snapshot = '{}'::jsonb where id = ${before.id}`)).rejects.toThrow();
    await expect(deps.db.execute(sql`update submissions set oversight_org_id = ${other} where id = ${before.id}`)).rejects.toThrow();
    await expect(deps.db.execute(sql`update submissions set ready = true where id = ${before.id}`)).rejects.toThrow();
    await expect(deps.db.execute(sql`update submissions set facts = '{}'::jsonb where id = ${before.id}`)).rejects.toThrow();
  });

  it('shows the 保健所 the latest in its overview and the one sent to it, never another office or the live records', async () => {
    const overview = await inspector.get(`/api/orgs/${hc}/jurisdiction?fiscalYear=2026`);
    expect(overview.body.institutions).toMatchObject([
      { name: 'かえでクリニック', submission: { no: 2, fiscalYear: 2026 }, overdueTargets: 1, vendorsMissing: [], inspection: null },
    ]);
    const row = overview.body.institutions[0];
    expect(row.gapMessages).toHaveLength(Math.min(row.submission.gaps, 20));
    expect(row.gapMessages[0]).toEqual(expect.any(String));
    // a year without a submission
    expect((await inspector.get(`/api/orgs/${hc}/jurisdiction?fiscalYear=2025`)).body.institutions[0]).toMatchObject({
      submission: null,
      gapMessages: null,
      overdueTargets: null,
    });
    // the same as a file: CSV (UTF-8 with BOM) and Excel
    const csv = await inspector.raw(`/api/orgs/${hc}/jurisdiction/export?fiscalYear=2026&format=csv`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('名称,種別,都道府県,医療機関コード,病床数,事前送付日');
    expect(text).toContain('かえでクリニック,診療所');
    const xlsx = await inspector.raw(`/api/orgs/${hc}/jurisdiction/export?fiscalYear=2026&format=xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await otherInspector.raw(`/api/orgs/${hc}/jurisdiction/export?format=csv`)).status).toBe(404);
    expect((await admin.raw(`/api/orgs/${clinic}/jurisdiction/export?format=csv`)).status).toBe(404);
    const id = overview.body.institutions[0].submission.id;
    const seen = await inspector.get(`/api/orgs/${hc}/submissions/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.snapshot.organization.name).toBe('かえでクリニック');
    expect((await otherInspector.get(`/api/orgs/${other}/submissions/${id}`)).status).toBe(404);
    // printed exactly as submitted: the second has the chart's entry, the first (before it) has not
    const printed = await (await inspector.raw(`/api/orgs/${hc}/submissions/${id}/print`)).text();
    expect(printed).toContain(`北保健所 への事前送付 2 回目`);
    expect(printed).toContain(seen.body.sha256);
    expect(printed).toContain('山田');
    const first = (await admin.get(`/api/orgs/${clinic}/submissions`)).body.submissions[1];
    const firstPrint = await (await admin.raw(`/api/orgs/${clinic}/submissions/${first.id}/print`)).text();
    expect(firstPrint).toContain('事前送付 1 回目');
    expect(firstPrint).not.toContain('山田');
    expect((await otherInspector.raw(`/api/orgs/${other}/submissions/${id}/print`)).status).toBe(404);
    expect((await inspector.get(`/api/orgs/${clinic}/submissions/${id}`)).status).toBe(404);
    expect((await inspector.get(`/api/orgs/${clinic}/assessments`)).status).toBe(404);
    expect((await inspector.get(`/api/orgs/${hc}/submissions`)).status).toBe(404);
  });

  it('shows the 都道府県 over the clinic what it sent to its 保健所; another 都道府県 sees nothing', async () => {
    const pref = (await seedOrg(deps, { slug: 'osaka-pref', name: '大阪府', kind: 'prefecture' })).id;
    const otherPref = (await seedOrg(deps, { slug: 'kyoto-pref', name: '京都府', kind: 'prefecture' })).id;
    await addToJurisdictionAs(deps, systemActor('test'), 'osaka-pref', 'kaede');
    const fu = await memberClient(deps, pref, 'editor');
    const kyoto = await memberClient(deps, otherPref, 'editor');
    const overview = (await fu.get(`/api/orgs/${pref}/jurisdiction?fiscalYear=2026`)).body;
    expect(overview.institutions).toMatchObject([{ name: 'かえでクリニック', submission: { no: 2 } }]);
    const id = overview.institutions[0].submission.id;
    expect((await fu.get(`/api/orgs/${pref}/submissions/${id}`)).status).toBe(200);
    expect((await fu.raw(`/api/orgs/${pref}/submissions/${id}/print`)).status).toBe(200);
    expect((await kyoto.get(`/api/orgs/${otherPref}/submissions/${id}`)).status).toBe(404);
    // once the clinic leaves the 都道府県's jurisdiction, its submissions are no longer the 都道府県's to read
    await removeFromJurisdictionAs(deps, systemActor('test'), 'osaka-pref', 'kaede');
    expect((await fu.get(`/api/orgs/${pref}/submissions/${id}`)).status).toBe(404);
  });

  it('is the institution’s own administrators’ act: a non-member system administrator cannot submit or choose', async () => {
    const sa = await seedUser(deps, { isSystemAdmin: true });
    const sysadmin = new TestClient(testApp(deps));
    await sysadmin.signIn(sa.loginId, PASSWORD);
    expect((await sysadmin.post(`/api/orgs/${clinic}/submissions`, { fiscalYear: 2026 })).status).toBe(404);
    expect((await sysadmin.put(`/api/orgs/${clinic}/oversight`, { healthCenterId: other })).status).toBe(404);
    // and the clinic's administrator cannot turn it into a 保健所 that would receive others' submissions
    const kind = await admin.request('PATCH', `/api/orgs/${clinic}`, { kind: 'health-center' });
    expect(kind.status).toBe(403);
    const hcKind = await sysadmin.request('PATCH', `/api/orgs/${hc}`, { kind: 'clinic' });
    expect(hcKind.status).toBe(409);
  });

  it('records the submission in both audit trails', async () => {
    const hcAdmin = await memberClient(deps, hc, 'admin');
    const sent = (await admin.get(`/api/orgs/${clinic}/audit?pageSize=100`)).body.events.map((e: { action: string }) => e.action);
    const received = (await hcAdmin.get(`/api/orgs/${hc}/audit?pageSize=100`)).body.events.map((e: { action: string }) => e.action);
    expect(sent.filter((a: string) => a === 'submission.sent')).toHaveLength(2);
    expect(received.filter((a: string) => a === 'submission.received')).toHaveLength(2);
  });
});
