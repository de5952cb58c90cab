// Organisation isolation, for every route the app has: a user of organisation A asking for anything
// of organisation B gets 404 and changes nothing. The route list comes from the app itself, so a new
// route is covered (or this test fails, naming its unknown parameter).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../db/schema.ts';
import { systemActor } from '../lib/actor.ts';
import { parseInput } from '../lib/validate.ts';
import { TestClient } from '../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../test/harness.ts';
import { seedOrg, seedUser } from '../test/seed.ts';
import { createAccountSystem } from './accounts/accounts.service.ts';
import { addLogSource } from './accounts/log-list.service.ts';
import { importLogons } from './accounts/logons.service.ts';
import { startAccountReview } from './accounts/reviews.service.ts';
import { startAssessment } from './assessments/assessments.service.ts';
import { createBackupPlan } from './backup-ledger/backup-ledger.service.ts';
import { addExerciseAction, createExercise } from './bcp/bcp.service.ts';
import { callerFor } from './caller.ts';
import { createConnection } from './connections/connections.service.ts';
import { contactEntrySchema } from './contacts/contacts.schemas.ts';
import { addEntry } from './contacts/contacts.service.ts';
import { createDevice } from './devices/devices.service.ts';
import { uploadEvidence } from './evidence/evidence.service.ts';
import { startIncident } from './incidents/incidents.service.ts';
import { insertInspection } from './inspections/inspections.repo.ts';
import { addToJurisdictionAs } from './jurisdiction/jurisdiction.service.ts';
import { insertGrant, revokeGrant } from './live-access/live-access.repo.ts';
import { inviteMember } from './orgs/invitations.service.ts';
import { findOrgBySlug } from './orgs/orgs.repo.ts';
import { submitYearAs } from './submissions/submissions.service.ts';
import { saveMaintenanceConfirmation } from './suggestions/maintenance.service.ts';
import { createTrainingSession, recordPhishingDrill } from './training/training.service.ts';
import { findUserById } from './users/users.repo.ts';
import { inviteVendor } from './vendor-portal/invitations.service.ts';
import { acceptWithNewAccount } from './vendor-portal/portal.service.ts';
import { createDisclosure } from './vendors/disclosures.service.ts';
import { createSystem, createVendor } from './vendors/vendors.service.ts';

let deps: TestDeps;
let ids: { A: Record<string, string>; B: Record<string, string> };
let alice: TestClient;
/** an inspector (検査担当) of a 保健所 whose jurisdiction holds organisation A */
let hana: TestClient;
let healthCenterId: string;
let vendorPerson: TestClient;
const VENDOR_PASSWORD = 'Kaisha-Kenko-2026-qrs';

const KNOWN_PARAMS = [
  'orgId',
  'userId',
  'evidenceId',
  'assessmentId',
  'itemId',
  'contactId',
  'deviceId',
  'connectionId',
  'findingId',
  'invitationId',
  'vendorId',
  'systemId',
  'disclosureId',
  'vendorInvitationId',
  'accountSystemId',
  'accountReviewId',
  'accountId',
  'logSourceId',
  'logonImportId',
  'backupPlanId',
  'incidentId',
  'step',
  'trainingSessionId',
  'attendeeId',
  'drillId',
  'bcpExerciseId',
  'bcpActionId',
  'submissionId',
  'grantId',
  'inspectionId',
];
// parameters of content that belongs to no organisation (the checklist catalog)
const SHARED_PARAMS = ['versionId', 'alias'];

async function snapshot() {
  const r = (await deps.db.execute(sql`select
    (select count(*) from audit_events)::int as audit,
    (select count(*) from memberships)::int as members,
    (select string_agg(login_key || role || coalesce(accepted_at::text, '') || coalesce(declined_at::text, '') || coalesce(revoked_at::text, ''), ',' order by id) from invitations) as invitations,
    (select count(*) from evidence_files where deleted_at is null)::int as evidence,
    (select string_agg(status || location || version, ',' order by id) from devices) as devices,
    (select string_agg(name || version, ',' order by id) from connection_points) as connections,
    (select string_agg(name || version, ',' order by id) from vendors) as vendors,
    (select string_agg(name || version, ',' order by id) from vendor_systems) as vendor_systems,
    (select string_agg(jahis_version || version, ',' order by id) from vendor_disclosures) as disclosures,
    (select string_agg(person_name || coalesce(revoked_at::text, '') || coalesce(accepted_at::text, ''), ',' order by id) from vendor_invitations) as vendor_invitations,
    (select string_agg(vendor_key || confirmed_by || version, ',' order by organization_id, vendor_key) from maintenance_confirmations) as confirmations,
    (select string_agg(password_hash, ',' order by id) from users) as hashes,
    (select string_agg(status || version, ',' order by id) from account_reviews) as reviews,
    (select count(*) from account_review_entries where decision is not null)::int as decisions,
    (select count(*) from leavers)::int as leavers,
    (select string_agg(name || version, ',' order by id) from log_sources) as logs,
    (select count(*) from log_reviews)::int as log_reviews,
    (select count(*) from logon_imports)::int as logon_imports,
    (select string_agg(system_name || version, ',' order by id) from backup_plans) as backup_plans,
    (select count(*) from restore_tests)::int as restore_tests,
    (select string_agg(title || status || version, ',' order by id) from incidents) as incidents,
    (select count(*) from incident_entries)::int as incident_entries,
    (select count(*) from incident_steps)::int as incident_steps,
    (select string_agg(topic || version, ',' order by id) from training_sessions) as training_sessions,
    (select string_agg(name, ',' order by id) from training_attendees) as training_attendees,
    (select string_agg(scenario || sent || version, ',' order by id) from phishing_drills) as phishing_drills,
    (select string_agg(scenario || version, ',' order by id) from bcp_exercises) as bcp_exercises,
    (select string_agg(what || version || coalesce(done_on::text, ''), ',' order by id) from bcp_exercise_actions) as bcp_exercise_actions,
    (select string_agg(name || coalesce(address, ''), ',' order by id) from organizations) as orgs`)) as unknown as { rows: unknown[] };
  return r.rows[0];
}

beforeAll(async () => {
  deps = await testDeps();
  const orgA = await seedOrg(deps, { slug: 'clinic-a' });
  const orgB = await seedOrg(deps, { slug: 'clinic-b' });
  const userA = await seedUser(deps, { loginId: 'alice', org: { id: orgA.id, role: 'admin' } });
  const userB = await seedUser(deps, { loginId: 'bob', org: { id: orgB.id, role: 'admin' } });
  const userB2 = await seedUser(deps, { loginId: 'bob2', org: { id: orgB.id, role: 'editor' } });
  const bobRow = await findUserById(deps.db, userB.id);
  if (!bobRow) throw new Error('seed failed');
  const fileB = await uploadEvidence(deps, callerFor(bobRow, null), orgB.id, { fileName: 'b.pdf', bytes: Buffer.from('%PDF-1.7 B') });
  const aliceRow = await findUserById(deps.db, userA.id);
  if (!aliceRow) throw new Error('seed failed');
  const fileA = await uploadEvidence(deps, callerFor(aliceRow, null), orgA.id, { fileName: 'a.pdf', bytes: Buffer.from('%PDF-1.7 A') });
  const userA2 = await seedUser(deps, { loginId: 'alice2', org: { id: orgA.id, role: 'editor' } });
  const institution = { fiscalYear: 2025, form: 'institution', vendorName: null, systemName: null } as const;
  const asmA = await startAssessment(deps, callerFor(aliceRow, null), orgA.id, institution);
  const asmB = await startAssessment(deps, callerFor(bobRow, null), orgB.id, institution);
  const contact = parseInput(contactEntrySchema, { side: 'internal', category: '院長' });
  const contactA = (await addEntry(deps, callerFor(aliceRow, null), orgA.id, contact)).internal[0];
  const contactB = (await addEntry(deps, callerFor(bobRow, null), orgB.id, contact)).internal[0];
  if (!contactA || !contactB) throw new Error('seed failed');
  const deviceA = await createDevice(deps, callerFor(aliceRow, null), orgA.id, { assetNo: 'A-1', hostname: 'pc-a' });
  const deviceB = await createDevice(deps, callerFor(bobRow, null), orgB.id, { assetNo: 'B-1', hostname: 'pc-b' });
  const pointA = await createConnection(deps, callerFor(aliceRow, null), orgA.id, { name: 'VPN A', kind: 'vpn' });
  const pointB = await createConnection(deps, callerFor(bobRow, null), orgB.id, { name: 'VPN B', kind: 'vpn' });
  // a maintenance confirmation of B's: the PUT …/maintenance-confirmations with B's id must not touch it
  await saveMaintenanceConfirmation(deps, callerFor(bobRow, null), orgB.id, {
    vendorName: '乗っ取り',
    remoteFound: true,
    confirmedBy: 'bob',
    vendorContact: '担当',
    confirmedOn: '2026-01-05',
    documentedAs: 'メール',
    note: '',
    version: 0,
  });
  const vendorA = await createVendor(deps, callerFor(aliceRow, null), orgA.id, { name: 'ベンダーA' });
  const vendorB = await createVendor(deps, callerFor(bobRow, null), orgB.id, { name: 'ベンダーB' });
  const systemA = await createSystem(deps, callerFor(aliceRow, null), orgA.id, vendorA.id, { name: '電子カルテ A' });
  const systemB = await createSystem(deps, callerFor(bobRow, null), orgB.id, vendorB.id, { name: '電子カルテ B' });
  const disclosure = { kind: 'mds', jahisVersion: 'Ver.5.0' };
  const discA = (await createDisclosure(deps, callerFor(aliceRow, null), orgA.id, vendorA.id, systemA.id, disclosure)).disclosures[0];
  const discB = (await createDisclosure(deps, callerFor(bobRow, null), orgB.id, vendorB.id, systemB.id, disclosure)).disclosures[0];
  if (!discA || !discB) throw new Error('seed failed');
  const accSysA = await createAccountSystem(deps, callerFor(aliceRow, null), orgA.id, { name: 'Windows ドメイン A', source: 'directory' });
  const accSysB = await createAccountSystem(deps, callerFor(bobRow, null), orgB.id, { name: 'Windows ドメイン B', source: 'directory' });
  const [accountA] = await deps.db
    .insert(accounts)
    .values({ organizationId: orgA.id, systemId: accSysA.id, accountId: 'yamada.a', accountKey: 'yamada.a' })
    .returning();
  const [accountB] = await deps.db
    .insert(accounts)
    .values({ organizationId: orgB.id, systemId: accSysB.id, accountId: 'yamada.b', accountKey: 'yamada.b' })
    .returning();
  if (!accountA || !accountB) throw new Error('seed failed');
  const reviewA = await startAccountReview(deps, callerFor(aliceRow, null), orgA.id, accSysA.id, {});
  const reviewB = await startAccountReview(deps, callerFor(bobRow, null), orgB.id, accSysB.id, {});
  const log = { name: '操作ログ', location: 'onsite', reviewEveryMonths: 1 };
  const logA = await addLogSource(deps, callerFor(aliceRow, null), orgA.id, { ...log, systemId: accSysA.id });
  const logB = await addLogSource(deps, callerFor(bobRow, null), orgB.id, { ...log, systemId: accSysB.id });
  const logonFile = () => ({
    name: 'security.jsonl',
    chunks: [new TextEncoder().encode('{"EventID":4624,"EventTime":"2026-11-01 10:00:00","TargetUserName":"a","LogonType":"2"}')],
  });
  const logonsA = await importLogons(deps, callerFor(aliceRow, null), orgA.id, accSysA.id, logonFile());
  const logonsB = await importLogons(deps, callerFor(bobRow, null), orgB.id, accSysB.id, logonFile());
  const planA = await createBackupPlan(deps, callerFor(aliceRow, null), orgA.id, { systemName: '電子カルテ' });
  const planB = await createBackupPlan(deps, callerFor(bobRow, null), orgB.id, { systemName: '電子カルテ' });
  const incidentA = await startIncident(deps, callerFor(aliceRow, null), orgA.id, { title: '電子カルテが暗号化された' });
  const incidentB = await startIncident(deps, callerFor(bobRow, null), orgB.id, { title: '電子カルテが暗号化された' });
  const session = { heldOn: '2026-10-01', topic: '標的型メールへの対応', kind: 'group', attendees: [{ name: '山田 花子' }] };
  const trainingA = await createTrainingSession(deps, callerFor(aliceRow, null), orgA.id, session);
  const trainingB = await createTrainingSession(deps, callerFor(bobRow, null), orgB.id, session);
  const drill = { heldOn: '2026-10-02', scenario: '宅配便の不在通知', sent: 10, clicked: 2, reported: 5 };
  const drillA = await recordPhishingDrill(deps, callerFor(aliceRow, null), orgA.id, drill);
  const drillB = await recordPhishingDrill(deps, callerFor(bobRow, null), orgB.id, drill);
  const exercise = { heldOn: '2026-10-03', scenario: 'ランサムウェアで電子カルテが停止', kind: 'tabletop' };
  const exerciseA = await createExercise(deps, callerFor(aliceRow, null), orgA.id, exercise);
  const exerciseB = await createExercise(deps, callerFor(bobRow, null), orgB.id, exercise);
  const improvement = { what: '紙カルテへの切り替え手順を作る', dueOn: '2026-12-01' };
  const bcpActionA = await addExerciseAction(deps, callerFor(aliceRow, null), orgA.id, exerciseA.id, improvement);
  const bcpActionB = await addExerciseAction(deps, callerFor(bobRow, null), orgB.id, exerciseB.id, improvement);
  // each clinic in a 保健所's jurisdiction, with a submission of its year's forms
  const hc = await seedOrg(deps, { slug: 'hc-kita', name: '北保健所', kind: 'health-center' });
  healthCenterId = hc.id;
  await seedOrg(deps, { slug: 'hc-minami', name: '南保健所', kind: 'health-center' });
  await addToJurisdictionAs(deps, systemActor('test'), 'hc-kita', 'clinic-a');
  await addToJurisdictionAs(deps, systemActor('test'), 'hc-minami', 'clinic-b');
  const submitted = async (slug: string) => {
    const row = await findOrgBySlug(deps.db, slug);
    if (!row) throw new Error('seed failed');
    return submitYearAs(deps, systemActor('test'), row, 2025, 'seed');
  };
  const submissionA = await submitted('clinic-a');
  const submissionB = await submitted('clinic-b');
  // 立入検査の閲覧許可: A's to hana's office has ended, another was revoked; B's to its office is in force
  const now = deps.clock.now();
  const hour = 3_600_000;
  const grant = (organizationId: string, officeOrgId: string, from: number, to: number) =>
    insertGrant(deps.db, {
      organizationId,
      officeOrgId,
      startsAt: new Date(now.getTime() + from * hour),
      endsAt: new Date(now.getTime() + to * hour),
      grantedByName: 'seed',
    });
  const grantA = await grant(orgA.id, hc.id, -3, -1);
  await revokeGrant(deps.db, orgA.id, (await grant(orgA.id, hc.id, -1, 2)).id, now, 'seed');
  const minami = await findOrgBySlug(deps.db, 'hc-minami');
  const grantB = await grant(orgB.id, minami?.id ?? '', -1, 2);
  // each office's completed record of inspecting its clinic (seen by the clinic too)
  const inspected = async (officeOrgId: string, institutionOrgId: string) => {
    const row = await insertInspection(deps.db, {
      organizationId: officeOrgId,
      institutionOrgId,
      fiscalYear: 2025,
      inspectedOn: '2025-10-01',
      results: { gate: { result: 'confirmed', note: '' } },
      createdByName: 'seed',
      updatedAt: now,
      updatedByName: 'seed',
      completedAt: now,
      completedByName: 'seed',
    });
    if (!row) throw new Error('seed failed');
    return row;
  };
  const inspectionA = await inspected(hc.id, orgA.id);
  const inspectionB = await inspected(minami?.id ?? '', orgB.id);
  const asked = { fiscalYear: 2026, personName: '保守 担当' };
  const vinvA = (await inviteVendor(deps, callerFor(aliceRow, null).actor, orgA.id, vendorA.id, asked, 'http://x')).invitation;
  const vinvB = (await inviteVendor(deps, callerFor(bobRow, null).actor, orgB.id, vendorB.id, asked, 'http://x')).invitation;
  // a person at A's vendor with an account of their own (the vendor role)
  const vendorLink = (await inviteVendor(deps, callerFor(aliceRow, null).actor, orgA.id, vendorA.id, asked, 'http://x')).link;
  const vendorAccount = { token: vendorLink.split('#')[1], loginId: 'hoshu-a', displayName: '保守 担当', password: VENDOR_PASSWORD };
  await acceptWithNewAccount(deps, vendorAccount, { clientAddress: null, userAgent: null });
  vendorPerson = new TestClient(testApp(deps));
  await vendorPerson.signIn('hoshu-a', VENDOR_PASSWORD);
  // invitations of each organisation, neither addressed to alice: answering B's must be 404 for her
  const invA = (await inviteMember(deps, callerFor(aliceRow, null), orgA.id, { loginId: 'carol-a', role: 'viewer' })).invitation;
  const invB = (await inviteMember(deps, callerFor(bobRow, null), orgB.id, { loginId: 'carol-b', role: 'admin' })).invitation;
  ids = {
    A: {
      orgId: orgA.id,
      userId: userA2.id,
      evidenceId: fileA.id,
      assessmentId: asmA.id,
      itemId: '2-1',
      contactId: contactA.id,
      deviceId: deviceA.id,
      connectionId: pointA.id,
      findingId: `${pointA.id}:rule:source`,
      invitationId: invA.id,
      vendorId: vendorA.id,
      systemId: systemA.id,
      disclosureId: discA.id,
      vendorInvitationId: vinvA.id,
      accountSystemId: accSysA.id,
      accountReviewId: reviewA.id,
      accountId: accountA.id,
      logSourceId: logA.id,
      logonImportId: logonsA.id,
      backupPlanId: planA.id,
      incidentId: incidentA.id,
      step: 'isolate',
      trainingSessionId: trainingA.id,
      attendeeId: trainingA.attendees[0]?.id ?? '',
      drillId: drillA.id,
      bcpExerciseId: exerciseA.id,
      bcpActionId: bcpActionA.id,
      submissionId: submissionA.id,
      grantId: grantA.id,
      inspectionId: inspectionA.id,
    },
    B: {
      orgId: orgB.id,
      userId: userB2.id,
      evidenceId: fileB.id,
      assessmentId: asmB.id,
      itemId: '2-1',
      contactId: contactB.id,
      deviceId: deviceB.id,
      connectionId: pointB.id,
      findingId: `${pointB.id}:rule:source`,
      invitationId: invB.id,
      vendorId: vendorB.id,
      systemId: systemB.id,
      disclosureId: discB.id,
      vendorInvitationId: vinvB.id,
      accountSystemId: accSysB.id,
      accountReviewId: reviewB.id,
      accountId: accountB.id,
      logSourceId: logB.id,
      logonImportId: logonsB.id,
      backupPlanId: planB.id,
      incidentId: incidentB.id,
      step: 'isolate',
      trainingSessionId: trainingB.id,
      attendeeId: trainingB.attendees[0]?.id ?? '',
      drillId: drillB.id,
      bcpExerciseId: exerciseB.id,
      bcpActionId: bcpActionB.id,
      submissionId: submissionB.id,
      grantId: grantB.id,
      inspectionId: inspectionB.id,
    },
  };
  alice = new TestClient(testApp(deps));
  await alice.signIn('alice', userA.password);
  const userH = await seedUser(deps, { loginId: 'hana', org: { id: healthCenterId, role: 'editor' } });
  hana = new TestClient(testApp(deps));
  await hana.signIn('hana', userH.password);
});

/** Routes only an office (保健所, 都道府県) answers for its own organisation: an institution's is 404. */
const OVERSIGHT_ONLY = ['GET /api/orgs/:orgId/jurisdiction', 'GET /api/orgs/:orgId/jurisdiction/export'];
afterAll(() => deps.close());

function idRoutes() {
  const app = testApp(deps);
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.path.startsWith('/api/') && r.path.includes('/:') && r.method !== 'ALL')
    .filter((r) => [...r.path.matchAll(/:(\w+)/g)].some(([, name]) => !SHARED_PARAMS.includes(name ?? '')))
    .filter((r) => {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const fill = (path: string, values: Record<string, string>) => path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? `:${name}`);

const bodyFor = (method: string) =>
  method === 'GET' || method === 'DELETE'
    ? undefined
    : {
        role: 'viewer',
        loginId: 'alice2',
        name: '乗っ取り',
        displayName: 'x',
        resetMfa: true,
        // valid for the contacts, connections and devices routes too, so that the request reaches the
        // authorisation (a body the contract refuses is answered 400 first, whatever the organisation)
        side: 'internal',
        category: '乗っ取り',
        confirmedOn: '2025-04-01',
        ids: ['00000000-0000-4000-8000-000000000000'],
        changes: { location: '乗っ取り' },
        version: 1,
        // and for the assessments routes (start, answer, scope, attach)
        fiscalYear: 2025,
        form: 'institution',
        firstAnswer: null,
        firstDate: null,
        targetDate: null,
        secondAnswer: null,
        secondDate: null,
        outOfScope: false,
        evidenceId: '00000000-0000-4000-8000-000000000000',
        // and for a finding's decision
        decision: 'confirmed',
        // and for the vendor settings
        formsPer: 'system',
        // and for starting a vendor's form from another
        sourceId: '00000000-0000-4000-8000-000000000000',
      };

/** The maintenance confirmation refuses unknown fields (.strict()): a valid body of its own. */
const confirmationBody = {
  vendorName: '乗っ取り',
  remoteFound: true,
  confirmedBy: 'x',
  vendorContact: 'x',
  confirmedOn: '2025-04-01',
  documentedAs: 'メール',
  version: 0,
};
const requestBody = (method: string, path: string) =>
  method !== 'GET' && method !== 'DELETE' && path.endsWith('/maintenance-confirmations') ? confirmationBody : bodyFor(method);

describe('organisation isolation', () => {
  it('knows every route parameter', () => {
    const routes = idRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const r of routes) {
      for (const [, name] of r.path.matchAll(/:(\w+)/g)) expect(KNOWN_PARAMS, `${r.method} ${r.path}`).toContain(name);
    }
  });

  it("answers 404 for every route with another organisation's ids, and changes nothing", async () => {
    const before = await snapshot();
    expect(idRoutes().map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /api/orgs/:orgId/maintenance-confirmations', 'PUT /api/orgs/:orgId/maintenance-confirmations']),
    );
    const failures: string[] = [];
    for (const r of idRoutes()) {
      const path = fill(r.path, ids.B);
      const res = await alice.request(r.method, path, requestBody(r.method, r.path));
      if (res.status !== 404) failures.push(`${r.method} ${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('the same routes with her own organisation do not answer 404 (the test above can fail)', async () => {
    const failures: string[] = [];
    // (the portal's routes are a vendor person's: below)
    for (const r of idRoutes().filter((x) => x.method === 'GET' && !x.path.startsWith('/api/vendor-portal/'))) {
      const office = OVERSIGHT_ONLY.includes(`${r.method} ${r.path}`);
      const res = office
        ? await hana.request(r.method, fill(r.path, { orgId: healthCenterId }))
        : await alice.request(r.method, fill(r.path, ids.A));
      if (res.status === 404) failures.push(`${r.method} ${r.path}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers a 保健所's inspector 404 on every route with the ids of an institution in its jurisdiction, and changes nothing", async () => {
    expect((await hana.get(`/api/orgs/${healthCenterId}/jurisdiction`)).body.institutions).toMatchObject([{ slug: 'clinic-a' }]);
    const before = await snapshot();
    const failures: string[] = [];
    for (const r of idRoutes().filter((x) => !x.path.startsWith('/api/vendor-portal/'))) {
      const path = fill(r.path, ids.A);
      const res = await hana.request(r.method, path, requestBody(r.method, r.path));
      if (res.status !== 404) failures.push(`${r.method} ${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('lets the inspector read institution A while A grants it, and nothing else: every change, and B, stay 404', async () => {
    const inForce = await insertGrant(deps.db, {
      organizationId: ids.A.orgId as string,
      officeOrgId: healthCenterId,
      startsAt: deps.clock.now(),
      endsAt: new Date(deps.clock.now().getTime() + 3_600_000),
      grantedByName: 'test',
    });
    try {
      const counted = async () => (await snapshot()) as { audit: number };
      const before = await counted();
      const failures: string[] = [];
      let reads = 0;
      const routes = idRoutes().filter((x) => !x.path.startsWith('/api/vendor-portal/'));
      for (const r of routes) {
        const res = await hana.request(r.method, fill(r.path, ids.B), requestBody(r.method, r.path));
        if (res.status !== 404) failures.push(`B: ${r.method} ${r.path} → ${res.status}`);
        if (r.method !== 'GET') {
          const change = await hana.request(r.method, fill(r.path, ids.A), requestBody(r.method, r.path));
          if (change.status !== 404) failures.push(`A: ${r.method} ${r.path} → ${change.status}`);
        } else if (r.path.startsWith('/api/orgs/:orgId')) reads++;
      }
      expect(failures).toEqual([]);
      expect({ ...(await counted()), audit: 0 }).toEqual({ ...before, audit: 0 });
      // the records are open to her now (the test above can fail), and the read is in A's trail
      for (const path of ['/devices', '/connections', '/assessments'])
        expect((await hana.get(`/api/orgs/${ids.A.orgId}${path}`)).status, path).toBe(200);
      expect((await counted()).audit).toBe(before.audit + 3);
      expect(reads).toBeGreaterThan(40);
    } finally {
      await revokeGrant(deps.db, ids.A.orgId as string, inForce.id, deps.clock.now(), 'test');
    }
    expect((await hana.get(`/api/orgs/${ids.A.orgId}/devices`)).status).toBe(404);
  });

  it("answers 404 for another organisation's invitation under her own organisation, and changes nothing", async () => {
    const before = await snapshot();
    const routes = idRoutes().filter((r) => r.path.includes(':invitationId'));
    expect(routes.length).toBeGreaterThanOrEqual(3);
    const failures: string[] = [];
    for (const r of routes) {
      const path = fill(r.path, { ...ids.A, invitationId: ids.B.invitationId as string });
      const res = await alice.request(r.method, path, bodyFor(r.method));
      if (res.status !== 404) failures.push(`${r.method} ${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect((await alice.get('/api/orgs/invitations')).body.invitations).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a person at a vendor 404 on every route outside the portal and their own account, with the inviting organisation’s ids too, and changes nothing', async () => {
    await vendorPerson.refresh();
    const before = await snapshot();
    // the portal, one's own account, and what answers anyone (health, set-up, the print assets)
    const open = ['/api/vendor-portal/', '/api/auth/', '/api/health', '/api/setup', '/api/local/', '/api/print/'];
    const seen = new Set<string>();
    const routes = testApp(deps)
      .routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !open.some((p) => r.path.startsWith(p)))
      .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const r of routes) {
      const path = fill(r.path, { ...ids.A, versionId: 'r7', alias: 'x' });
      const res = await vendorPerson.request(r.method, path, requestBody(r.method, r.path));
      if (res.status !== 404) failures.push(`${r.method} ${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
    // what is theirs still answers
    expect((await vendorPerson.get('/api/vendor-portal/invitations')).body.invitations).toHaveLength(1);
  });

  it('answers a person at a vendor 404 in the portal for another invitation and another form, and changes nothing', async () => {
    await vendorPerson.refresh();
    const before = await snapshot();
    const routes = idRoutes().filter((r) => r.path.startsWith('/api/vendor-portal/'));
    expect(routes.length).toBeGreaterThanOrEqual(4);
    const failures: string[] = [];
    for (const [name, values] of [
      ["another organisation's", ids.B],
      ['the inviting organisation’s own (not an invitation form)', ids.A],
    ] as const) {
      for (const r of routes) {
        const path = fill(r.path, values);
        const res = await vendorPerson.request(r.method, path, requestBody(r.method, r.path));
        if (res.status !== 404) failures.push(`${name}: ${r.method} ${path} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 for another organisation's system under her own vendor, and changes nothing", async () => {
    const before = await snapshot();
    const path = `/api/orgs/${ids.A.orgId}/vendors/${ids.A.vendorId}/systems/${ids.B.systemId}`;
    const res = await alice.request('PUT', path, { name: '乗っ取り', version: 1 });
    expect(res.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('lists only her own organisations and refuses the system-wide lists', async () => {
    const orgs = await alice.get('/api/orgs');
    expect(orgs.body.organizations.map((o: { slug: string }) => o.slug)).toEqual(['clinic-a']);
    expect((await alice.get('/api/users')).status).toBe(403);
    expect((await alice.get('/api/audit')).status).toBe(403);
    expect((await alice.post('/api/orgs', { slug: 'new-org', name: 'x', kind: 'clinic' })).status).toBe(403);
  });

  it('answers 404 for malformed ids instead of a database error', async () => {
    expect((await alice.get('/api/orgs/not-a-uuid')).status).toBe(404);
    expect((await alice.get(`/api/orgs/${ids.A.orgId}/evidence/1%27%20or%201=1`)).status).toBe(404);
  });
});
