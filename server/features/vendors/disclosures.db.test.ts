// MDS/SDS per vendor system through the API: recorded with its file from the evidence store (the
// organisation's own, not deleted), its annex answers by item number; what a system lacks named
// (none, another version, いいえ items, no file); the latest per kind counts; version checks; audit;
// roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let otherOrg: string;
let editor: TestClient;
let viewer: TestClient;
let other: TestClient;
let vendorId: string;
let system: { id: string; version: number; [k: string]: unknown };
const sysUrl = (rest = '') => `/api/orgs/${orgId}/vendors/${vendorId}/systems/${system.id}${rest}`;

const upload = async (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from(`%PDF-1.7 ${name}`)], name, { type: 'application/pdf' }));
  const res = await client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form });
  return ((await res.json()) as { id: string }).id;
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'mds-hospital' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'mds-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  other = await memberClient(deps, otherOrg, 'editor');
  vendorId = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: 'カルテ株式会社' })).body.id;
  system = (
    await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/systems`, { name: '電子カルテ', kind: 'emr', currentVersion: 'V4.2' })
  ).body;
});
afterAll(() => deps.close());

describe('MDS/SDS of a vendor system', () => {
  let mdsId: string;

  const systemFindings = async () =>
    ((await viewer.get(`/api/orgs/${orgId}/findings`)).body.findings as { subject: { type: string }; title: string }[]).filter(
      (f) => f.subject.type === 'system',
    );

  it('names a system without MDS/SDS, with the day it was asked for, in the ledger and in the findings', async () => {
    expect(system.disclosureProblems).toEqual(['MDS/SDS を受け取っていません']);
    expect(await systemFindings()).toEqual([
      expect.objectContaining({
        id: `${system.id}:rule:disclosure:none`,
        severity: 'medium',
        title: 'MDS/SDS を受け取っていません',
        subject: expect.objectContaining({ label: 'カルテ株式会社 電子カルテ', vendorId }),
        topics: ['disclosure'],
      }),
    ]);
    const asked = await editor.request('PUT', sysUrl(), { ...system, disclosureRequestedOn: '令和8年10月1日' });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      currentVersion: 'V4.2',
      disclosureProblems: ['MDS/SDS を受け取っていません (2026-10-01 に依頼済み)'],
    });
    system = asked.body;
  });

  it('refuses a file of another organisation and answers it cannot read, naming the fields', async () => {
    const foreign = await upload(other, otherOrg, 'x.pdf');
    const res = await editor.post(sysUrl('/disclosures'), { kind: 'mds', evidenceId: foreign });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ field: 'evidenceId', message: expect.stringContaining('この組織の証跡にありません') }]);
    const bad = await editor.post(sysUrl('/disclosures'), { kind: 'mds', issuedOn: '令和7年2月30日', answers: { '50': 'はい' } });
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['issuedOn', 'answers']);
    expect((await viewer.post(sysUrl('/disclosures'), { kind: 'mds' })).status).toBe(403);
  });

  it('records the document with its file and names another version and the いいえ items', async () => {
    const file = await upload(editor, orgId, 'MDS_電子カルテ.pdf');
    const res = await editor.post(sysUrl('/disclosures'), {
      kind: 'mds',
      jahisVersion: '5.0',
      issuedOn: '2025-04-01',
      productVersion: 'V4.1',
      evidenceId: file,
      answers: { '1': 'はい', '2': 'いいえ', '3': 'いいえ', '4': 'いいえ', '7': '対象外' },
    });
    expect(res.status).toBe(201);
    const [d] = res.body.disclosures;
    mdsId = d.id;
    expect(d).toMatchObject({
      kind: 'mds',
      jahisVersion: 'Ver.5.0',
      fileName: 'MDS_電子カルテ.pdf',
      current: true,
      summary: { answered: 5, total: 41, no: [2, 3, 4] },
    });
    expect(res.body.disclosureProblems).toEqual([
      'MDS は版 V4.1 のもので、使用中の版 V4.2 のものではありません',
      'MDS の別紙で「いいえ」の項目: 2〜4',
    ]);
    expect((await systemFindings()).map((f) => f.title)).toEqual([
      'MDS は版 V4.1 のもので、使用中の版 V4.2 のものではありません',
      'MDS の別紙で「いいえ」の項目: 2〜4',
    ]);
    // the institution's 2(3) reads the ledger: every system in use has its MDS with the file
    const form = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' })).body;
    const suggestions = (await viewer.get(`/api/orgs/${orgId}/assessments/${form.id}/suggestions`)).body.items;
    const mds = Object.values(suggestions).find((x) => (x as { topic: string }).topic === 'disclosure') as {
      answer: string;
      cannotTell: string[];
    };
    expect(mds.answer).toBe('yes');
    expect(mds.cannotTell).toContain('カルテ株式会社 電子カルテ: MDS の別紙で「いいえ」の項目: 2〜4 (Mamori の助言)');
  });

  it('changes the record with a version check, and counts only the latest document of a kind', async () => {
    const current = (await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor.systems[0].disclosures[0];
    const body = { ...current, productVersion: 'v4.2', answers: { ...current.answers, '2': 'はい', '3': 'はい', '4': 'はい' } };
    const changed = await editor.request('PUT', sysUrl(`/disclosures/${mdsId}`), body);
    expect(changed.status).toBe(200);
    expect(changed.body.disclosureProblems).toEqual([]);
    expect((await editor.request('PUT', sysUrl(`/disclosures/${mdsId}`), body)).status).toBe(409);
    // an older MDS recorded later does not replace the newer one
    const older = await editor.post(sysUrl('/disclosures'), {
      kind: 'mds',
      issuedOn: '2023-04-01',
      productVersion: 'V3',
      answers: { '9': 'いいえ' },
    });
    expect(older.body.disclosures.map((d: { issuedOn: string; current: boolean }) => [d.issuedOn, d.current])).toEqual([
      ['2025-04-01', true],
      ['2023-04-01', false],
    ]);
    expect(older.body.disclosureProblems).toEqual([]);
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action.startsWith('vendor.disclosure'));
    expect(events.map((e) => e.action)).toEqual(['vendor.disclosure_created', 'vendor.disclosure_updated', 'vendor.disclosure_created']);
  });

  it('lets one of many changes made at once with the same version win (real HTTP server)', async () => {
    const current = (await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor.systems[0].disclosures.find(
      (d: { id: string }) => d.id === mdsId,
    );
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          sendJson('PUT', `${server.url}${sysUrl(`/disclosures/${mdsId}`)}`, { ...current, note: `同時の変更 ${n}` }, headers),
        ),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(7);
    } finally {
      await server.close();
    }
    const after = (await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor.systems[0].disclosures.find(
      (d: { id: string }) => d.id === mdsId,
    );
    expect(after.version).toBe(current.version + 1);
  });

  it('counts a record whose file was deleted from the evidence store as without its file', async () => {
    const d = (await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor.systems[0].disclosures[0];
    expect((await editor.request('DELETE', `/api/orgs/${orgId}/evidence/${d.evidenceId}`)).status).toBe(200);
    const after = (await viewer.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor.systems[0];
    expect(after.disclosures[0].fileName).toBeNull();
    expect(after.disclosureProblems).toEqual(['MDS のファイルが保管されていません']);
  });
});
