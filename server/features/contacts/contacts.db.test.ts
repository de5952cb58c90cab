import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_STARTERS } from '../../../domain/contacts/chart.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
const url = () => `/api/orgs/${orgId}/contacts`;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('連絡体制図', () => {
  it('starts empty, offering the starter entries, and says it is missing', async () => {
    const res = await viewer.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      confirmedOn: null,
      internal: [],
      external: [],
      problems: [{ message: expect.stringMatching(/^連絡体制図がありません/) }],
    });
    expect(res.body.starters).toHaveLength(CONTACT_STARTERS.length);
  });

  it('adds the starter entries once, in call order, with the public numbers and their sources', async () => {
    const res = await editor.post(`${url()}/starters`, {});
    expect(res.status).toBe(200);
    expect(res.body.internal.map((e: { category: string }) => e.category)).toEqual([
      'システム運用担当者',
      '医療情報システム安全管理責任者',
      '企画管理者',
      '院長・管理者',
    ]);
    const mhlw = res.body.external.find((e: { starterKey: string }) => e.starterKey === 'external.mhlw');
    expect(mhlw).toMatchObject({ phone: '03-6812-7837', starter: { inferred: false, source: expect.stringContaining('2023') } });
    expect(res.body.external.find((e: { starterKey: string }) => e.starterKey === 'external.police').starter.inferred).toBe(true);
    expect(res.body.starters).toEqual([]);
    const again = await editor.post(`${url()}/starters`, {});
    expect(again.body.internal).toHaveLength(4);
    // entries without a number are named — as Mamori's advice: 3(1) asks only that the chart exists
    expect(again.body.problems).toEqual([]);
    expect(again.body.advice.map((p: { message: string }) => p.message)).toContain(
      '「システム運用担当者」の電話番号がありません。いざという時に連絡できるよう記入してください。',
    );
  });

  it('normalises full-width input and refuses a phone number or address it cannot use, naming the field', async () => {
    const ok = await editor.post(url(), {
      side: 'external',
      category: '事業者',
      organizationName: 'ＡＢＣメディカル',
      phone: '０１２０－１１１－２２２',
      hours: '24時間',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.external.at(-1)).toMatchObject({ organizationName: 'ABCメディカル', phone: '0120-111-222' });
    const bad = await editor.post(url(), { side: 'external', category: '事業者', phone: 'でんわ', url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['phone', 'url']);
    expect(bad.body.error.message).toContain('電話番号');
    const noCategory = await editor.post(url(), { side: 'internal', category: '  ' });
    expect(noCategory.status).toBe(400);
    expect((await editor.get(url())).body.external).toHaveLength(ok.body.external.length);
  });

  it('changes, reorders and removes entries; a stale order is refused', async () => {
    const chart = (await editor.get(url())).body;
    const [first, second, ...rest] = chart.internal;
    const changed = await editor.request('PUT', `${url()}/${second.id}`, { ...second, personName: '山田 太郎', phone: '内線 201' });
    expect(changed.status).toBe(200);
    expect(changed.body.internal[1]).toMatchObject({ personName: '山田 太郎', phone: '内線 201' });
    const ids = [second.id, first.id, ...rest.map((e: { id: string }) => e.id)];
    const reordered = await editor.post(`${url()}/reorder`, { side: 'internal', ids });
    expect(reordered.body.internal.map((e: { id: string }) => e.id)).toEqual(ids);
    const stale = await editor.post(`${url()}/reorder`, { side: 'internal', ids: ids.slice(1) });
    expect(stale.status).toBe(409);
    const removed = await editor.delete(`${url()}/${first.id}`);
    expect(removed.body.internal.map((e: { id: string }) => e.id)).not.toContain(first.id);
    expect((await editor.delete(`${url()}/${first.id}`)).status).toBe(404);
  });

  it('records the confirmation date in 和暦 or 西暦, never in the future', async () => {
    const future = await editor.post(`${url()}/confirm`, { confirmedOn: '2026-11-23' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'confirmedOn', message: '未来の日付は指定できません' });
    const impossible = await editor.post(`${url()}/confirm`, { confirmedOn: '令和7年2月30日' });
    expect(impossible.status).toBe(400);
    const ok = await editor.post(`${url()}/confirm`, { confirmedOn: '令和8年11月1日' });
    expect(ok.body).toMatchObject({ confirmedOn: '2026-11-01', confirmedBy: expect.any(String) });
    expect(ok.body.advice.map((p: { message: string }) => p.message).join('\n')).not.toMatch(/最終確認日がありません/);
  });

  it('records a chart kept on paper with its last confirmation and a scan; that meets 3(1) without entries', async () => {
    const other = (await seedOrg(deps)).id;
    const paperEditor = await memberClient(deps, other, 'editor');
    const paperUrl = `/api/orgs/${other}/contacts`;
    expect((await paperEditor.get(paperUrl)).body.problems).toHaveLength(1);
    const future = await paperEditor.request('PUT', `${paperUrl}/paper`, { confirmedOn: '令和99年1月1日' });
    expect(future.status).toBe(400);
    const foreignFile = await paperEditor.request('PUT', `${paperUrl}/paper`, {
      confirmedOn: '2026-10-01',
      evidenceId: crypto.randomUUID(),
    });
    expect(foreignFile.body.error.fields[0].field).toBe('evidenceId');
    const ok = await paperEditor.request('PUT', `${paperUrl}/paper`, { confirmedOn: '令和8年10月1日' });
    expect(ok.body).toMatchObject({ paper: { confirmedOn: '2026-10-01', evidence: null }, problems: [], advice: [] });
    expect((await viewer.request('PUT', `${paperUrl}/paper`, { confirmedOn: null })).status).toBe(404);
    const cleared = await paperEditor.request('PUT', `${paperUrl}/paper`, { confirmedOn: null });
    expect(cleared.body.paper).toBeNull();
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'contact.paper_recorded');
    expect(events).toHaveLength(2);
  });

  it('lets a viewer read but not change, and audits every change', async () => {
    const chart = (await viewer.get(url())).body;
    expect((await viewer.post(url(), { side: 'internal', category: '院長' })).status).toBe(403);
    expect((await viewer.request('PUT', `${url()}/${chart.internal[0].id}`, chart.internal[0])).status).toBe(403);
    expect((await viewer.post(`${url()}/confirm`, { confirmedOn: '2026-11-01' })).status).toBe(403);
    const actions = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action.startsWith('contact.')).map((e) => e.action);
    expect(new Set(actions)).toEqual(
      new Set([
        'contact.starters_added',
        'contact.created',
        'contact.updated',
        'contact.reordered',
        'contact.deleted',
        'contact.confirmed',
        'contact.paper_recorded',
      ]),
    );
    const updated = (await deps.db.query.auditEvents.findMany()).find((e) => e.action === 'contact.updated');
    expect(updated?.before).toMatchObject({ personName: '' });
    expect(updated?.after).toMatchObject({ personName: '山田 太郎' });
    expect((await verifyAuditTrail(deps.db)).ok).toBe(true);
  });
});
