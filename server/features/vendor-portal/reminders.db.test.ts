// E-mail reminders of an invitation through a real SMTP server, on both engines: a link not used yet
// (the mail points to the one sent: no link is in it), forms still being answered (the portal's address
// and the forms); one a day at most, also when pressed many times at once against a real server;
// nothing to remind of (all submitted, expired, revoked, no address) refused with the reason; the daily
// job (`mamori vendor remind`) sends only what is due. Audited, never with a link.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen, sendJson } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { bodyOf, startSmtp, type TestSmtp } from '../../test/smtp.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';
import { remindDue } from './reminders.ts';

let deps: TestDeps;
let smtp: TestSmtp;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let base: string;

const invite = async (email: string, days = 30) =>
  (await editor.post(base, { fiscalYear: 2026, personName: '保守 次郎', email, days })).body as {
    invitation: { id: string };
    link: string;
  };
const remind = (id: string) => editor.post(`${base}/${id}/remind`, {});
/** Moves an invitation's last reminder (or expiry) back, as if days had passed (sessions stay valid). */
const daysAgo = (column: 'reminded_at' | 'expires_at', id: string, days: number) =>
  deps.db.execute(sql.raw(`update vendor_invitations set ${column} = ${column} - interval '${days} days' where id = '${id}'`));

beforeAll(async () => {
  smtp = await startSmtp();
  deps = await testDeps({ MAMORI_SMTP_URL: smtp.url, MAMORI_PUBLIC_URL: 'https://mamori.kikyo.example.jp' });
  orgId = (await seedOrg(deps, { slug: 'remind-hospital', name: 'ききょう病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  const vendorId = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: 'カルテ株式会社' })).body.id;
  await editor.post(`/api/orgs/${orgId}/vendors/${vendorId}/systems`, { name: '電子カルテ', kind: 'emr' });
  base = `/api/orgs/${orgId}/vendors/${vendorId}/invitations`;
});
afterAll(async () => {
  await deps.close();
  await smtp.close();
});

describe('reminding a vendor by e-mail', () => {
  it('reminds of a link not used yet without sending any link, and says it in the list', async () => {
    const { invitation, link } = await invite('jiro@vendor.example.jp');
    const before = smtp.received.length;
    const res = await remind(invitation.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ to: 'jiro@vendor.example.jp', sent: true, error: null, reminders: 1 });
    expect(smtp.received.length).toBe(before + 1);
    const text = bodyOf(smtp.received.at(-1)?.raw ?? '');
    expect(text).toContain('先にお送りしたメールのリンクを開いて');
    expect(text).not.toContain('/vendor/accept');
    expect(text).not.toContain(link.split('#')[1]);
    const listed = (await editor.get(base)).body;
    expect(listed.mailConfigured).toBe(true);
    expect(listed.invitations.find((i: { id: string }) => i.id === invitation.id)).toMatchObject({ reminders: 1 });
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'vendor.invitation_reminded');
    expect(events.map((e) => e.actorLabel)).toHaveLength(1);
  });

  it('sends one a day at most, also when pressed many times at once', async () => {
    const { invitation } = await invite('parallel@vendor.example.jp');
    const server = await listen(testApp(deps));
    const before = smtp.received.length;
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => sendJson('POST', `${server.url}${base}/${invitation.id}/remind`, {}, headers)),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(11);
    } finally {
      await server.close();
    }
    expect(smtp.received.length).toBe(before + 1);
    const again = await remind(invitation.id);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('1 日に 1 回');
    await daysAgo('reminded_at', invitation.id, 2);
    expect((await remind(invitation.id)).body.reminders).toBe(2);
  });

  it('reminds a person who accepted of the forms still open, with the portal’s address; not once all are submitted', async () => {
    const { invitation, link } = await invite('accepted@vendor.example.jp');
    const vendor = new TestClient(testApp(deps));
    await vendor.post('/api/vendor-portal/accept', {
      token: link.split('#')[1],
      loginId: 'karte-jiro',
      displayName: '保守 次郎',
      password: 'Hoshi-Tsuki-Umi-2026-k',
    });
    await vendor.refresh();
    const res = await remind(invitation.id);
    expect(res.status).toBe(200);
    const text = bodyOf(smtp.received.at(-1)?.raw ?? '');
    expect(text).toContain('https://mamori.kikyo.example.jp/vendor');
    expect(text).toContain('電子カルテ (回答中)');
    const form = (await vendor.get(`/api/vendor-portal/invitations/${invitation.id}/forms`)).body.forms[0];
    expect((await vendor.post(`/api/vendor-portal/forms/${form.id}/submit`, {})).status).toBe(200);
    await daysAgo('reminded_at', invitation.id, 2);
    const none = await remind(invitation.id);
    expect(none.status).toBe(409);
    expect(none.body.error.message).toContain('提出済みか受理済み');
  });

  it('gives the day back when the SMTP server refuses the mail', async () => {
    const { invitation } = await invite('bounce@vendor.example.jp');
    smtp.refuse(true);
    const refused = await remind(invitation.id);
    smtp.refuse(false);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      sent: false,
      reminders: 0,
      remindedAt: null,
      error: expect.stringContaining('mailbox unavailable'),
    });
    const retried = await remind(invitation.id);
    expect(retried.body).toMatchObject({ sent: true, reminders: 1 });
  });

  it('refuses an expired or revoked invitation, one without an address, and a viewer', async () => {
    const expired = (await invite('old@vendor.example.jp', 1)).invitation;
    const noAddress = (await editor.post(base, { fiscalYear: 2026 })).body.invitation;
    const revoked = (await invite('gone@vendor.example.jp')).invitation;
    await editor.post(`${base}/${revoked.id}/revoke`, {});
    expect((await viewer.post(`${base}/${expired.id}/remind`, {})).status).toBe(403);
    await daysAgo('expires_at', expired.id, 2);
    expect((await remind(expired.id)).body.error.message).toContain('招待し直してください');
    expect((await remind(noAddress.id)).status).toBe(400);
    expect((await remind(revoked.id)).status).toBe(409);
  });

  it('sends the daily job’s reminders only where due', async () => {
    const fresh = (await invite('weekly@vendor.example.jp')).invitation;
    const actor = { userId: null, label: 'cli', clientAddress: null };
    const first = await remindDue(deps, actor, orgId, 'https://mamori.kikyo.example.jp', 7);
    expect(first.sent.map((s) => s.invitationId)).toContain(fresh.id);
    const second = await remindDue(deps, actor, orgId, 'https://mamori.kikyo.example.jp', 7);
    expect(second.sent).toEqual([]);
    expect(second.skipped.map((s) => s.invitationId)).toContain(fresh.id);
    await daysAgo('reminded_at', fresh.id, 8);
    expect((await remindDue(deps, actor, orgId, 'https://mamori.kikyo.example.jp', 7)).sent.map((s) => s.invitationId)).toContain(fresh.id);
  });
});
