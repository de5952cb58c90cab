import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../lib/actor.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { operations } from '../local/operations.ts';

let deps: TestDeps;
let client: TestClient;
let orgId: string;
const check = (year: number) =>
  operations.check?.(deps, systemActor(), { org: 'ready-clinic', fiscalYear: year }) as Promise<{
    ready: boolean;
    gaps: { message: string }[];
    advice: { message: string }[];
  }>;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'ready-clinic' })).id;
  const u = await seedUser(deps, { org: { id: orgId, role: 'editor' } });
  client = new TestClient(testApp(deps));
  await client.signIn(u.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('readiness for the 立入検査 (mamori check)', () => {
  it('is not ready without the institution form, and names it', async () => {
    const result = await check(2023);
    expect(result.ready).toBe(false);
    expect(result.gaps.map((g) => g.message)).toEqual([
      '令和5年度の医療機関確認用 (または薬局確認用) がまだありません',
      expect.stringMatching(/^3\(1\) 連絡体制図がありません/),
    ]);
  });

  it('becomes ready once every required item has a dated first answer and every いいえ a target date', async () => {
    const started = await client.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2023, form: 'institution' });
    const base = { firstDate: '2023-06-01', targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };
    for (const item of started.body.items.filter((i: { status: string }) => i.status !== 'reference')) {
      const no = item.id === '2-6.server';
      const res = await client.request('PUT', `/api/orgs/${orgId}/assessments/${started.body.id}/answers/${item.id}`, {
        ...base,
        firstAnswer: no ? 'no' : 'yes',
        targetDate: no ? '2024-03-31' : null,
      });
      expect(res.status, item.id).toBe(200);
    }
    // the answers are complete; the 連絡体制図 (3(1)) is still missing, and with it who the vendors are
    expect((await check(2023)).gaps.map((g) => g.message)).toEqual([
      expect.stringMatching(/^3\(1\) 連絡体制図がありません/),
      expect.stringMatching(/^事業者と契約しているため、契約している事業者ごとに事業者確認用が必要です/),
    ]);
    await client.post(`/api/orgs/${orgId}/contacts`, { side: 'internal', category: '医療情報システム安全管理責任者', phone: '内線 201' });
    const chart = await client.post(`/api/orgs/${orgId}/contacts`, { side: 'external', category: '事業者', organizationName: 'A社' });
    // the chart exists (3(1)); a missing number and confirmation are Mamori's advice, not gaps
    const withChart = await check(2023);
    expect(withChart.gaps.map((g) => g.message)).toEqual(['事業者確認用がありません: A社 (連絡体制図の事業者)']);
    expect(withChart.advice.map((a) => a.message)).toEqual([
      '3(1) 「事業者 A社」の電話番号がありません。いざという時に連絡できるよう記入してください。',
      '3(1) 連絡体制図の最終確認日がありません。内容を確かめたら確認日を記録してください。',
      // Mamori's advice too: the 目標日 of 2(6) has passed (the clock is in 2026) without a 2回目
      '令和5年度 医療機関確認用: 2(6) サーバ: 目標日 (2024-03-31) を過ぎましたが、2回目の確認がありません。対応できたかを確かめて 2回目を記入してください。',
    ]);
    const vendor = chart.body.external[0];
    await client.request('PUT', `/api/orgs/${orgId}/contacts/${vendor.id}`, { ...vendor, phone: '０３－１２３４－５６７８' });
    await client.post(`/api/orgs/${orgId}/contacts/confirm`, { confirmedOn: '令和5年6月1日' });
    // the chart names a contracted vendor: its 事業者確認用 is due (手引き ②)
    expect(await check(2023)).toMatchObject({
      ready: false,
      gaps: [{ message: '事業者確認用がありません: A社 (連絡体制図の事業者)' }],
      contactChart: { entries: 2, confirmedOn: '2023-06-01', ready: true },
      vendors: [{ name: 'A社', hasForm: false, inChart: true }],
    });
    // typed with full-width letters and 株式会社: still the chart's A社
    const vendorForm = await client.post(`/api/orgs/${orgId}/assessments`, {
      fiscalYear: 2023,
      form: 'vendor',
      vendorName: '株式会社 Ａ社',
    });
    for (const item of vendorForm.body.items.filter((i: { status: string }) => i.status !== 'reference')) {
      await client.request('PUT', `/api/orgs/${orgId}/assessments/${vendorForm.body.id}/answers/${item.id}`, {
        ...base,
        firstAnswer: 'yes',
      });
    }
    expect(await check(2023)).toMatchObject({ ready: true, gaps: [], vendors: [{ name: 'A社', hasForm: true, inChart: true }] });
    expect((await check(2024)).ready).toBe(false);
  });

  it('exports the year as CSV for `mamori export`, and names what is missing', async () => {
    const run = operations.export;
    const file = (await run?.(deps, systemActor(), {
      org: 'ready-clinic',
      fiscalYear: 2023,
      format: 'csv',
      form: 'institution',
      encoding: 'utf8',
    })) as {
      fileName: string;
      base64: string;
    };
    expect(file.fileName).toBe('令和5年度_医療機関確認用_UTF-8.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toMatch(/2\(6\) サーバ,[^\r]*,いいえ,2023-06-01,2024-03-31,/);
    await expect(run?.(deps, systemActor(), { org: 'ready-clinic', fiscalYear: 2024, form: 'institution' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/令和6年度の回答/),
    });
  });
});

describe('GET /api/orgs/:orgId/readiness', () => {
  it('answers for the current fiscal year by default and for a chosen one', async () => {
    const now = await client.get(`/api/orgs/${orgId}/readiness`);
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ fiscalYear: 2026, fiscalYearLabel: '令和8年度', ready: false });
    const y2023 = await client.get(`/api/orgs/${orgId}/readiness?fiscalYear=2023`);
    expect(y2023.body).toMatchObject({ ready: true, contactChart: { ready: true } });
    expect((await client.get(`/api/orgs/${orgId}/readiness?fiscalYear=abc`)).status).toBe(400);
  });
});

describe('the vendors that need a 事業者確認用, read from the 事業者台帳', () => {
  const vendorGaps = async () =>
    (await client.get(`/api/orgs/${orgId}/readiness?fiscalYear=2023`)).body as {
      ready: boolean;
      gaps: { message: string }[];
      vendors: { name: string; source: string; hasForm: boolean; inChart: boolean; systems: { name: string; hasForm: boolean }[] }[];
      notices: string[];
    };

  it('asks for each vendor with a system in use, one record with its 連絡体制図 entry, and per system when chosen', async () => {
    const chart = (await client.get(`/api/orgs/${orgId}/contacts`)).body;
    const aEntry = chart.external.find((e: { organizationName: string }) => e.organizationName === 'A社').id;
    const a = (await client.post(`/api/orgs/${orgId}/vendors`, { name: '株式会社エー', contactEntryId: aEntry })).body;
    await client.post(`/api/orgs/${orgId}/vendors/${a.id}/systems`, { name: '電子カルテ', kind: 'emr' });
    await client.post(`/api/orgs/${orgId}/vendors/${a.id}/systems`, { name: 'PACS', kind: 'pacs' });
    const b = (await client.post(`/api/orgs/${orgId}/vendors`, { name: 'ネットB' })).body;
    const lan = (await client.post(`/api/orgs/${orgId}/vendors/${b.id}/systems`, { name: '院内LAN', kind: 'network' })).body;
    // a vendor without a system in use needs no form
    await client.post(`/api/orgs/${orgId}/vendors`, { name: '清掃C' });

    // the ledger's エー is the chart's A社 (its entry), whose form names A社: one vendor, with its form
    let r = await vendorGaps();
    expect(r.vendors.map((v) => [v.name, v.source, v.hasForm, v.inChart])).toEqual([
      ['株式会社エー', 'ledger', true, true],
      ['ネットB', 'ledger', false, false],
    ]);
    expect(r.gaps.map((g) => g.message)).toEqual(['事業者確認用がありません: ネットB (事業者台帳の事業者)']);
    expect(r.notices).toContainEqual(expect.stringContaining('事業者台帳の事業者「ネットB」が連絡体制図に載っていません'));
    // named as the chart names it, the same
    await client.request('PUT', `/api/orgs/${orgId}/vendors/${a.id}`, {
      name: 'A社',
      contactEntryId: aEntry,
      note: '',
      status: 'active',
      version: a.version,
    });
    r = await vendorGaps();
    expect(r.gaps.map((g) => g.message)).toEqual(['事業者確認用がありません: ネットB (事業者台帳の事業者)']);

    // one per vendor and system: the form of A社 names no system, so both are missing
    expect((await client.request('PUT', `/api/orgs/${orgId}/vendor-settings`, { formsPer: 'system' })).status).toBe(200);
    r = await vendorGaps();
    expect(r.vendors[0]?.systems).toEqual([
      { name: '電子カルテ', hasForm: false },
      { name: 'PACS', hasForm: false },
    ]);
    expect(r.gaps.map((g) => g.message)).toEqual([
      '事業者確認用がありません: A社 / 電子カルテ (事業者台帳のシステム)',
      '事業者確認用がありません: A社 / PACS (事業者台帳のシステム)',
      '事業者確認用がありません: ネットB / 院内LAN (事業者台帳のシステム)',
    ]);

    // the network vendor's contract ends: it no longer needs a form
    await client.request('PUT', `/api/orgs/${orgId}/vendors/${b.id}/systems/${lan.id}`, { ...lan, status: 'ended' });
    r = await vendorGaps();
    expect(r.gaps.map((g) => g.message)).not.toContainEqual(expect.stringContaining('ネットB'));
    await client.request('PUT', `/api/orgs/${orgId}/vendor-settings`, { formsPer: 'vendor' });
  });

  it('keeps the choice per organisation, audited, and lets only 担当者 and 管理者 change it', async () => {
    expect((await client.get(`/api/orgs/${orgId}/vendor-settings`)).body).toEqual({ formsPer: 'vendor' });
    const viewer = await seedUser(deps, { org: { id: orgId, role: 'viewer' } });
    const asViewer = new TestClient(testApp(deps));
    await asViewer.signIn(viewer.loginId, PASSWORD);
    expect((await asViewer.get(`/api/orgs/${orgId}/vendor-settings`)).status).toBe(200);
    expect((await asViewer.request('PUT', `/api/orgs/${orgId}/vendor-settings`, { formsPer: 'system' })).status).toBe(403);
    expect((await client.request('PUT', `/api/orgs/${orgId}/vendor-settings`, { formsPer: 'each' })).status).toBe(400);
    const audit = (await deps.db.query.auditEvents.findMany({ orderBy: (e, { asc }) => [asc(e.seq)] })).filter(
      (e) => e.action === 'vendor.settings_updated',
    );
    expect(audit.map((e) => [e.before, e.after])).toEqual([
      [{ formsPer: 'vendor' }, { formsPer: 'system' }],
      [{ formsPer: 'system' }, { formsPer: 'vendor' }],
    ]);
  });

  it('advises when a vendor’s form answers いいえ on remote maintenance the ledgers show through a 外部接続点', async () => {
    const vpn = (await client.post(`/api/orgs/${orgId}/connections`, { name: '保守用VPN', kind: 'vpn', vendorName: '株式会社 Ａ社' })).body;
    expect(vpn.id).toBeTruthy();
    const forms = (await client.get(`/api/orgs/${orgId}/assessments`)).body.assessments as {
      id: string;
      form: string;
      fiscalYear: number;
    }[];
    const vendorForm = forms.find((f) => f.form === 'vendor' && f.fiscalYear === 2023);
    const sheet = (await client.get(`/api/orgs/${orgId}/assessments/${vendorForm?.id}`)).body;
    const remote = sheet.items.find((i: { text: string | null }) => /リモートメンテナンス/.test(i.text ?? ''));
    const advice = async () =>
      ((await client.get(`/api/orgs/${orgId}/readiness?fiscalYear=2023`)).body.advice as { message: string }[]).map((a) => a.message);
    expect((await advice()).filter((m) => m.includes('リモート保守をしています'))).toEqual([]);
    const saved = await client.request('PUT', `/api/orgs/${orgId}/assessments/${vendorForm?.id}/answers/${remote.id}`, {
      firstAnswer: 'no',
      firstDate: '2023-06-01',
      targetDate: '2024-03-31',
      secondAnswer: null,
      secondDate: null,
      note: '',
      version: remote.answer.version,
    });
    expect(saved.status).toBe(200);
    expect((await advice()).filter((m) => m.includes('リモート保守をしています'))).toEqual([
      expect.stringMatching(
        /「いいえ」\(確認していない\)ですが、台帳では 株式会社 A社 が外部接続点「保守用VPN」でリモート保守をしています/,
      ),
    ]);
  });
});
