// Evidence files attached to answers: attach, list with the item, detach; other organisations'
// files and deleted files are refused; viewers may not change; every change audited; printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let otherOrgId: string;
let editor: TestClient;
let viewer: TestClient;
let other: TestClient;
let assessmentId: string;

const upload = async (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from(`%PDF-1.7 ${name}`)], name, { type: 'application/pdf' }));
  const res = await client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form });
  return ((await res.json()) as { id: string }).id;
};
const itemUrl = (item = '2-1') => `/api/orgs/${orgId}/assessments/${assessmentId}/answers/${item}/evidence`;
const itemOf = async (id: string) =>
  (await viewer.get(`/api/orgs/${orgId}/assessments/${assessmentId}`)).body.items.find((i: { id: string }) => i.id === id);

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  otherOrgId = (await seedOrg(deps)).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  other = await memberClient(deps, otherOrgId, 'editor');
  assessmentId = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('evidence on answers', () => {
  it('attaches a file of the organisation’s store to an item, once, and lists it with the item', async () => {
    const ledger = await upload(editor, orgId, '機器台帳_2025.pdf');
    const res = await editor.post(itemUrl(), { evidenceId: ledger });
    expect(res.status).toBe(200);
    expect(res.body.evidence).toEqual([
      expect.objectContaining({ id: ledger, fileName: '機器台帳_2025.pdf', contentType: 'application/pdf' }),
    ]);
    expect((await editor.post(itemUrl(), { evidenceId: ledger })).body.evidence).toHaveLength(1);
    expect((await itemOf('2-1')).evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['機器台帳_2025.pdf']);
    expect((await itemOf('2-2')).evidence).toEqual([]);
    const attached = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'assessment.evidence_attached');
    expect(attached).toHaveLength(1);
    expect(attached[0]?.after).toMatchObject({ fileName: '機器台帳_2025.pdf' });
  });

  it('prints the attached file names in the 備考 column', async () => {
    const html = await (await viewer.raw(`/api/orgs/${orgId}/assessments/${assessmentId}/print`)).text();
    expect(html).toMatch(/<tr data-item="2-1">[\s\S]*?証跡: 機器台帳_2025\.pdf[\s\S]*?<\/tr>/);
  });

  it('refuses another organisation’s file, an unknown item and a viewer, storing nothing', async () => {
    const foreign = await upload(other, otherOrgId, 'other.pdf');
    const res = await editor.post(itemUrl('2-2'), { evidenceId: foreign });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('evidenceId');
    expect((await editor.post(itemUrl('9-9'), { evidenceId: foreign })).status).toBe(404);
    expect((await editor.post(itemUrl('2-2'), { evidenceId: 'not-a-uuid' })).status).toBe(400);
    const mine = await upload(editor, orgId, 'mine.pdf');
    expect((await viewer.post(itemUrl('2-2'), { evidenceId: mine })).status).toBe(403);
    expect((await itemOf('2-2')).evidence).toEqual([]);
  });

  it('detaches without deleting the file; a deleted file no longer shows and cannot be attached', async () => {
    const policy = await upload(editor, orgId, '運用管理規程.pdf');
    await editor.post(itemUrl('2-3'), { evidenceId: policy });
    const detached = await editor.delete(`${itemUrl('2-3')}/${policy}`);
    expect(detached.status).toBe(200);
    expect(detached.body.evidence).toEqual([]);
    expect((await editor.delete(`${itemUrl('2-3')}/${policy}`)).status).toBe(404);
    expect((await viewer.raw(`/api/orgs/${orgId}/evidence/${policy}`)).status).toBe(200);
    await editor.post(itemUrl('2-3'), { evidenceId: policy });
    await editor.delete(`/api/orgs/${orgId}/evidence/${policy}`);
    expect((await itemOf('2-3')).evidence).toEqual([]);
    expect((await editor.post(itemUrl('2-3'), { evidenceId: policy })).status).toBe(400);
  });
});
