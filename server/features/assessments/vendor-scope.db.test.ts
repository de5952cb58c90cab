// 事業者確認用 across a year: items outside a vendor's contract (契約範囲外), covered by another form
// or named as a gap; one 事業者確認用 per vendor of the 連絡体制図; refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
const forms: Record<string, string> = {};
const base = { firstDate: '2023-06-01', targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 };
const answers = (id: string) => `/api/orgs/${orgId}/assessments/${id}/answers`;
const readiness = async () => (await editor.get(`/api/orgs/${orgId}/readiness?fiscalYear=2023`)).body;
const gapMessages = async () => ((await readiness()).gaps as { message: string }[]).map((g) => g.message);

async function answerAll(id: string, except: string[] = []) {
  const sheet = await editor.get(`/api/orgs/${orgId}/assessments/${id}`);
  for (const item of sheet.body.items.filter((i: { id: string; status: string }) => i.status !== 'reference' && !except.includes(i.id))) {
    const res = await editor.request('PUT', `${answers(id)}/${item.id}`, {
      ...base,
      version: item.answer?.version ?? 0,
      firstAnswer: 'yes',
    });
    expect(res.status, item.id).toBe(200);
  }
}

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'scope-clinic' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  forms.institution = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2023, form: 'institution' })).body.id;
  for (const [key, vendorName] of [
    ['a', 'Aシステム株式会社'],
    ['b', 'B電子'],
  ] as const) {
    forms[key] = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2023, form: 'vendor', vendorName })).body.id;
  }
  await editor.post(`/api/orgs/${orgId}/contacts`, { side: 'internal', category: '医療情報システム安全管理責任者', phone: '201' });
  for (const name of ['Ａシステム（株）', 'B電子', 'Cネット']) {
    await editor.post(`/api/orgs/${orgId}/contacts`, {
      side: 'external',
      category: '事業者',
      organizationName: name,
      phone: '03-1111-2222',
    });
  }
  await editor.post(`/api/orgs/${orgId}/contacts/confirm`, { confirmedOn: '2023-06-01' });
});
afterAll(() => deps.close());

describe('契約範囲外 items of a 事業者確認用', () => {
  it('marks an item outside the vendor contract: no answer is needed there, and the answer columns are cleared', async () => {
    await editor.request('PUT', `${answers(forms.a as string)}/2-7.network`, { ...base, firstAnswer: 'no', targetDate: '2024-03-01' });
    const res = await editor.request('PUT', `${answers(forms.a as string)}/2-7.network/scope`, { outOfScope: true, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      exempt: true,
      exemptReason: expect.stringMatching(/^契約範囲外のため/),
      answer: { outOfScope: true, firstAnswer: null, targetDate: null, version: 2 },
    });
    expect(res.body.gaps.some((g: { itemId: string }) => g.itemId === '2-7.network')).toBe(false);
    const sheet = await editor.get(`/api/orgs/${orgId}/assessments/${forms.a}`);
    expect(sheet.body.items.find((i: { id: string }) => i.id === '2-7.network')).toMatchObject({ exempt: true });
  });

  it('refuses an answer to an item outside the contract, a stale version, another form, and a viewer', async () => {
    const save = await editor.request('PUT', `${answers(forms.a as string)}/2-7.network`, { ...base, version: 2, firstAnswer: 'yes' });
    expect(save.status).toBe(400);
    expect(save.body.error.message).toMatch(/契約範囲外にしてあります/);
    const stale = await editor.request('PUT', `${answers(forms.a as string)}/2-7.network/scope`, { outOfScope: false, version: 1 });
    expect(stale.status).toBe(409);
    const institution = await editor.request('PUT', `${answers(forms.institution as string)}/2-2/scope`, { outOfScope: true, version: 0 });
    expect(institution.status).toBe(400);
    expect(institution.body.error.fields).toEqual([{ field: 'outOfScope', message: '事業者確認用ではありません' }]);
    const byViewer = await viewer.request('PUT', `${answers(forms.b as string)}/2-2/scope`, { outOfScope: true, version: 0 });
    expect(byViewer.status).toBe(403);
  });
});

describe('the year’s 事業者確認用 by the 手引き', () => {
  it('names the vendor of the chart without a form and the 契約範囲外 item no other form answers', async () => {
    await answerAll(forms.institution as string, ['2-7.network']);
    await answerAll(forms.a as string, ['2-7.network']);
    await answerAll(forms.b as string, ['2-7.network']);
    const r = await readiness();
    expect(r.vendors).toEqual([
      { name: 'Aシステム(株)', hasForm: true, inChart: true, source: 'chart', systems: [] },
      { name: 'B電子', hasForm: true, inChart: true, source: 'chart', systems: [] },
      { name: 'Cネット', hasForm: false, inChart: true, source: 'chart', systems: [] },
    ]);
    expect(await gapMessages()).toEqual([
      '令和5年度 医療機関確認用: 2(7) ネットワーク機器: 1回目の回答がありません',
      '令和5年度 事業者確認用 B電子: 2(7) ネットワーク機器: 1回目の回答がありません',
      '令和5年度 事業者確認用 Aシステム株式会社: 2(7) ネットワーク機器: 契約範囲外ですが、医療機関確認用にも他の事業者確認用にも回答がありません',
      '事業者確認用がありません: Cネット (連絡体制図の事業者)',
    ]);
    // the inspection pack's cover says the same
    const pack = String((await viewer.get(`/api/orgs/${orgId}/inspection-pack/print?fiscalYear=2023`)).body);
    expect(pack).toContain('<h2>医療情報システムを提供する事業者</h2>');
    expect(pack).toContain('<li>Cネット: 事業者確認用なし</li>');
  });

  it('accepts the item once another vendor answers it, and is ready when every vendor has its form', async () => {
    await editor.request('PUT', `${answers(forms.b as string)}/2-7.network`, { ...base, firstAnswer: 'yes' });
    await editor.request('PUT', `${answers(forms.institution as string)}/2-7.network`, { ...base, firstAnswer: 'yes' });
    expect(await gapMessages()).toEqual(['事業者確認用がありません: Cネット (連絡体制図の事業者)']);
    const c = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2023, form: 'vendor', vendorName: 'Cネット' })).body.id;
    await answerAll(c);
    expect(await readiness()).toMatchObject({ ready: true, gaps: [] });
  });

  it('needs no 事業者確認用 when the institution has no vendor contract', async () => {
    const d = await editor.post(`/api/orgs/${orgId}/contacts`, {
      side: 'external',
      category: '事業者',
      organizationName: 'Dサービス',
      phone: '03-3333-4444',
    });
    expect(d.status).toBe(201);
    expect(await gapMessages()).toEqual(['事業者確認用がありません: Dサービス (連絡体制図の事業者)']);
    const patched = await editor.request('PATCH', `/api/orgs/${orgId}/assessments/${forms.institution}`, { hasVendorContract: false });
    expect(patched.status).toBe(200);
    expect(await readiness()).toMatchObject({ ready: true, gaps: [] });
  });

  it('asks for the 令和7年度 事業者確認用 too: it starts on 令和6年度版’s text, marked 推定, and says so', async () => {
    const institution = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' });
    await editor.request('PATCH', `/api/orgs/${orgId}/assessments/${institution.body.id}`, { hasVendorContract: true });
    const before = (await editor.get(`/api/orgs/${orgId}/readiness?fiscalYear=2025`)).body;
    expect(before.gaps.map((g: { message: string }) => g.message)).toContain('事業者確認用がありません: Cネット (連絡体制図の事業者)');
    const c = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'vendor', vendorName: 'Cネット' });
    expect(c.body).toMatchObject({ versionId: 'R6', textSource: '令和6年度版 事業者確認用', provisional: true });
    const after = (await editor.get(`/api/orgs/${orgId}/readiness?fiscalYear=2025`)).body;
    expect(after.gaps.map((g: { message: string }) => g.message)).not.toContain('事業者確認用がありません: Cネット (連絡体制図の事業者)');
    expect(after.notices.join('\n')).toMatch(
      /令和7年度 事業者確認用 Cネット: 令和7年度版の事業者確認用は項目を原文で確認できていないため、令和6年度版の事業者確認用の項目で回答します/,
    );
  });
});
