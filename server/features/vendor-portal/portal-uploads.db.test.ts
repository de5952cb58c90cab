// What the person at the vendor gives besides answers, on both engines: Mamori's help on the items of
// their form; evidence uploaded to an item (kept in the institution's store, attached, audited,
// downloadable only through their own form, removable only by them, closed once submitted); and an
// MDS/SDS uploaded for a system of the invitation, recorded in the institution's 事業者台帳. Another
// vendor of the same institution reaches none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let vendor: TestClient;
let other: TestClient;
let vendorId: string;
let invitationId: string;
let otherInvitationId: string;
let formId: string;
let itemId: string;
let otherSystemId: string;

const file = (name: string, content: string | Uint8Array, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('file', new File([typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)], name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
};
const post = (client: TestClient, path: string, body: FormData) => client.raw(path, { method: 'POST', body });

async function invite(vendorName: string, systemName: string, loginId: string) {
  const id = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: vendorName })).body.id as string;
  const system = (await editor.post(`/api/orgs/${orgId}/vendors/${id}/systems`, { name: systemName, kind: 'emr', currentVersion: '5.2' }))
    .body;
  const invited = await editor.post(`/api/orgs/${orgId}/vendors/${id}/invitations`, { fiscalYear: 2026, personName: '担当' });
  const client = new TestClient(testApp(deps));
  const token = (invited.body.link as string).split('#')[1];
  const accepted = await client.post('/api/vendor-portal/accept', {
    token,
    loginId,
    displayName: '担当',
    password: 'Aoi-Sora-Kaze-2026-zx',
  });
  expect(accepted.status).toBe(200);
  await client.refresh();
  return { id, systemId: system.systems?.[0]?.id ?? system.id, invitationId: invited.body.invitation.id as string, client };
}

beforeAll(async () => {
  deps = await testDeps({ MAMORI_MAX_UPLOAD_MB: '1' });
  orgId = (await seedOrg(deps, { slug: 'upload-hospital', name: 'あおば病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  const a = await invite('カルテ株式会社', '電子カルテ', 'karte-hoshu');
  const b = await invite('画像システム株式会社', 'PACS', 'gazo-hoshu');
  ({ id: vendorId, invitationId, client: vendor } = a);
  ({ invitationId: otherInvitationId, client: other, systemId: otherSystemId } = b);
  const form = (await vendor.get(`/api/vendor-portal/invitations/${invitationId}/forms`)).body.forms[0];
  formId = form.id;
  itemId = form.items.find((i: { status: string }) => i.status !== 'reference').id;
});
afterAll(() => deps.close());

describe('help on the items of the vendor’s form', () => {
  it('gives Mamori’s help for every item of the form (null where there is none), labelled as Mamori’s', async () => {
    const res = await vendor.get(`/api/vendor-portal/forms/${formId}/help`);
    expect(res.status).toBe(200);
    expect(res.body.notice).toMatch(/Mamori/);
    const form = (await vendor.get(`/api/vendor-portal/forms/${formId}`)).body;
    expect(Object.keys(res.body.items).sort()).toEqual(form.items.map((i: { id: string }) => i.id).sort());
    expect(Object.values(res.body.items).some((h) => h !== null)).toBe(true);
  });

  it('is refused for a form of another vendor', async () => {
    expect((await other.get(`/api/vendor-portal/forms/${formId}/help`)).status).toBe(404);
  });
});

describe('evidence uploaded by the vendor', () => {
  let evidenceId: string;

  it('keeps the file in the institution’s store, attached to the item, audited under the vendor’s name', async () => {
    const res = await post(
      vendor,
      `/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence`,
      file('保守契約書.pdf', '%PDF-1.7 契約'),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { evidence: { id: string; fileName: string }[] };
    expect(body.evidence.map((e) => e.fileName)).toEqual(['保守契約書.pdf']);
    evidenceId = body.evidence[0]?.id as string;
    const store = (await editor.get(`/api/orgs/${orgId}/evidence`)).body.files;
    expect(store.map((f: { id: string }) => f.id)).toContain(evidenceId);
    const sheet = (await editor.get(`/api/orgs/${orgId}/assessments/${formId}`)).body;
    expect(sheet.items.find((i: { id: string }) => i.id === itemId).evidence.map((e: { id: string }) => e.id)).toEqual([evidenceId]);
    const audit = (await deps.db.query.auditEvents.findMany()).filter(
      (e) => e.organizationId === orgId && ['evidence.uploaded', 'assessment.evidence_attached'].includes(e.action),
    );
    expect(audit.map((e) => [e.action, e.actorLabel])).toEqual([
      ['evidence.uploaded', 'karte-hoshu'],
      ['assessment.evidence_attached', 'karte-hoshu'],
    ]);
  });

  it('refuses an executable and an upload over the limit, and stores nothing', async () => {
    const before = (await editor.get(`/api/orgs/${orgId}/evidence`)).body.files.length;
    const exe = await post(vendor, `/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence`, file('手順.pdf', 'MZ\x90\x00 exe'));
    expect(exe.status).toBe(400);
    const big = await post(
      vendor,
      `/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence`,
      file('big.pdf', new Uint8Array(1024 * 1024 + 10).fill(0x25)),
    );
    expect(big.status).toBe(413);
    expect((await editor.get(`/api/orgs/${orgId}/evidence`)).body.files.length).toBe(before);
  });

  it('lets the vendor download files attached to its form, and no other file of the institution', async () => {
    const down = await vendor.raw(`/api/vendor-portal/forms/${formId}/evidence/${evidenceId}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(Buffer.from(await down.arrayBuffer()).toString()).toBe('%PDF-1.7 契約');
    const own = (await post(editor, `/api/orgs/${orgId}/evidence`, file('院内規程.pdf', '%PDF-1.7 院内'))) as Response;
    const ownId = ((await own.json()) as { id: string }).id;
    expect((await vendor.raw(`/api/vendor-portal/forms/${formId}/evidence/${ownId}`)).status).toBe(404);
    expect((await vendor.raw(`/api/orgs/${orgId}/evidence/${ownId}`)).status).toBe(404);
    expect((await other.raw(`/api/vendor-portal/forms/${formId}/evidence/${evidenceId}`)).status).toBe(404);
    // a file the institution attaches to the vendor's form is the institution's to take off
    await editor.post(`/api/orgs/${orgId}/assessments/${formId}/answers/${itemId}/evidence`, { evidenceId: ownId });
    // the vendor sees its own login ID on its files, never the institution's members'
    const seen = (await vendor.get(`/api/vendor-portal/forms/${formId}`)).body.items.find((i: { id: string }) => i.id === itemId).evidence;
    expect(seen.map((e: { fileName: string; attachedBy: string | null }) => [e.fileName, e.attachedBy])).toEqual([
      ['保守契約書.pdf', 'karte-hoshu'],
      ['院内規程.pdf', null],
    ]);
    expect((await vendor.delete(`/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence/${ownId}`)).status).toBe(404);
  });

  it('takes its own file off the item (the file stays in the store), and cannot once the form is submitted', async () => {
    const off = await vendor.delete(`/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence/${evidenceId}`);
    expect(off.status).toBe(200);
    expect(off.body.evidence.map((e: { id: string }) => e.id)).not.toContain(evidenceId);
    expect((await editor.get(`/api/orgs/${orgId}/evidence`)).body.files.map((f: { id: string }) => f.id)).toContain(evidenceId);
    expect((await vendor.post(`/api/vendor-portal/forms/${formId}/submit`, {})).status).toBe(200);
    const late = await post(vendor, `/api/vendor-portal/forms/${formId}/answers/${itemId}/evidence`, file('追加.pdf', '%PDF-1.7 x'));
    expect(late.status).toBe(409);
  });
});

describe('MDS/SDS uploaded by the vendor', () => {
  it('lists the invitation’s systems with what the institution still lacks', async () => {
    const res = await vendor.get(`/api/vendor-portal/invitations/${invitationId}/systems`);
    expect(res.status).toBe(200);
    expect(res.body.systems.map((s: { name: string }) => s.name)).toEqual(['電子カルテ']);
    expect(res.body.systems[0].disclosures).toEqual([]);
    expect(res.body.systems[0].problems.length).toBeGreaterThan(0);
  });

  it('records an uploaded MDS in the institution’s ledger with its file, audited', async () => {
    const systemId = (await vendor.get(`/api/vendor-portal/invitations/${invitationId}/systems`)).body.systems[0].id;
    const path = `/api/vendor-portal/invitations/${invitationId}/systems/${systemId}/disclosures`;
    const bad = await post(vendor, path, file('mds.pdf', '%PDF-1.7 MDS', { kind: 'xyz', jahisVersion: '5.0' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field)).toContain('kind');
    const res = await post(
      vendor,
      path,
      file('MDS_電子カルテ.pdf', '%PDF-1.7 MDS', { kind: 'mds', jahisVersion: '5.0', issuedOn: '令和8年4月1日', productVersion: '5.2' }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      systems: { disclosures: { kind: string; jahisVersion: string; fileName: string; issuedOn: string }[] }[];
    };
    expect(body.systems[0]?.disclosures).toMatchObject([
      { kind: 'mds', jahisVersion: 'Ver.5.0', fileName: 'MDS_電子カルテ.pdf', issuedOn: '2026-04-01' },
    ]);
    const ledger = (await editor.get(`/api/orgs/${orgId}/vendors/${vendorId}`)).body.vendor;
    const system = ledger.systems.find((s: { id: string }) => s.id === systemId);
    expect(system.disclosures.map((d: { fileName: string }) => d.fileName)).toEqual(['MDS_電子カルテ.pdf']);
    const audit = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'vendor.disclosure_created');
    expect(audit.map((e) => e.actorLabel)).toEqual(['karte-hoshu']);
  });

  it('refuses a system outside the invitation and another vendor’s invitation', async () => {
    const path = `/api/vendor-portal/invitations/${invitationId}/systems/${otherSystemId}/disclosures`;
    expect((await post(vendor, path, file('mds.pdf', '%PDF-1.7 MDS', { kind: 'mds' }))).status).toBe(404);
    expect((await other.get(`/api/vendor-portal/invitations/${invitationId}/systems`)).status).toBe(404);
    expect((await vendor.get(`/api/vendor-portal/invitations/${otherInvitationId}/systems`)).status).toBe(404);
  });
});
