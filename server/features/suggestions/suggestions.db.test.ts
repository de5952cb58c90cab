// Suggested answers through the API: the maintenance VPN without source restriction makes 2(8)
// いいえ with the reason; the suggestion at the time of answering stays with the answer; the ledger
// review date and the patch age; a support end known only from the end-of-life data; `mamori suggest`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../lib/actor.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { SAMPLES } from '../../test/samples.ts';
import { seedOrg } from '../../test/seed.ts';
import { operations } from '../local/operations.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let sheet: string;
let vpn: { id: string; version: number; name: string };
/** a first answer いいえ with its date and target date, on an item not answered before */
const ANSWERED_NO = {
  firstAnswer: 'no',
  firstDate: '2024-06-01',
  targetDate: '2025-03-01',
  secondAnswer: null,
  secondDate: null,
  note: '',
  version: 0,
};

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'suggest-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  const nw = await editor.post(`/api/orgs/${orgId}/devices`, {
    assetNo: 'NW-1',
    maker: 'Fortinet',
    os: 'FortiOS 6.0.4',
    hostname: 'FGT60E',
    location: 'サーバ室',
    ipAddress: '192.168.1.1',
    userName: '事務長',
    vendorName: 'ABC',
    lastPatch: '2026-01-10',
  });
  vpn = (
    await editor.post(`/api/orgs/${orgId}/connections`, {
      name: '保守用VPN',
      kind: 'vpn',
      deviceId: nw.body.id,
      sourceRestriction: 'none',
      mfa: false,
    })
  ).body;
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('suggested answers', () => {
  it('says 2(8) いいえ because the maintenance VPN has no source restriction, with the row', async () => {
    const res = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.items['2-8.network']).toMatchObject({
      topic: 'source',
      answer: 'no',
      reasons: ['接続元制限のない外部接続点があります: 保守用VPN'],
      rows: [{ type: 'connection', id: vpn.id, label: '保守用VPN' }],
      cannotTell: expect.arrayContaining([expect.stringContaining('無線LAN を使っているか')]),
    });
    // patches of network devices: 2026-01-10 is more than 90 days before today (2026-11-22)
    expect(res.body.items['2-7.network']).toMatchObject({
      answer: 'no',
      reasons: [expect.stringContaining('90 日を超えて'), expect.stringContaining('サポート中か分からない機器が 1 台')],
    });
    expect(res.body.items['2-1']).toMatchObject({
      answer: 'unknown',
      reasons: ['機器台帳を点検した記録がないため、台帳が今の機器と合っているか分かりません (「台帳を点検した」で記録できます)。'],
    });
    // アクセスログ and アクセス権限 wait for the 利用者台帳 and its ログリスト
    expect(res.body.items['2-6.server']).toMatchObject({
      topic: 'logs',
      answer: 'unknown',
      reasons: [expect.stringContaining('利用者台帳')],
    });
    expect(res.body.items['2-4.server']).toMatchObject({
      topic: 'access',
      answer: 'unknown',
      reasons: [expect.stringContaining('利用者台帳')],
    });
  });

  it('keeps the suggestion of the moment with the answer, even after the ledger changes', async () => {
    const saved = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${sheet}/answers/2-8.network`, ANSWERED_NO);
    expect(saved.body.answer.suggestion).toMatchObject({ answer: 'no', reasons: ['接続元制限のない外部接続点があります: 保守用VPN'] });
    await editor.request('PUT', `/api/orgs/${orgId}/connections/${vpn.id}`, {
      ...vpn,
      sourceRestriction: 'restricted',
      allowedSources: '203.0.113.5',
      version: vpn.version,
    });
    const now = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`);
    expect(now.body.items['2-8.network'].answer).toBe('yes');
    const answer = (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}`)).body.items.find(
      (i: { id: string }) => i.id === '2-8.network',
    ).answer;
    expect(answer.suggestion.answer).toBe('no');
  });

  it('records the ledger review and the patch age an organisation allows, refused to a viewer and for a future day', async () => {
    expect((await viewer.request('PUT', `/api/orgs/${orgId}/ledger-settings`, { patchMaxDays: 400 })).status).toBe(403);
    const future = await editor.request('PUT', `/api/orgs/${orgId}/ledger-settings`, { devicesReviewedOn: '令和9年1月1日' });
    expect(future.body.error.fields).toEqual([{ field: 'devicesReviewedOn', message: '未来の日付です' }]);
    const set = await editor.request('PUT', `/api/orgs/${orgId}/ledger-settings`, {
      devicesReviewedOn: '令和8年11月20日',
      patchMaxDays: 365,
    });
    expect(set.body).toMatchObject({ devicesReviewedOn: '2026-11-20', patchMaxDays: 365 });
    const res = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`);
    // FortiOS 6.0.4 has no 保守期限 in the ledger and no end-of-life data is loaded: its support is unknown
    expect(res.body.items['2-7.network']).toMatchObject({
      answer: 'unknown',
      reasons: [expect.stringContaining('サポート中か分からない機器が 1 台あります: NW-1 FGT60E')],
    });
    expect(res.body.items['2-1'].answer).toBe('yes');
  });

  it('reads the end of support from the loaded end-of-life data when the ledger leaves it blank', async () => {
    const bytes = fs.readFileSync(path.join(SAMPLES, 'endoflife', 'products', 'fortios.md'));
    await operations['feeds.load']?.(deps, systemActor(), { eol: [{ name: 'fortios.md', base64: bytes.toString('base64') }] });
    const res = await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`);
    // FortiOS 6.0 ended on 2022-09-29: known now, and past
    expect(res.body.items['2-7.network']).toMatchObject({
      answer: 'no',
      reasons: [expect.stringContaining('サポートが終了した版 (endoflife.date) の機器: NW-1 FGT60E')],
    });
    expect(res.body.items['2-7.network'].reasons.join()).not.toContain('サポート中か分からない');
    // answering the patch item keeps that reason: the data are read for its suggestion (only for it)
    const saved = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${sheet}/answers/2-7.network`, ANSWERED_NO);
    expect(saved.body.answer.suggestion).toMatchObject({
      answer: 'no',
      reasons: [expect.stringContaining('サポートが終了した版 (endoflife.date) の機器: NW-1 FGT60E')],
    });
  });

  it('answers `mamori suggest` for the year', async () => {
    const result = (await operations.suggest?.(deps, systemActor(), { org: 'suggest-clinic', fiscalYear: 2024 })) as {
      assessments: { assessment: string; items: { itemId: string; label: string; answer: string }[] }[];
    };
    expect(result.assessments[0]?.assessment).toBe('令和6年度 医療機関確認用');
    expect(result.assessments[0]?.items.find((i) => i.itemId === '2-8.network')).toMatchObject({
      label: '2(8) ネットワーク機器',
      answer: 'yes',
    });
  });
});
