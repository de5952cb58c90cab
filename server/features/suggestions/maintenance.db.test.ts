// The confirmations with maintenance vendors (2(2)) through the API: the vendors the ledgers name
// (folded like the 事業者確認用 rules), recorded per vendor with who, whom, when and how documented,
// audited, refused to a viewer, for a future day, without a field, or over a newer record; and the
// 2(2) suggestion that says はい only once every vendor has one.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let sheet: string;

const confirm = (vendorName: string, over: Record<string, unknown> = {}) => ({
  vendorName,
  remoteFound: true,
  confirmedBy: '事務長 山田',
  vendorContact: '保守課 佐藤',
  confirmedOn: '令和8年10月1日',
  documentedAs: '作業報告書',
  note: '2026-10 の定期点検の報告書に記載',
  version: 0,
  ...over,
});
const remote = async () => (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items['2-2'];

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'maintenance-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  await editor.post(`/api/orgs/${orgId}/devices`, {
    assetNo: 'SV-1',
    hostname: 'EMR',
    vendorName: 'ABCメディカル株式会社',
    remoteMaintenance: 'はい',
  });
  await editor.post(`/api/orgs/${orgId}/devices`, { assetNo: 'PC-1', hostname: 'PC1', vendorName: 'ＡＢＣメディカル' });
  await editor.post(`/api/orgs/${orgId}/connections`, { name: '回線', kind: 'internet', vendorName: 'XYZ通信' });
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2026, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('maintenance confirmations', () => {
  it('lists the vendors of the 機器台帳 and the 外部接続点, one per company however written', async () => {
    const res = await viewer.get(`/api/orgs/${orgId}/maintenance-confirmations`);
    expect(res.status).toBe(200);
    expect(
      res.body.vendors.map((v: { name: string; devices: unknown[]; points: unknown[]; remoteSeen: number }) => [
        v.name,
        v.devices.length,
        v.points.length,
        v.remoteSeen,
      ]),
    ).toEqual([
      ['ABCメディカル', 2, 0, 1],
      ['XYZ通信', 0, 1, 0],
    ]);
    expect(res.body.vendors[0].confirmation).toBeNull();
  });

  it('says 2(2) いいえ with the ledger column filled but nobody asked, naming the vendors', async () => {
    expect(await remote()).toMatchObject({
      answer: 'no',
      reasons: ['リモートメンテナンスの有無を確認した記録がない保守事業者があります: ABCメディカル、XYZ通信'],
    });
  });

  it('refuses a viewer, a missing field, a future day and a stale version, in Japanese, changing nothing', async () => {
    expect((await viewer.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, confirm('XYZ通信'))).status).toBe(403);
    const missing = await editor.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, confirm('XYZ通信', { vendorContact: ' ' }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ field: 'vendorContact', message: '事業者の担当者: 事業者の担当者を入力してください' }]);
    const noAnswer = await editor.request(
      'PUT',
      `/api/orgs/${orgId}/maintenance-confirmations`,
      confirm('XYZ通信', { remoteFound: undefined }),
    );
    expect(noAnswer.body.error.fields[0]).toMatchObject({ field: 'remoteFound', message: expect.stringMatching(/^事業者の回答: /) });
    const future = await editor.request(
      'PUT',
      `/api/orgs/${orgId}/maintenance-confirmations`,
      confirm('XYZ通信', { confirmedOn: '令和9年1月1日' }),
    );
    expect(future.body.error.fields).toEqual([{ field: 'confirmedOn', message: '確認した日: 未来の日付は入れられません' }]);
    const stale = await editor.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, confirm('XYZ通信', { version: 3 }));
    expect(stale.status).toBe(409);
    expect(
      (await viewer.get(`/api/orgs/${orgId}/maintenance-confirmations`)).body.vendors.every(
        (v: { confirmation: unknown }) => !v.confirmation,
      ),
    ).toBe(true);
  });

  it('records a confirmation per vendor (audited), and 2(2) becomes はい once every vendor has one', async () => {
    const saved = await editor.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, confirm('ＡＢＣメディカル(株)'));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ vendorKey: 'abcメディカル', confirmedOn: '2026-10-01', version: 1 });
    expect((await remote()).reasons).toEqual(['リモートメンテナンスの有無を確認した記録がない保守事業者があります: XYZ通信']);
    await editor.request(
      'PUT',
      `/api/orgs/${orgId}/maintenance-confirmations`,
      confirm('XYZ通信', { remoteFound: false, documentedAs: 'メール' }),
    );
    expect(await remote()).toMatchObject({ answer: 'yes', reasons: [expect.stringContaining('XYZ通信 (2026-10-01、メール)')] });
    const edited = await editor.request(
      'PUT',
      `/api/orgs/${orgId}/maintenance-confirmations`,
      confirm('ABCメディカル株式会社', { remoteFound: false, version: 1 }),
    );
    expect(edited.body.version).toBe(2);
    // the vendor now says no device is maintained remotely, but SV-1 is marked リモートメンテナンス あり
    expect(await remote()).toMatchObject({ answer: 'unknown', reasons: [expect.stringContaining('SV-1 EMR')] });
    const audit = (await deps.db.execute(
      sql`select target_id, before is null as first from audit_events where action = 'maintenance.confirmation_saved' order by seq`,
    )) as unknown as { rows: { target_id: string; first: boolean }[] };
    expect(audit.rows).toEqual([
      { target_id: 'abcメディカル', first: true },
      { target_id: 'xyz通信', first: true },
      { target_id: 'abcメディカル', first: false },
    ]);
  });

  it('keeps the record of a vendor the ledgers no longer name, apart', async () => {
    await editor.request('PUT', `/api/orgs/${orgId}/maintenance-confirmations`, confirm('旧保守会社'));
    const res = await viewer.get(`/api/orgs/${orgId}/maintenance-confirmations`);
    expect(res.body.others.map((c: { vendorName: string }) => c.vendorName)).toEqual(['旧保守会社']);
    expect(res.body.vendors).toHaveLength(2);
  });
});
