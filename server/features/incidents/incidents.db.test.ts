// Incident mode on both engines: started and numbered (many at once: every number once), the first
// steps marked once (a second mark is told), a timeline written by two people at once (every entry
// kept, numbered without gaps), a time in the future or unreadable refused, an entry never changed
// (the database refuses an UPDATE), the affected rows only from the organisation's ledgers, the report
// in JST as text and one PDF; a closed incident takes nothing more; viewers only read.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let incidentId: string;

const base = (p = '') => `/api/orgs/${orgId}/incidents${p}`;

function pdfText(bytes: ArrayBuffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-incident-'));
  try {
    fs.writeFileSync(path.join(dir, 'f.pdf'), Buffer.from(bytes));
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  deps = await testDeps(); // the clock: 2026-11-22 10:00 JST
  orgId = (await seedOrg(deps, { slug: 'incident-hospital', name: 'あおば病院' })).id;
  otherOrg = (await seedOrg(deps, { slug: 'incident-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  editor2 = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('incident mode', () => {
  it('starts an incident with its first entry, refusing an empty title and a viewer', async () => {
    expect((await editor.post(base(), { title: ' ' })).status).toBe(400);
    expect((await viewer.post(base(), { title: '電子カルテが開けない' })).status).toBe(403);
    const made = await editor.post(base(), { title: '電子カルテが暗号化された' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ no: 1, status: 'open', startedAt: '2026-11-22T01:00:00.000Z' });
    incidentId = made.body.id;
    const got = (await viewer.get(base(`/${incidentId}`))).body;
    expect(got.entries).toEqual([
      expect.objectContaining({ seq: 1, kind: 'note', text: 'インシデント対応を開始しました: 電子カルテが暗号化された' }),
    ]);
    expect(got.steps.map((s: { step: string; doneAt: string | null }) => [s.step, s.doneAt])).toContainEqual(['isolate', null]);
  });

  it('numbers incidents started at once without a gap or a repeat', async () => {
    const other = await seedOrg(deps, { slug: 'incident-many' });
    const c = await memberClient(deps, other.id, 'editor');
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => c.post(`/api/orgs/${other.id}/incidents`, { title: `同時 ${i}` })));
    expect(made.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(made.map((r) => r.body.no).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('marks a first step once: a second mark is told, and the timeline says who did it', async () => {
    const done = await editor.post(base(`/${incidentId}/steps/isolate`), { note: '電子カルテサーバの LAN を抜いた' });
    expect(done.status).toBe(200);
    expect(done.body.steps.find((s: { step: string }) => s.step === 'isolate')).toMatchObject({ doneAt: '2026-11-22T01:00:00.000Z' });
    const again = await editor2.post(base(`/${incidentId}/steps/isolate`), {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('すでに済んでいます');
    expect((await editor.post(base(`/${incidentId}/steps/reboot`), {})).status).toBe(404);
    const { entries } = (await viewer.get(base(`/${incidentId}`))).body;
    expect(entries.at(-1)).toMatchObject({ kind: 'step', text: 'ネットワークから切り離す: 済 (電子カルテサーバの LAN を抜いた)' });
    // a person named as a report names one: display name and login ID
    expect(entries.at(-1).author).toMatch(/^\S.* \([\w.-]+\)$/);
  });

  it('keeps every entry two people write at once, numbered without gaps', async () => {
    const writes = Array.from({ length: 10 }, (_, i) =>
      (i % 2 ? editor : editor2).post(base(`/${incidentId}/entries`), { text: `経過 ${i}`, kind: i === 3 ? 'decision' : 'note' }),
    );
    const done = await Promise.all(writes);
    expect(done.map((r) => r.status)).toEqual(Array(10).fill(201));
    const { entries } = (await viewer.get(base(`/${incidentId}`))).body;
    expect(entries.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
    expect(entries.filter((e: { text: string }) => e.text.startsWith('経過 '))).toHaveLength(10);
  });

  it('takes the time people write in JST, refusing the future and what it cannot read', async () => {
    const at = await editor.post(base(`/${incidentId}/entries`), { text: '保守事業者に電話した', at: '9:40' });
    expect(at.status).toBe(201);
    expect(at.body.at).toBe('2026-11-22T00:40:00.000Z');
    const future = await editor.post(base(`/${incidentId}/entries`), { text: 'x', at: '2026-11-22 11:00' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'at' });
    expect(future.body.error.message).toContain('未来の時刻');
    expect((await editor.post(base(`/${incidentId}/entries`), { text: 'x', at: '25:99' })).status).toBe(400);
    expect((await viewer.post(base(`/${incidentId}/entries`), { text: 'x' })).status).toBe(403);
  });

  it('never changes an entry: the database refuses it, whoever asks', async () => {
    await expect(deps.db.execute(sql`update incident_entries set text = '書き換え' where seq = 1`)).rejects.toThrow();
    const { entries } = (await viewer.get(base(`/${incidentId}`))).body;
    expect(entries[0].text).toBe('インシデント対応を開始しました: 電子カルテが暗号化された');
  });

  it('names the affected only from the organisation’s ledgers, version-checked', async () => {
    const device = (await editor.post(`/api/orgs/${orgId}/devices`, { hostname: 'EMR-SV01', assetNo: 'S-001', deviceClass: 'server' }))
      .body;
    const plan = (await editor.post(`/api/orgs/${orgId}/backup-plans`, { systemName: '電子カルテ', scope: ['data'] })).body;
    const theirs = (
      await (await memberClient(deps, otherOrg, 'editor')).post(`/api/orgs/${otherOrg}/backup-plans`, { systemName: 'よそのシステム' })
    ).body;
    const { version } = (await viewer.get(base(`/${incidentId}`))).body.incident;
    const foreign = await editor.put(base(`/${incidentId}/affected`), { affected: [{ type: 'backup', id: theirs.id }], version });
    expect(foreign.status).toBe(400);
    const set = await editor.put(base(`/${incidentId}/affected`), {
      affected: [
        { type: 'device', id: device.id },
        { type: 'backup', id: plan.id },
      ],
      version,
    });
    expect(set.status).toBe(200);
    expect(set.body.affected.map((a: { label: string }) => a.label)).toEqual([expect.stringContaining('EMR-SV01'), '電子カルテ (データ)']);
    expect((await editor2.put(base(`/${incidentId}/affected`), { affected: [], version })).status).toBe(409);
  });

  it('reports in JST as text and as a PDF, for the ministry and the police', async () => {
    const text = await viewer.raw(base(`/${incidentId}/report.txt`));
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toContain('text/plain');
    const body = await text.text();
    expect(body).toContain('インシデント 1: 電子カルテが暗号化された');
    expect(body).toContain('開始: 2026-11-22 10:00');
    expect(body).toContain('2026-11-22 09:40 [記録] 保守事業者に電話した');
    expect(body).toContain('- ネットワークから切り離す: 済 2026-11-22 10:00');
    expect(body).toContain('- 厚生労働省に報告する: 未実施');
    const pdf = await viewer.raw(base(`/${incidentId}/report.pdf`));
    expect(pdf.status).toBe(200);
    const printed = pdfText(await pdf.arrayBuffer());
    for (const words of ['インシデント報告', '電子カルテが暗号化された', '保守事業者に電話した', 'EMR-SV01'])
      expect(printed).toContain(words);
  }, 60_000);

  it('closes once; a closed incident takes no more entries or steps', async () => {
    const closed = await editor.post(base(`/${incidentId}/close`));
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: '2026-11-22T01:00:00.000Z' });
    expect((await editor.post(base(`/${incidentId}/entries`), { text: 'あとから' })).status).toBe(409);
    expect((await editor.post(base(`/${incidentId}/steps/mhlw`), {})).status).toBe(409);
    expect((await editor.post(base(`/${incidentId}/close`))).status).toBe(409);
    const list = (await viewer.get(base())).body.incidents;
    expect(list).toEqual([expect.objectContaining({ no: 1, status: 'closed' })]);
  });

  it('answers 404 for an incident of another organisation', async () => {
    const other = await memberClient(deps, otherOrg, 'editor');
    const theirs = (await other.post(`/api/orgs/${otherOrg}/incidents`, { title: 'よその' })).body.id;
    expect((await editor.get(base(`/${theirs}`))).status).toBe(404);
    expect((await editor.post(base(`/${theirs}/entries`), { text: 'x' })).status).toBe(404);
  });
});
