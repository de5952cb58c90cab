// The ログリスト on both engines: a log listed for a system of the 利用者台帳 (another organisation's
// system refused), changed only at the version read, a look recorded (dates checked: 令和7年2月30日,
// the future, a period backwards), the next look due from the last; アクセスログ管理 going from
// 判断できない (never looked at) to はい, and to いいえ once the look is overdue; viewers only read.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSystems, logReviews, logSources } from '../../db/schema.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let systemId: string;
let sheet: string;
let logId: string;

const logsSuggestion = async () => (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items['2-6.server'];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'logs-hospital', name: 'かえで病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  systemId = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: '電子カルテ', source: 'list' })).body.id;
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('the ログリスト', () => {
  it('lists a log of a system, refusing a system that is not the organisation’s and a viewer', async () => {
    const other = (await seedOrg(deps, { slug: 'other-hospital' })).id;
    const [foreignSystem] = await deps.db
      .insert(accountSystems)
      .values({ organizationId: other, name: 'X', nameKey: 'x', source: 'list' })
      .returning();
    const foreign = foreignSystem?.id;
    const body = {
      name: '操作ログ',
      contents: ['logon', 'access', 'user'],
      location: 'vendor',
      retentionMonths: 60,
      timeSource: 'ntp',
      reviewer: '情報システム室',
      reviewEveryMonths: 3,
    };
    expect((await editor.post(`/api/orgs/${orgId}/log-sources`, { ...body, systemId: foreign })).status).toBe(400);
    expect((await viewer.post(`/api/orgs/${orgId}/log-sources`, { ...body, systemId })).status).toBe(403);
    expect((await editor.post(`/api/orgs/${orgId}/log-sources`, { ...body, systemId, reviewEveryMonths: 0 })).status).toBe(400);
    const made = await editor.post(`/api/orgs/${orgId}/log-sources`, { ...body, systemId });
    expect(made.status).toBe(201);
    logId = made.body.id;
    expect(made.body).toMatchObject({ systemName: '電子カルテ', lastReviewedOn: null, dueOn: '2027-02-22', overdue: false });
    const s = await logsSuggestion();
    expect(s.answer).toBe('unknown');
    expect(s.reasons.join()).toContain('まだ一度も確認の記録がないログ');
  });

  it('changes a log only at the version read', async () => {
    const [row] = await deps.db.select().from(logSources).where(eq(logSources.id, logId));
    const body = {
      systemId,
      name: '操作ログ',
      contents: ['logon', 'access', 'operation', 'user'],
      location: 'vendor',
      retentionMonths: 60,
      reviewEveryMonths: 1,
    };
    const changed = await editor.put(`/api/orgs/${orgId}/log-sources/${logId}`, { ...body, version: row?.version });
    expect(changed.status).toBe(200);
    expect(changed.body.contents).toContain('operation');
    expect((await editor.put(`/api/orgs/${orgId}/log-sources/${logId}`, { ...body, version: row?.version })).status).toBe(409);
  });

  it('records a look with its dates checked, and アクセスログ管理 says はい, then いいえ once it is overdue', async () => {
    const look = {
      reviewedOn: '2026-11-20',
      periodFrom: '令和8年10月1日',
      periodTo: '2026-10-31',
      reviewer: '情報 担当',
      found: '時間外の参照 2 件を確認、いずれも当直',
    };
    const bad = await editor.post(`/api/orgs/${orgId}/log-sources/${logId}/reviews`, { ...look, periodFrom: '令和7年2月30日' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ field: 'periodFrom', message: expect.stringContaining('存在しない日付') }]);
    expect((await editor.post(`/api/orgs/${orgId}/log-sources/${logId}/reviews`, { ...look, reviewedOn: '2027-01-01' })).status).toBe(400);
    expect((await editor.post(`/api/orgs/${orgId}/log-sources/${logId}/reviews`, { ...look, periodFrom: '2026-11-01' })).status).toBe(400);
    expect((await editor.post(`/api/orgs/${orgId}/log-sources/${logId}/reviews`, look)).status).toBe(201);
    const [log] = (await viewer.get(`/api/orgs/${orgId}/log-sources`)).body.logs;
    expect(log).toMatchObject({
      lastReviewedOn: '2026-11-20',
      dueOn: '2026-12-20',
      overdue: false,
      reviews: [{ periodFrom: '2026-10-01', found: look.found }],
    });
    expect((await logsSuggestion()).answer).toBe('yes');
    // a month later than the clock's today the look is due: move the look back instead of the clock
    await deps.db.update(logReviews).set({ reviewedOn: '2026-09-01' }).where(eq(logReviews.logSourceId, logId));
    const late = await logsSuggestion();
    expect(late.answer).toBe('no');
    expect(late.reasons.join()).toContain('確認の予定日を過ぎたログ');
    expect((await viewer.get(`/api/orgs/${orgId}/log-sources`)).body.logs[0].overdue).toBe(true);
  });
});
