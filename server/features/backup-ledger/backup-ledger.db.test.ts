// The バックアップ台帳 on both engines: a system's backup registered (bad values named: a generation
// count of −1, an unknown 頻度, another organisation's evidence file), changed only at the version read
// (two editors at once: one wins, the other is told), restore tests recorded (a date in the future or
// 令和7年2月30日 refused), the findings each with whose rule it is, the backup item's suggestion from
// 判断できない to いいえ to はい, the history, the export; viewers only read.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPlans, restoreTests } from '../../db/schema.ts';
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
let sheet: string;
let karteId: string;
let procedureFile: string;

const base = (path = '') => `/api/orgs/${orgId}/backup-plans${path}`;
const backupSuggestion = async () => (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items['3-2'];
const backupFindings = async () =>
  (
    (await viewer.get(`/api/orgs/${orgId}/findings`)).body.findings as {
      subject: { type: string; id: string };
      title: string;
      detail: string[];
    }[]
  ).filter((f) => f.subject.type === 'backup');

const upload = (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from('%PDF-1.7 復旧手順')], name, { type: 'application/pdf' }));
  return client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form });
};

const karte = {
  systemName: '電子カルテ',
  vendorName: 'カルテ株式会社',
  scope: ['data', 'config'],
  frequency: 'daily',
  method: 'NAS へ差分バックアップ',
  generations: 7,
  places: ['onsite'],
  isolation: 'none',
  separateNetwork: false,
  encrypted: true,
  responsible: '情報システム室',
  restoreOrder: 1,
  recoveryHours: 24,
  restoreProcedure: '',
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'backup-hospital', name: 'さくら病院' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'other-backup-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  editor2 = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('the バックアップ台帳', () => {
  it('says 判断できない for the backup item while nothing is registered', async () => {
    const s = await backupSuggestion();
    expect(s.answer).toBe('unknown');
    expect(s.reasons[0]).toContain('バックアップ台帳にシステムが登録されていない');
  });

  it('registers a system’s backup, naming each bad value and refusing a viewer', async () => {
    const bad = await editor.post(base(), { ...karte, generations: -1, frequency: '毎時', systemName: '' });
    expect(bad.status).toBe(400);
    const fields = (bad.body.error.fields as { field: string; message: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['generations', 'frequency', 'systemName']));
    expect(bad.body.error.message).toContain('保持する世代数');
    expect((await viewer.post(base(), karte)).status).toBe(403);
    const made = await editor.post(base(), karte);
    expect(made.status).toBe(201);
    karteId = made.body.id;
    expect(made.body).toMatchObject({ systemName: '電子カルテ', generations: 7, lastTest: null, nextTestDue: null, version: 1 });
    expect(await deps.db.select().from(backupPlans).where(eq(backupPlans.organizationId, orgId))).toHaveLength(1);
  });

  it('names each problem with whose rule it is, as findings too', async () => {
    const plan = (await viewer.get(base(`/${karteId}`))).body.plan;
    const byKind = Object.fromEntries((plan.problems as { kind: string; source: string; severity: string }[]).map((p) => [p.kind, p]));
    expect(byKind['no-isolated']).toMatchObject({ source: 'training', severity: 'high' });
    expect(byKind['same-network']).toMatchObject({ source: 'mamori', severity: 'high' });
    expect(byKind['no-procedure']).toMatchObject({ source: 'guide' });
    expect(byKind['never-tested']).toMatchObject({ source: 'mamori' });
    const found = await backupFindings();
    expect(found.map((f) => f.title)).toEqual(
      expect.arrayContaining(['オフラインまたは改ざんできない (イミュータブル) バックアップがありません', '復旧テストの記録がありません']),
    );
    expect(found.find((f) => f.title === '復旧テストの記録がありません')?.detail[0]).toContain('(Mamori の目安)');
    // the suggestion follows what the item asks: no procedure is いいえ; the offline copy is a finding, not a reason
    const s = await backupSuggestion();
    expect(s.answer).toBe('no');
    expect(s.reasons.join()).toContain('復旧手順が記録されていないシステム');
    expect(s.reasons.join()).not.toContain('オフライン');
  });

  it('takes a procedure file of the organisation’s evidence store only', async () => {
    const foreign = (await upload(await memberClient(deps, otherOrg, 'editor'), otherOrg, 'よその手順.pdf')).json() as Promise<{
      id: string;
    }>;
    const current = (await viewer.get(base(`/${karteId}`))).body.plan;
    const refused = await editor.put(base(`/${karteId}`), { ...karte, procedureEvidenceId: (await foreign).id, version: current.version });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].field).toBe('procedureEvidenceId');
    const own = (await (await upload(editor, orgId, '電子カルテ復旧手順.pdf')).json()) as { id: string };
    procedureFile = own.id;
    const changed = await editor.put(base(`/${karteId}`), {
      ...karte,
      isolation: 'offline',
      procedureEvidenceId: own.id,
      version: current.version,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, procedureEvidence: { fileName: '電子カルテ復旧手順.pdf' } });
    const kinds = (changed.body.problems as { kind: string }[]).map((p) => p.kind);
    expect(kinds).not.toContain('no-procedure');
    expect(kinds).not.toContain('no-isolated');
    // an offline copy is not on the system's network
    expect(kinds).not.toContain('same-network');
  });

  it('lets one of two editors changing at once win; the other is told (409) and nothing of his is stored', async () => {
    const { version } = (await viewer.get(base(`/${karteId}`))).body.plan;
    const [a, b] = await Promise.all([
      editor.put(base(`/${karteId}`), { ...karte, isolation: 'offline', procedureEvidenceId: procedureFile, method: 'A の変更', version }),
      editor2.put(base(`/${karteId}`), { ...karte, isolation: 'offline', procedureEvidenceId: procedureFile, method: 'B の変更', version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.message).toContain('ほかの人が先に');
    const now = (await viewer.get(base(`/${karteId}`))).body.plan;
    expect(now.version).toBe(version + 1);
    expect(now.method).toBe(a.status === 200 ? 'A の変更' : 'B の変更');
  });

  it('records restore tests, refusing a date in the future or one that does not exist, and a viewer', async () => {
    const test = {
      testedOn: '2026-11-01',
      target: 'データベース全体',
      generation: '前日分',
      durationMinutes: 95,
      result: 'failed',
      tester: '山田',
    };
    const future = await editor.post(base(`/${karteId}/restore-tests`), { ...test, testedOn: '2026-12-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'testedOn' });
    expect(future.body.error.message).toContain('未来の日付');
    const nonsense = await editor.post(base(`/${karteId}/restore-tests`), { ...test, testedOn: '令和7年2月30日' });
    expect(nonsense.status).toBe(400);
    expect(nonsense.body.error.message).toContain('実施日');
    expect((await editor.post(base(`/${karteId}/restore-tests`), { ...test, durationMinutes: -5 })).status).toBe(400);
    expect((await viewer.post(base(`/${karteId}/restore-tests`), test)).status).toBe(403);
    expect(await deps.db.select().from(restoreTests)).toHaveLength(0);
    const failed = await editor.post(base(`/${karteId}/restore-tests`), test);
    expect(failed.status).toBe(201);
    expect(failed.body).toMatchObject({ testedOn: '2026-11-01', result: 'failed', durationMinutes: 95 });
    const found = await backupFindings();
    expect(found.map((f) => f.title)).toContain('最後の復旧テスト (2026-11-01) で復旧できませんでした');
    expect(found.map((f) => f.title)).not.toContain('復旧テストの記録がありません');
    const s = await backupSuggestion();
    expect(s.answer).toBe('no');
    expect(s.reasons.join()).toContain('最後の復旧テストで復旧できなかったシステム');
    expect(s.rows).toEqual([expect.objectContaining({ type: 'backup', id: karteId })]);
  });

  it('says はい once every system has its procedure and a working restore test', async () => {
    const ok = await editor.post(base(`/${karteId}/restore-tests`), {
      testedOn: '令和8年11月20日',
      target: 'データベース全体',
      result: '成功',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.testedOn).toBe('2026-11-20');
    const plan = (await viewer.get(base(`/${karteId}`))).body;
    expect(plan.plan).toMatchObject({ lastTest: { testedOn: '2026-11-20', result: 'success' }, nextTestDue: '2027-11-20', tests: 2 });
    expect(plan.tests.map((t: { result: string }) => t.result)).toEqual(['success', 'failed']);
    const yes = await backupSuggestion();
    expect(yes.answer).toBe('yes');
    expect(yes.reasons[0]).toContain('1 システムすべて');
  });

  it('keeps every change and test in the history, and exports the ledger with its problems', async () => {
    const { history } = (await viewer.get(base(`/${karteId}`))).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['backup_plan.created', 'backup_plan.updated', 'restore_test.recorded']),
    );
    const csv = await viewer.raw(base('/export?format=csv'));
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('システム,事業者 (復旧を担当),対象,頻度');
    expect(text).toContain('電子カルテ,カルテ株式会社,データ、設定,毎日');
    expect(text).toContain('2026-11-20,復旧できた,2027-11-20');
  });

  it('answers 404 for a plan id of another organisation', async () => {
    const other = await memberClient(deps, otherOrg, 'editor');
    const theirs = (await other.post(`/api/orgs/${otherOrg}/backup-plans`, { systemName: 'PACS' })).body.id;
    expect((await editor.get(base(`/${theirs}`))).status).toBe(404);
    expect((await editor.post(base(`/${theirs}/restore-tests`), { testedOn: '2026-11-01', target: 'x', result: 'success' })).status).toBe(
      404,
    );
  });
  it('says 判断できない once the last restore test is more than 12 months old (Mamori’s threshold, labelled so)', async () => {
    deps.clock.advance(366 * 86_400_000);
    viewer = await memberClient(deps, orgId, 'viewer');
    const stale = await backupSuggestion();
    expect(stale.answer).toBe('unknown');
    expect(stale.reasons.join()).toContain('Mamori の目安');
    expect((await backupFindings()).map((f) => f.title)).toContain('最後の復旧テスト (2026-11-20) から 12 か月を過ぎています');
  });
});
