// Logon events read from a file (the body itself, streamed), on both engines: the OTRF sample read in
// its collector's offset and summarised per account; its RDP logon from outside the institution's
// ranges a finding of the findings list only once the ranges are set; a leaver's logon after the
// leave date 重大; a file with one damaged line read with that line named, one with many refused with
// nothing stored; not a logon file, an empty body, a wrong offset, a viewer and another organisation's
// system refused; a read removed (audited).
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nxlogLine, VIEWER_JA, WINEVENT_JA } from '../../../domain/logons/fixtures.test-helpers.ts';
import { auditEvents, logonImports } from '../../db/schema.ts';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { haveSamples, SAMPLES } from '../../test/samples.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;
let systemId: string;

const OTRF = path.join(SAMPLES, 'windows-events', 'otrf-rdp_interactive_taskmanager_lsass_dump.logon-subset.jsonl');

const send = async (bytes: Uint8Array | string, query = '', client = editor, system = systemId) => {
  const res = await client.raw(`/api/orgs/${orgId}/account-systems/${system}/logons?fileName=security.jsonl${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as any };
};
const storedReads = async () => (await deps.db.select().from(logonImports).where(eq(logonImports.organizationId, orgId))).length;
const logonFindings = async () =>
  ((await editor.get(`/api/orgs/${orgId}/findings`)).body.findings as any[]).filter((f) => f.subject.type === 'logon');

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'logon-hospital', name: 'かえで病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  systemId = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'Windows ドメイン', source: 'list' })).body.id;
});
afterAll(() => deps.close());

describe.skipIf(!haveSamples)('the OTRF sample', () => {
  it('is read in its offset and summarised per account; RDP from outside is found once the ranges are set', async () => {
    const res = await send(fs.readFileSync(OTRF), '&utcOffset=-04:00');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'json-lines', encoding: 'utf-8', events: 51, records: 51, malformed: 0, zoneDoubts: 0 });
    const pg = res.body.summary.accounts.find((a: any) => a.account === 'pgustavo' && a.system === 'workstation5.theshire.local');
    expect(pg).toMatchObject({ rdpAuth: 1, rdpSources: [{ address: '1.2.3.4', count: 3 }] });
    // no ranges yet: nothing judged, and said so
    expect(res.body.findings.map((f: any) => f.id)).toEqual([`${systemId}:logon:rdp-unjudged`]);
    expect((await logonFindings()).map((f) => f.severity)).toEqual(['info']);

    expect((await editor.put(`/api/orgs/${orgId}/ledger-settings`, { addressRanges: ['192.168.0.0/16', '10.0.0.0/8'] })).status).toBe(200);
    const found = await logonFindings();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'high',
      subject: { type: 'logon', systemId, id: res.body.id },
      title: expect.stringContaining('1.2.3.4'),
    });
    expect((await editor.put(`/api/orgs/${orgId}/ledger-settings`, { addressRanges: ['1.2.3.0/24'] })).status).toBe(200);
    expect(await logonFindings()).toEqual([]);

    // read in Japan time (the default), the file's own UTC stamps disagree: said, with the offset they suggest
    deps.clock.advance(1000);
    const japan = await send(fs.readFileSync(OTRF));
    expect(japan.body).toMatchObject({ zoneDoubts: 51, suggestedOffset: '-04:00' });
    const list = (await viewer.get(`/api/orgs/${orgId}/account-systems/${systemId}/logons`)).body;
    expect(list.reads.map((r: any) => r.id)).toEqual([japan.body.id, res.body.id]);
    expect(list.addressRanges).toEqual(['1.2.3.0/24']);
    // the accounts filtered on the server
    const some = (await viewer.get(`/api/orgs/${orgId}/logon-imports/${res.body.id}?q=PGUSTAVO`)).body;
    expect(some.accountsTotal).toBe(res.body.accountsTotal);
    expect(some.accountsMatching).toBeLessThan(some.accountsTotal);
    expect(some.summary.accounts.every((a: any) => a.account === 'pgustavo')).toBe(true);
  });
});

describe('a logon file of the institution', () => {
  it("finds a leaver's logon after the leave date (重大), judged against the 利用者台帳 as it is now", async () => {
    const other = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: '電子カルテ', source: 'list' })).body.id;
    const lines = [
      nxlogLine({ time: '2026-10-01 09:00:00', user: 'yamada.t', logonType: 2 }),
      nxlogLine({ time: '2026-11-20 10:00:00', user: 'yamada.t', logonType: 2 }),
      nxlogLine({ time: '2026-11-20 10:05:00', user: 'sato.h', logonType: 2 }),
    ];
    const read = await send(lines.join('\n'), '', editor, other);
    expect(read.status).toBe(201);
    expect(read.body.findings.filter((f: any) => f.severity === 'critical')).toEqual([]);
    const form = new FormData();
    form.append(
      'file',
      new File(
        [new Uint8Array(iconv.encode('利用者ID,氏名,退職日\r\nyamada.t,山田 太郎,2026-10-31\r\nsato.h,佐藤 花子,\r\n', 'cp932'))],
        'users.csv',
      ),
    );
    expect((await editor.raw(`/api/orgs/${orgId}/account-systems/${other}/import`, { method: 'POST', body: form })).status).toBe(200);
    const detail = (await editor.get(`/api/orgs/${orgId}/logon-imports/${read.body.id}`)).body;
    const critical = detail.findings.filter((f: any) => f.severity === 'critical');
    expect(critical).toHaveLength(1);
    expect(critical[0].title).toContain('yamada.t');
    expect((await logonFindings()).some((f) => f.severity === 'critical' && f.subject.systemId === other)).toBe(true);
  });

  it("reads Event Viewer's Japanese CSV (UTF-16, as the system named: the file names no computer) and Get-WinEvent's with its #TYPE line", async () => {
    const viewerFile = await send(iconv.encode(VIEWER_JA.replace(/^\uFEFF/, ''), 'utf16-le', { addBOM: true }));
    expect(viewerFile.status).toBe(201);
    expect(viewerFile.body).toMatchObject({ format: 'event-viewer-csv', encoding: 'utf-16le', records: 8, events: 7, ignored: 1 });
    expect(new Set(viewerFile.body.summary.accounts.map((a: any) => a.system))).toEqual(new Set(['windows ドメイン']));
    const winEvent = await send(iconv.encode(WINEVENT_JA, 'cp932'));
    expect(winEvent.status).toBe(201);
    expect(winEvent.body).toMatchObject({ format: 'get-winevent-csv', encoding: 'shift_jis', malformed: 0 });
    expect(winEvent.body.events).toBeGreaterThan(0);
  });

  it('reads a file with one damaged line, naming it; refuses one with many, storing nothing', async () => {
    const good = Array.from({ length: 999 }, (_, i) =>
      nxlogLine({ time: `2026-11-0${1 + (i % 9)} 10:${String(i % 60).padStart(2, '0')}:00`, user: `user${i % 7}` }),
    );
    const one = [...good.slice(0, 500), '{"EventID": 4624, "EventTime": "2026-11-0', ...good.slice(500)];
    const read = await send(iconv.encode(one.join('\r\n'), 'utf16-le'));
    expect(read.status).toBe(201);
    expect(read.body).toMatchObject({ encoding: 'utf-16le', events: 999, malformed: 1, problems: [{ line: 501 }] });

    const before = await storedReads();
    const many = good.flatMap((l, i) => (i % 4 === 1 ? ['not json at all'] : [l]));
    const refused = await send(many.join('\n'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('行目');
    expect(await storedReads()).toBe(before);
  });

  it('refuses what is not a logon event file, an empty body and an offset it cannot read, storing nothing', async () => {
    const before = await storedReads();
    const array = await send('[{"EventID": 4624}]');
    expect(array.status).toBe(400);
    expect(array.body.error.message).toContain('JSON Lines');
    expect((await send('')).body.error.message).toContain('空');
    const none = await send(JSON.stringify({ EventID: 7036, EventTime: '2026-11-01 10:00:00' }));
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('ログオンのイベント');
    const offset = await send(nxlogLine({ time: '2026-11-01 10:00:00', user: 'a' }), '&utcOffset=Tokyo');
    expect(offset.status).toBe(400);
    expect(await storedReads()).toBe(before);
  });

  it("refuses a viewer and another organisation's system; a read of another organisation is not found", async () => {
    const line = nxlogLine({ time: '2026-11-01 10:00:00', user: 'a' });
    expect((await send(line, '', viewer)).status).toBe(403);
    const otherOrg = (await seedOrg(deps, { slug: 'logon-other' })).id;
    const outsider = await memberClient(deps, otherOrg, 'editor');
    const foreignSystem = (await outsider.post(`/api/orgs/${otherOrg}/account-systems`, { name: 'X', source: 'list' })).body.id;
    expect((await send(line, '', editor, foreignSystem)).status).toBe(404);
    const mine = (await editor.get(`/api/orgs/${orgId}/account-systems/${systemId}/logons`)).body.reads[0].id;
    expect((await outsider.get(`/api/orgs/${otherOrg}/logon-imports/${mine}`)).status).toBe(404);
    expect((await outsider.delete(`/api/orgs/${otherOrg}/logon-imports/${mine}`)).status).toBe(404);
  });

  it("is a look's evidence in the ログリスト: a read of the log's own system only", async () => {
    const log = await editor.post(`/api/orgs/${orgId}/log-sources`, {
      systemId,
      name: 'セキュリティ ログ',
      location: 'onsite',
      reviewEveryMonths: 1,
    });
    expect(log.status).toBe(201);
    const read = await send(nxlogLine({ time: '2026-11-02 10:00:00', user: 'a' }));
    const otherSystem = (await editor.post(`/api/orgs/${orgId}/account-systems`, { name: 'PACS', source: 'list' })).body.id;
    const elsewhere = await send(nxlogLine({ time: '2026-11-02 10:00:00', user: 'a' }), '', editor, otherSystem);
    const look = { reviewedOn: '2026-11-21', periodFrom: '2026-11-01', periodTo: '2026-11-20', reviewer: '情報 担当' };
    const wrong = await editor.post(`/api/orgs/${orgId}/log-sources/${log.body.id}/reviews`, { ...look, logonImportId: elsewhere.body.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('logonImportId');
    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode('11月のログ確認: 異常なし')], 'ログ確認記録.txt'));
    const evidenceId = ((await (await editor.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form })).json()) as { id: string })
      .id;
    const noFile = await editor.post(`/api/orgs/${orgId}/log-sources/${log.body.id}/reviews`, { ...look, evidenceId: read.body.id });
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.fields[0].field).toBe('evidenceId');
    const done = await editor.post(`/api/orgs/${orgId}/log-sources/${log.body.id}/reviews`, {
      ...look,
      logonImportId: read.body.id,
      evidenceId,
    });
    expect(done.status).toBe(201);
    expect(done.body.logonRead).toMatchObject({ id: read.body.id, fileName: 'security.jsonl', events: 1 });
    expect(done.body.evidence).toEqual({ id: evidenceId, fileName: 'ログ確認記録.txt' });
    const listed = (await viewer.get(`/api/orgs/${orgId}/log-sources`)).body.logs.find((l: any) => l.id === log.body.id);
    expect(listed.reviews[0].logonRead.id).toBe(read.body.id);
    expect(listed.reviews[0].evidence.fileName).toBe('ログ確認記録.txt');
  });

  it('keeps the original file in the evidence store only when asked, and only up to the evidence limit', async () => {
    const line = nxlogLine({ time: '2026-11-03 10:00:00', user: 'a' });
    const plain = await send(line);
    expect(plain.body.originalEvidenceId).toBeNull();
    const kept = await send(line, '&keep=1');
    expect(kept.status).toBe(201);
    const files = (await viewer.get(`/api/orgs/${orgId}/evidence`)).body.files as any[];
    const file = files.find((f) => f.id === kept.body.originalEvidenceId);
    expect(file).toMatchObject({ fileName: 'security.jsonl.txt', size: Buffer.byteLength(line) });
    const before = await storedReads();
    const big = await editor.raw(`/api/orgs/${orgId}/account-systems/${systemId}/logons?fileName=big.jsonl&keep=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(deps.config.maxUploadBytes + 1) },
      body: line,
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).error.message).toContain('元のファイルを証跡として残せるのは');
    expect(await storedReads()).toBe(before);
  });

  it('removes a read (not a viewer), audited without the events', async () => {
    const read = await send(nxlogLine({ time: '2026-11-01 10:00:00', user: 'a' }));
    expect((await viewer.delete(`/api/orgs/${orgId}/logon-imports/${read.body.id}`)).status).toBe(403);
    expect((await editor.delete(`/api/orgs/${orgId}/logon-imports/${read.body.id}`)).status).toBe(200);
    expect((await editor.get(`/api/orgs/${orgId}/logon-imports/${read.body.id}`)).status).toBe(404);
    const audit = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.action, 'logons.removed')));
    expect(audit).toHaveLength(1);
    const imported = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.action, 'logons.imported')));
    expect(JSON.stringify(imported.map((a) => a.after))).not.toContain('yamada.t');
  });
});
