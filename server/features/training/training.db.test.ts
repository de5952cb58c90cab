// 教育・訓練の記録 on both engines: sessions recorded and changed (a date in the future or 令和7年2月30日
// refused naming the field, another organisation's evidence file or account refused, two editors at once:
// one 409), attendees added and removed, phishing drills (clicked > sent refused), a fiscal year's
// per-person completion with the 利用者台帳's staff not trained, viewers only read, another organisation
// 404, and the year's record as print view and PDF (real Chromium, checked with pdftotext).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSystems, accounts } from '../../db/schema.ts';
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
let outsider: TestClient;
let staff: Record<string, string>;
let foreignAccount: string;
let sessionId: string;

const base = (p = '', org = orgId) => `/api/orgs/${org}/training${p}`;

function pdfText(bytes: ArrayBuffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-training-'));
  try {
    fs.writeFileSync(path.join(dir, 'f.pdf'), Buffer.from(bytes));
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const upload = (client: TestClient, org: string, name: string) => {
  const form = new FormData();
  form.append('file', new File([Buffer.from('%PDF-1.7 研修資料')], name, { type: 'application/pdf' }));
  return client.raw(`/api/orgs/${org}/evidence`, { method: 'POST', body: form });
};

/** The 利用者台帳: one system with people (one also in a second system), a disabled one, a computer. */
async function seedLedger(org: string, people: { id: string; name: string; dept?: string; status?: 'disabled'; kind?: 'computer' }[]) {
  const [system] = await deps.db
    .insert(accountSystems)
    .values({ organizationId: org, name: 'Windows ドメイン', nameKey: 'windows', source: 'directory' })
    .returning();
  if (!system) throw new Error('seed failed');
  const rows = await deps.db
    .insert(accounts)
    .values(
      people.map((p) => ({
        organizationId: org,
        systemId: system.id,
        accountId: p.id,
        accountKey: p.id,
        name: p.name,
        department: p.dept ?? '',
        status: p.status ?? ('active' as const),
        kind: p.kind ?? ('person' as const),
      })),
    )
    .returning();
  return Object.fromEntries(rows.map((r) => [r.accountId, r.id]));
}

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'training-hospital', name: 'すずらん病院' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'other-training-hospital' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  editor2 = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  outsider = await memberClient(deps, otherOrg, 'editor');
  staff = await seedLedger(orgId, [
    { id: 'yamada', name: '山田 太郎', dept: '医事課' },
    { id: 'sato', name: '佐藤 花子', dept: '看護部' },
    { id: 'suzuki', name: '鈴木 一郎', dept: '薬剤部' },
    { id: 'tanaka', name: '田中 次郎', status: 'disabled' },
    { id: 'pc01', name: 'PC01', kind: 'computer' },
  ]);
  foreignAccount = (await seedLedger(otherOrg, [{ id: 'x', name: '他院 職員' }])).x as string;
});
afterAll(() => deps.close());

describe('training sessions', () => {
  it('refuses a date in the future and 令和7年2月30日, naming the field; a viewer gets 403', async () => {
    const future = await editor.post(base('/sessions'), { heldOn: '2026-12-01', topic: '研修', kind: '集合研修' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'heldOn' });
    expect(future.body.error.message).toContain('実施日: 未来の日付');
    const impossible = await editor.post(base('/sessions'), { heldOn: '令和7年2月30日', topic: '研修', kind: 'group' });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.message).toContain('実施日: 令和7年2月30日 は存在しない日付です');
    const noKind = await editor.post(base('/sessions'), { heldOn: '2026-06-01', topic: '' });
    expect((noKind.body.error.fields as { field: string }[]).map((f) => f.field)).toEqual(['topic', 'kind']);
    expect((await viewer.post(base('/sessions'), { heldOn: '2026-06-01', topic: '研修', kind: 'group' })).status).toBe(403);
  });

  it('records a session (和暦 accepted) with people of the 利用者台帳 and typed names', async () => {
    const made = await editor.post(base('/sessions'), {
      heldOn: '令和8年6月1日',
      topic: '標的型メールへの対応',
      kind: '集合研修',
      instructor: '情報システム室 高橋',
      attendees: [{ accountId: staff.yamada }, { accountId: staff.sato, department: '外来' }, { name: '委託 清掃員', department: '委託' }],
    });
    expect(made.status).toBe(201);
    sessionId = made.body.id;
    expect(made.body).toMatchObject({ heldOn: '2026-06-01', kind: 'group', version: 1, material: null });
    expect(made.body.attendees).toEqual([
      expect.objectContaining({ accountId: staff.yamada, name: '山田 太郎', department: '医事課' }),
      expect.objectContaining({ accountId: staff.sato, name: '佐藤 花子', department: '外来' }),
      expect.objectContaining({ accountId: null, name: '委託 清掃員', department: '委託' }),
    ]);
  });

  it("refuses another organisation's evidence file or account, and a disabled account", async () => {
    const foreignFile = (await (await upload(outsider, otherOrg, 'よその資料.pdf')).json()) as { id: string };
    const fileRefused = await editor.post(base('/sessions'), {
      heldOn: '2026-07-01',
      topic: '研修',
      kind: 'group',
      materialEvidenceId: foreignFile.id,
    });
    expect(fileRefused.status).toBe(400);
    expect(fileRefused.body.error.fields[0].field).toBe('materialEvidenceId');
    for (const accountId of [foreignAccount, staff.tanaka]) {
      const refused = await editor.post(base(`/sessions/${sessionId}/attendees`), { attendees: [{ accountId }] });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields[0].field).toBe('attendees');
      expect(refused.body.error.message).toContain('利用者台帳にない');
    }
    const twice = await editor.post(base(`/sessions/${sessionId}/attendees`), { attendees: [{ name: '山田太郎' }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('山田太郎 さんは既にこの研修の受講者にいます');
  });

  it('changes a session with its material; two editors at once: one wins, the other is told (409)', async () => {
    const own = (await (await upload(editor, orgId, '研修資料.pdf')).json()) as { id: string };
    const body = { heldOn: '2026-06-01', topic: '標的型メールへの対応', kind: 'group', materialEvidenceId: own.id, version: 1 };
    const [a, b] = await Promise.all([
      editor.put(base(`/sessions/${sessionId}`), { ...body, instructor: 'A' }),
      editor2.put(base(`/sessions/${sessionId}`), { ...body, instructor: 'B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body.error.message).toContain('ほかの人が先にこの研修の記録を変更しました');
    const year = (await viewer.get(base('?fiscalYear=2026'))).body;
    const s = year.sessions.find((x: { id: string }) => x.id === sessionId);
    expect(s).toMatchObject({ version: 2, material: { fileName: '研修資料.pdf' }, instructor: a.status === 200 ? 'A' : 'B' });
    expect((await viewer.put(base(`/sessions/${sessionId}`), { ...body, version: 2 })).status).toBe(403);
  });

  it('adds and removes attendees, audited', async () => {
    const added = await editor.post(base(`/sessions/${sessionId}/attendees`), { attendees: [{ name: '非常勤 医師' }] });
    expect(added.status).toBe(200);
    const extra = added.body.attendees.find((a: { name: string }) => a.name === '非常勤 医師');
    const removed = await editor.delete(base(`/sessions/${sessionId}/attendees/${extra.id}`));
    expect(removed.status).toBe(200);
    expect(removed.body.attendees.map((a: { name: string }) => a.name)).not.toContain('非常勤 医師');
    expect((await editor.delete(base(`/sessions/${sessionId}/attendees/${extra.id}`))).status).toBe(404);
    const audit = (await deps.db.execute(sql`select action from audit_events where target_id = ${sessionId} order by seq`)) as unknown as {
      rows: { action: string }[];
    };
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'training_session.created',
        'training_session.updated',
        'training_session.attendees_added',
        'training_session.attendee_removed',
      ]),
    );
  });
});

describe('phishing drills', () => {
  it('refuses clicked or reported beyond sent and negative numbers, naming the field in Japanese', async () => {
    const bad = await editor.post(base('/drills'), { heldOn: '2026-09-01', scenario: '不在通知', sent: 10, clicked: 11, reported: -1 });
    expect(bad.status).toBe(400);
    expect((bad.body.error.fields as { field: string }[]).map((f) => f.field)).toEqual(['clicked', 'reported']);
    expect(bad.body.error.message).toContain('開封・クリック数: 送信数 (10) 以下にしてください');
    expect(bad.body.error.message).toContain('報告数: 0 以上の整数にしてください');
    expect((await viewer.post(base('/drills'), { heldOn: '2026-09-01', scenario: 'x', sent: 1 })).status).toBe(403);
  });

  it('records and changes a drill at the version read', async () => {
    const made = await editor.post(base('/drills'), { heldOn: 'R8.9.1', scenario: '宅配便の不在通知', sent: 40, clicked: 6, reported: 10 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ heldOn: '2026-09-01', clickRate: 0.15, reportRate: 0.25, version: 1 });
    const changed = await editor.put(base(`/drills/${made.body.id}`), { ...made.body, clicked: 8, version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    expect((await editor.put(base(`/drills/${made.body.id}`), { ...made.body, version: 1 })).status).toBe(409);
    // an earlier fiscal year's drill is not this year's
    expect((await editor.post(base('/drills'), { heldOn: '2026-03-31', scenario: '前年度', sent: 5 })).status).toBe(201);
  });
});

describe("a fiscal year's completion", () => {
  it('lists who was trained with their sessions and the 利用者台帳 staff who were not', async () => {
    await editor.post(base('/sessions'), {
      heldOn: '2026-10-15',
      topic: 'パスワードの管理',
      kind: 'eラーニング',
      attendees: [{ name: '山田太郎' }, { name: '委託 清掃員' }],
    });
    // last fiscal year's session does not count for this one
    await editor.post(base('/sessions'), {
      heldOn: '2026-03-15',
      topic: '前年度の研修',
      kind: 'handout',
      attendees: [{ accountId: staff.suzuki }],
    });
    const year = (await viewer.get(base('?fiscalYear=2026'))).body;
    expect(year.fiscalYear).toMatchObject({ label: '令和8年度', start: '2026-04-01', end: '2027-03-31' });
    const people = year.completion.people as { name: string; sessions: { topic: string }[]; fromLedger: boolean }[];
    const yamada = people.find((p) => p.name === '山田 太郎');
    expect(yamada?.sessions.map((s) => s.topic)).toEqual(['標的型メールへの対応', 'パスワードの管理']);
    expect(yamada?.fromLedger).toBe(true);
    expect(people.find((p) => p.name === '委託 清掃員')?.fromLedger).toBe(false);
    // 鈴木 trained only last year; 田中 is disabled and PC01 a computer: neither is staff to list
    expect(year.completion.notAttended).toEqual([{ name: '鈴木 一郎', department: '薬剤部' }]);
    expect(year.completion.ledgerPeople).toBe(3);
    expect(year.completion.totals).toMatchObject({ sessions: 2, attendees: 3, drills: 1, sent: 40, clicked: 8, reported: 10 });
    expect(year.completion.totals.clickRate).toBeCloseTo(0.2);
    const last = (await viewer.get(base('?fiscalYear=2025'))).body;
    expect(last.completion.people.map((p: { name: string }) => p.name)).toEqual(['鈴木 一郎']);
    expect((await viewer.get(base('?fiscalYear=abc'))).status).toBe(400);
  });

  it('offers the 利用者台帳 people to pick by a search', async () => {
    const found = await viewer.get(base('/people?q=山田'));
    expect(found.body.people).toEqual([
      { accountId: staff.yamada, name: '山田 太郎', department: '医事課', systemName: 'Windows ドメイン' },
    ]);
    const all = (await viewer.get(base('/people'))).body.people.map((p: { name: string }) => p.name);
    expect(all.sort()).toEqual(['佐藤 花子', '山田 太郎', '鈴木 一郎'].sort());
  });

  it("answers 404 to another organisation's member, for reads and writes", async () => {
    expect((await outsider.get(base('?fiscalYear=2026'))).status).toBe(404);
    expect((await outsider.get(base('/people'))).status).toBe(404);
    expect((await outsider.post(base('/sessions'), { heldOn: '2026-06-01', topic: 'x', kind: 'group' })).status).toBe(404);
    expect((await outsider.put(base(`/sessions/${sessionId}`), { heldOn: 'bad', version: 1 })).status).toBe(404);
    expect((await outsider.get(base('/print'))).status).toBe(404);
    // and a session of this organisation under the other's path is not found either
    expect(
      (await outsider.put(base(`/sessions/${sessionId}`, otherOrg), { heldOn: '2026-06-01', topic: 'x', kind: 'group', version: 1 }))
        .status,
    ).toBe(404);
  });
});

describe('the printed record', () => {
  it('prints the year: sessions, who was trained, the 未受講 from the 利用者台帳, the drills', async () => {
    const res = await viewer.raw(base('/print?fiscalYear=2026'));
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const text of [
      '令和8年度 教育・訓練の記録',
      'すずらん病院',
      '標的型メールへの対応',
      '山田 太郎',
      '委託 清掃員',
      '鈴木 一郎',
      '宅配便の不在通知',
      '20%',
    ]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('利用者台帳に登録のない職員は含まれません');
  });

  it('makes a PDF of one or more A4 pages with the names', async () => {
    const res = await viewer.raw(base('/record.pdf?fiscalYear=2026'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = await res.arrayBuffer();
    const text = pdfText(bytes);
    expect(text).toContain('教育・訓練の記録');
    expect(text).toContain('山田 太郎');
    expect(text).toContain('鈴木 一郎');
    const pages = text.split('\f').filter((p) => p.trim()).length;
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});
