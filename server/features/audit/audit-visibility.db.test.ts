// Issue 11 item 8: a system administrator who is not a member of an organisation must not read its
// records through the audit trail (the records themselves answer him 404). He sees who did what kind of
// thing when, on which target id, and never the values; the organisation's administrators see all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../lib/validate.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { callerFor } from '../caller.ts';
import { contactEntrySchema } from '../contacts/contacts.schemas.ts';
import { addEntry } from '../contacts/contacts.service.ts';
import { createDevice } from '../devices/devices.service.ts';
import { uploadEvidence } from '../evidence/evidence.service.ts';
import { saveMaintenanceConfirmation } from '../suggestions/maintenance.service.ts';
import { findUserById } from '../users/users.repo.ts';

let deps: TestDeps;
let root: TestClient;
let bob: TestClient;
let orgB: string;
let orgC: string;
let deviceId: string;

// B's record content, as its members typed it
const SECRETS = ['院長室の秘密端末', '透析室の裏口', '山田太郎', '090-1234-5678', '鍵の保管場所.pdf', '秘密保守株式会社'];

const client = async (loginId: string) => {
  const c = new TestClient(testApp(deps));
  await c.signIn(loginId, PASSWORD);
  return c;
};

beforeAll(async () => {
  deps = await testDeps();
  orgB = (await seedOrg(deps, { slug: 'clinic-b' })).id;
  orgC = (await seedOrg(deps, { slug: 'clinic-c' })).id;
  const rootUser = await seedUser(deps, { loginId: 'root', isSystemAdmin: true, org: { id: orgC, role: 'admin' } });
  const bobUser = await seedUser(deps, { loginId: 'bob', org: { id: orgB, role: 'admin' } });
  const bobRow = await findUserById(deps.db, bobUser.id);
  if (!bobRow || !rootUser) throw new Error('seed failed');
  const asBob = callerFor(bobRow, '192.0.2.7');
  deviceId = (await createDevice(deps, asBob, orgB, { assetNo: 'B-1', hostname: '院長室の秘密端末', location: '透析室の裏口' })).id;
  await addEntry(
    deps,
    asBob,
    orgB,
    parseInput(contactEntrySchema, { side: 'internal', category: '院長', personName: '山田太郎', phone: '090-1234-5678' }),
  );
  await uploadEvidence(deps, asBob, orgB, { fileName: '鍵の保管場所.pdf', bytes: Buffer.from('%PDF-1.7 B') });
  await saveMaintenanceConfirmation(deps, asBob, orgB, {
    vendorName: '秘密保守株式会社',
    remoteFound: true,
    confirmedBy: 'bob',
    vendorContact: '担当',
    confirmedOn: '2026-01-05',
    documentedAs: 'メール',
    note: '',
    version: 0,
  });
  const rootRow = await findUserById(deps.db, rootUser.id);
  if (!rootRow) throw new Error('seed failed');
  await createDevice(deps, callerFor(rootRow, null), orgC, { assetNo: 'C-1', hostname: 'C の端末' });
  root = await client('root');
  bob = await client('bob');
});
afterAll(() => deps.close());

const leaked = (body: unknown) => SECRETS.filter((s) => JSON.stringify(body).includes(s));

describe('the audit trail of an organisation the system administrator is not a member of', () => {
  it('answers 404 for the records themselves', async () => {
    expect((await root.get(`/api/orgs/${orgB}/devices/${deviceId}`)).status).toBe(404);
  });

  it('shows him who, when, what kind and which target id, never the values', async () => {
    const res = await root.get(`/api/orgs/${orgB}/audit?pageSize=500`);
    expect(res.status).toBe(200);
    expect(leaked(res.body)).toEqual([]);
    const created = res.body.events.find((e: { action: string }) => e.action === 'device.created');
    expect(created).toMatchObject({
      actor: 'bob',
      targetType: 'device',
      targetId: deviceId,
      before: null,
      after: null,
      detail: 'metadata',
    });
    expect(created.clientAddress).toBeNull();
    // a target named by the record's content (a vendor's name) is not shown either
    const vendor = res.body.events.find((e: { action: string }) => e.action === 'maintenance.confirmation_saved');
    expect(vendor).toMatchObject({ targetType: expect.any(String), targetId: null });
  });

  it('shows the same events to the organisation administrator in full', async () => {
    const res = await bob.get(`/api/orgs/${orgB}/audit?pageSize=500`);
    expect(res.status).toBe(200);
    expect(leaked(res.body).sort()).toEqual([...SECRETS].sort());
    const created = res.body.events.find((e: { action: string }) => e.action === 'device.created');
    expect(created).toMatchObject({
      detail: 'full',
      clientAddress: '192.0.2.7',
      after: expect.objectContaining({ hostname: '院長室の秘密端末' }),
    });
  });

  it('keeps the values out of the system-wide trail too, but shows his own organisation and system events in full', async () => {
    const res = await root.get('/api/audit?pageSize=500');
    expect(res.status).toBe(200);
    expect(leaked(res.body)).toEqual([]);
    const events = res.body.events as { organizationId: string | null; action: string; detail: string; after: unknown }[];
    expect(events.filter((e) => e.organizationId === orgB).every((e) => e.detail === 'metadata' && e.after === null)).toBe(true);
    expect(events.find((e) => e.organizationId === orgC && e.action === 'device.created')).toMatchObject({
      detail: 'full',
      after: expect.objectContaining({ hostname: 'C の端末' }),
    });
    expect(events.find((e) => e.organizationId === null && e.action === 'auth.signed_in')?.detail).toBe('full');
  });
});
