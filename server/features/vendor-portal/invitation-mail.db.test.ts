// The invitation e-mailed through the SMTP server of MAMORI_SMTP_URL (a real SMTP server in the test,
// the smtp-server package): the message carries the link, the audit says it was sent and to whom, never
// the link; an SMTP server that refuses leaves the invitation made and says why.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { startSmtp, type TestSmtp } from '../../test/smtp.ts';

let deps: TestDeps;
let smtp: TestSmtp;
let received: TestSmtp['received'];
let editor: TestClient;
let url: string;

beforeAll(async () => {
  smtp = await startSmtp();
  received = smtp.received;
  deps = await testDeps({
    MAMORI_SMTP_URL: smtp.url,
    MAMORI_SMTP_FROM: 'Mamori <mamori@hospital.example.jp>',
    MAMORI_TRUST_PROXY: '1',
  });
  const orgId = (await seedOrg(deps, { slug: 'mail-hospital', name: 'なでしこ病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  const vendorId = (await editor.post(`/api/orgs/${orgId}/vendors`, { name: 'カルテ株式会社' })).body.id;
  url = `/api/orgs/${orgId}/vendors/${vendorId}/invitations`;
});
afterAll(async () => {
  await deps.close();
  await smtp.close();
});

describe('e-mailing the invitation', () => {
  it('sends the link to the address given, and audits the sending without the link', async () => {
    const res = await editor.post(url, { fiscalYear: 2026, personName: '保守 太郎', email: 'hoshu@vendor.example.jp' });
    expect(res.status).toBe(201);
    expect(res.body.mail).toEqual({ to: 'hoshu@vendor.example.jp', sent: true, error: null });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['hoshu@vendor.example.jp']);
    const token = (res.body.link as string).split('#')[1] as string;
    // the body may be encoded (quoted-printable or base64): the token is plain ASCII, so search both
    const raw = received[0]?.raw ?? '';
    const plain = raw.includes(token) || Buffer.from(raw.split('\r\n\r\n').slice(1).join(''), 'base64').toString('utf8').includes(token);
    expect(plain).toBe(true);
    expect(raw).toMatch(/From: Mamori <mamori@hospital\.example\.jp>/);
    const events = (await deps.db.query.auditEvents.findMany()).filter((e) => e.action === 'vendor.invitation_mailed');
    expect(events.map((e) => e.after)).toEqual([{ id: res.body.invitation.id, to: 'hoshu@vendor.example.jp', sent: true, error: null }]);
    expect(JSON.stringify(await deps.db.query.auditEvents.findMany())).not.toContain(token);
  });

  it('keeps the invitation when the SMTP server refuses, and says so; sends nothing without an address', async () => {
    smtp.refuse(true);
    const res = await editor.post(url, { fiscalYear: 2026, email: 'nobody@vendor.example.jp' });
    smtp.refuse(false);
    expect(res.status).toBe(201);
    expect(res.body.mail).toMatchObject({
      to: 'nobody@vendor.example.jp',
      sent: false,
      error: expect.stringContaining('mailbox unavailable'),
    });
    expect((await editor.get(url)).body.invitations).toHaveLength(2);
    const none = await editor.post(url, { fiscalYear: 2026 });
    expect(none.body.mail).toBeNull();
    expect(received).toHaveLength(1);
  });

  it('builds the link on the address the browser used behind a proxy (no MAMORI_PUBLIC_URL)', async () => {
    const res = await editor.raw(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'mamori.nadeshiko.example.jp' },
      body: JSON.stringify({ fiscalYear: 2026 }),
    });
    expect(res.status).toBe(201);
    const { link } = (await res.json()) as { link: string };
    expect(link).toMatch(/^https:\/\/mamori\.nadeshiko\.example\.jp\/vendor\/accept#/);
  });
});
