// The 棚卸し on both engines: started for a system with its people's accounts as they are and what the
// rules say of each (computers left out); one open review per system however many start at once;
// a decision needs a reason when it disables, removes or keeps a flagged account; a 担当者 cannot sign,
// nor anyone before every account is decided; the 企画管理者's sign-off disables the leaver's account
// in the ledger (its finding gone, 不要なアカウント turning to はい, アクセス権限 no longer lacking a
// review), sets the next date, and happens once when signed twice at once; a signed review is frozen.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PS51_JA } from '../../../domain/accounts/ad-fixtures.test-helpers.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let admin: TestClient;
let editor: TestClient;
let viewer: TestClient;
let systemId: string;
let sheet: string;
let sheet2024: string;
let reviewId: string;

const upload = async (client: TestClient, path: string, name: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  const res = await client.raw(path, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as any };
};
/** the suggestions for the 令和6年度 form's アクセス利用権限 items (one per kind of equipment; 令和7年度's text is not known) */
const accessSuggestions = async () => {
  const items = (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet2024}/suggestions`)).body.items;
  return [items['2-4.server'], items['2-4.pc']];
};
const reviewOf = async () => (await viewer.get(`/api/orgs/${orgId}/account-reviews/${reviewId}`)).body;
const entryId = async (accountId: string) =>
  ((await reviewOf()).entries as any[]).find((e) => e.snapshot.accountId === accountId)?.accountId as string;
const decide = (client: TestClient, accountId: string, body: object) =>
  client.put(`/api/orgs/${orgId}/account-reviews/${reviewId}/entries/${accountId}`, body);

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'review-hospital', name: 'かえで病院' })).id;
  admin = await memberClient(deps, orgId, 'admin');
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  systemId = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'Windows ドメイン', source: 'directory' })).body.id;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PS51_JA, 'utf16le')]);
  expect((await upload(editor, `/api/orgs/${orgId}/account-systems/${systemId}/import`, 'ad.csv', utf16)).body.stored).toBe(true);
  const list = iconv.encode('職員番号,氏名,退職日\r\n10234,髙橋 一郎,令和8年10月31日', 'cp932');
  expect((await upload(editor, `/api/orgs/${orgId}/leavers/import`, 'leavers.csv', list)).body.stored).toBe(true);
  sheet = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2025, form: 'institution' })).body.id;
  sheet2024 = (await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2024, form: 'institution' })).body.id;
});
afterAll(() => deps.close());

describe('the 棚卸し', () => {
  it('starts once per system however many start at once, with the accounts as they are and their flags', async () => {
    const started = await Promise.all(
      Array.from({ length: 6 }, () => editor.post(`/api/orgs/${orgId}/account-systems/${systemId}/reviews`, { reviewer: '情報 担当' })),
    );
    expect(started.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    reviewId = (started.find((r) => r.status === 201)?.body as { id: string } | undefined)?.id ?? '';
    const { review, entries } = await reviewOf();
    expect(review).toMatchObject({ status: 'open', reviewer: '情報 担当', systemName: 'Windows ドメイン', total: 5, decided: 0 });
    // KARTE-PC01$ (a computer) is not reviewed
    expect(entries.map((e: any) => e.snapshot.accountId)).toEqual(['Administrator', 'karte-kyoyo', 'saito.h', 'svc-backup', 'takahashi.i']);
    const takahashi = entries.find((e: any) => e.snapshot.accountId === 'takahashi.i');
    expect(takahashi.snapshot).toMatchObject({ status: 'active', leftOn: '2026-10-31', department: '内科' });
    expect(takahashi.snapshot.flags).toEqual(['退職者のアカウントが有効のままです (2026-10-31 退職)']);
    expect((await viewer.post(`/api/orgs/${orgId}/account-systems/${systemId}/reviews`, {})).status).toBe(403);
  });

  it('asks a reason to disable, remove or keep a flagged account; viewers cannot decide', async () => {
    const t = await entryId('takahashi.i');
    const noReason = await decide(editor, t, { decision: 'disable' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([{ field: 'reason', message: '理由を入力してください' }]);
    expect((await decide(editor, await entryId('karte-kyoyo'), { decision: 'keep' })).status).toBe(400); // flagged: never logged on
    expect((await decide(editor, t, { decision: 'maybe', reason: 'x' })).status).toBe(400);
    expect((await decide(viewer, t, { decision: 'disable', reason: '退職' })).status).toBe(403);
    const ok = await decide(editor, t, { decision: 'disable', reason: '2026-10-31 退職 (人事の退職者一覧)' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ decision: 'disable', decidedBy: expect.any(String) });
    expect((await decide(editor, await entryId('svc-backup'), { decision: 'keep' })).status).toBe(200); // not flagged
  });

  it('is signed only by an administrator and only once every account is decided', async () => {
    const sign = { nextReviewOn: '令和9年11月30日', note: '退職者 1 名を無効化' };
    expect((await editor.post(`/api/orgs/${orgId}/account-reviews/${reviewId}/sign`, sign)).status).toBe(403);
    const early = await admin.post(`/api/orgs/${orgId}/account-reviews/${reviewId}/sign`, sign);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('まだ判断していないアカウントが 3 件');
    const past = await admin.post(`/api/orgs/${orgId}/account-reviews/${reviewId}/sign`, { nextReviewOn: '2026-01-01' });
    expect(past.status).toBe(400);
  });

  it('applies the decisions when signed (once, when signed twice at once): the finding gone, 不要なアカウント はい', async () => {
    expect((await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items['2-5'].answer).toBe('no');
    await decide(editor, await entryId('Administrator'), { decision: 'keep', reason: 'ドメインの管理用' });
    await decide(editor, await entryId('karte-kyoyo'), { decision: 'remove', reason: '使われていない共用アカウント' });
    await decide(editor, await entryId('saito.h'), { decision: 'keep' });
    const sign = { nextReviewOn: '令和9年11月30日', note: '退職者 1 名を無効化' };
    const both = await Promise.all([1, 2].map(() => admin.post(`/api/orgs/${orgId}/account-reviews/${reviewId}/sign`, sign)));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const { review } = await reviewOf();
    expect(review).toMatchObject({ status: 'signed', nextReviewOn: '2027-11-30', note: '退職者 1 名を無効化', decided: 5 });
    const accounts = (await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/accounts`)).body.accounts as any[];
    const status = Object.fromEntries(accounts.map((a) => [a.accountId, a.status]));
    expect(status).toMatchObject({ 'takahashi.i': 'disabled', 'karte-kyoyo': 'deleted', 'svc-backup': 'active', 'saito.h': 'disabled' });
    const findings = ((await viewer.get(`/api/orgs/${orgId}/findings`)).body.findings as any[]).filter((f) => f.subject.type === 'account');
    expect(findings).toEqual([]);
    const items = (await viewer.get(`/api/orgs/${orgId}/assessments/${sheet}/suggestions`)).body.items;
    expect(items['2-5'].answer).toBe('yes');
    for (const s of await accessSuggestions()) expect(s.reasons.join()).not.toContain('棚卸しを承認した記録がない');
    const signed = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'account_review.signed');
    expect(signed).toHaveLength(1);
    expect((signed[0]?.after as { changed: unknown } | undefined)?.changed).toEqual([
      { accountId: 'karte-kyoyo', from: 'active', to: 'deleted' },
      { accountId: 'takahashi.i', from: 'active', to: 'disabled' },
    ]);
  });

  it("tells an account's history: created by the import, the decision, the status the sign-off gave it", async () => {
    const id = await entryId('takahashi.i');
    const res = await viewer.get(`/api/orgs/${orgId}/accounts/${id}/history`);
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ accountId: 'takahashi.i', systemId });
    expect(res.body.history.map((h: any) => h.kind)).toEqual(['status', 'decided', 'created']);
    expect(res.body.history[0]).toMatchObject({ from: 'active', to: 'disabled' });
    expect(res.body.history[2].fileName).toMatch(/\.csv$/);
    expect((await viewer.get(`/api/orgs/${orgId}/accounts/00000000-0000-4000-8000-000000000000/history`)).status).toBe(404);
  });

  it('takes the 権限規程 from the evidence store (not another organisation’s file); アクセス権限 names it', async () => {
    const [before] = await accessSuggestions();
    expect(before.reasons.join()).toContain('権限規程・運用管理規程) が登録されていません');
    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode('第1条 利用者の権限は職種ごとに定める。')], '権限規程.txt'));
    const file = await editor.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form });
    expect(file.status).toBe(201);
    const evidenceId = ((await file.json()) as { id: string }).id;
    const other = (await seedOrg(deps, { slug: 'policy-other' })).id;
    const outsider = await memberClient(deps, other, 'editor');
    const theirs = new FormData();
    theirs.append('file', new File([new TextEncoder().encode('x')], 'x.txt'));
    const foreign = ((await (await outsider.raw(`/api/orgs/${other}/evidence`, { method: 'POST', body: theirs })).json()) as { id: string })
      .id;
    const refused = await editor.put(`/api/orgs/${orgId}/ledger-settings`, { accessPolicyEvidenceId: foreign });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].field).toBe('accessPolicyEvidenceId');
    expect((await viewer.put(`/api/orgs/${orgId}/ledger-settings`, { accessPolicyEvidenceId: evidenceId })).status).toBe(403);
    const set = await editor.put(`/api/orgs/${orgId}/ledger-settings`, { accessPolicyEvidenceId: evidenceId });
    expect(set.body.accessPolicyEvidenceId).toBe(evidenceId);
    const [after] = await accessSuggestions();
    expect(after.reasons.join()).not.toContain('が登録されていません');
    expect(after.cannotTell.join()).toContain('権限規程「権限規程.txt」');
  });

  it('keeps a signed review as it is, and lets the next one start', async () => {
    const frozen = await decide(editor, await entryId('svc-backup'), { decision: 'remove', reason: 'x' });
    expect(frozen.status).toBe(409);
    const list = (await viewer.get(`/api/orgs/${orgId}/account-reviews`)).body.reviews;
    expect(list).toMatchObject([{ id: reviewId, status: 'signed' }]);
    expect((await editor.post(`/api/orgs/${orgId}/account-systems/${systemId}/reviews`, {})).status).toBe(201);
  });
});
