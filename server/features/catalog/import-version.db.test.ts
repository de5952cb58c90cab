// Adding checklist versions without code: validated, compared with their base, never overwritten;
// a correction is a new revision; assessments on official text keep the revision they were answered
// on, assessments on provisional text (推定) move onto the new one with their answers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { systemActor } from '../../lib/actor.ts';
import { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { versionForYear } from '../assessments/assessments.service.ts';
import { operations } from '../local/operations.ts';
import { CATALOG_DIR, loadFullCatalog } from './catalog.loader.ts';

let deps: TestDeps;
let admin: TestClient;
let editor: TestClient;
let orgId: string;

const r7 = (): CatalogVersion => JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, 'r7.json'), 'utf8'));

/** 令和9年度: a copy of R7 with 2-1 reworded and one item added, as an administrator would make it. */
function r9(
  revision = 1,
  text = 'サーバ、端末PC、ネットワーク機器の台帳を作成し、年 1 回以上見直している。',
  confirmed = false,
): CatalogVersion {
  const v = r7();
  const form = v.forms.find((f) => f.form === 'institution');
  if (!form) throw new Error('no institution form');
  const item = form.items.find((i) => i.id === '2-1');
  if (!item) throw new Error('no 2-1');
  item.text = text;
  const extra = { ...item, id: '2-14', no: 14, text: 'バックアップをオフラインでも保管している。', wording: 'inferred' as const };
  form.items.splice(form.items.indexOf(item) + 1, 0, extra);
  // an official text: every item read (the unknown ones given words and a status)
  if (confirmed)
    for (const i of form.items)
      Object.assign(i, {
        wording: 'confirmed',
        text: i.text ?? `${i.id} の原文。`,
        status: i.status === 'unknown' ? 'required' : i.status,
      });
  return {
    ...v,
    id: 'R9',
    revision,
    fiscalYear: 2027,
    label: '令和9年度版',
    derivedFrom: revision === 1 ? { id: 'R7', revision: 1 } : undefined,
  };
}

const run = (version: unknown, dryRun = false) =>
  operations['catalog.import']?.(deps, systemActor('cli:test'), { text: JSON.stringify(version), file: 'r9.json', dryRun }) as Promise<{
    stored: boolean;
    moved: number;
    lines: string[];
    diff: { forms: { added: { label: string }[]; changed: { label: string; fields: string[] }[] }[] };
  }>;

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  const a = await seedUser(deps, { isSystemAdmin: true });
  const e = await seedUser(deps, { org: { id: orgId, role: 'admin' } });
  admin = new TestClient(testApp(deps));
  await admin.signIn(a.loginId, PASSWORD);
  editor = new TestClient(testApp(deps));
  await editor.signIn(e.loginId, PASSWORD);
});
afterAll(() => deps.close());

describe('catalog import', () => {
  it('checks a new version and shows what differs from its base without storing anything (dry run)', async () => {
    const before = deps.catalog.length;
    const result = await run(r9(), true);
    expect(result.stored).toBe(false);
    expect(result.diff.forms[0]?.added.map((i) => i.label)).toEqual(['2-⑭ 医療情報システム全般']);
    expect(result.diff.forms[0]?.changed).toEqual([{ id: '2-1', label: '2-① 医療情報システム全般', fields: ['text'] }]);
    expect(result.lines).toContain('    + 追加 2-⑭ 医療情報システム全般');
    expect(result.lines).toContain('    ~ 変更 2-① 医療情報システム全般 (文言)');
    expect(deps.catalog.length).toBe(before);
    expect(await loadFullCatalog(deps.db)).toHaveLength(before);
  });

  it('is refused for a non-administrator, and stored for a system administrator', async () => {
    expect((await editor.post('/api/catalog/import', r9())).status).toBe(403);
    const res = await admin.post('/api/catalog/import', r9());
    expect(res.status).toBe(201);
    expect(res.body.version).toMatchObject({ id: 'R9', revision: 1, fiscalYear: 2027 });
    expect((await editor.get('/api/catalog')).body.versions.map((v: { id: string }) => v.id)).toContain('R9');
    expect(versionForYear(deps.catalog, 2027)).toMatchObject({ id: 'R9', revision: 1 });
    const audit = (await deps.db.query.auditEvents.findMany()).find((e) => e.action === 'catalog.version_added');
    expect(audit).toMatchObject({ chainKey: 'system', targetId: 'R9 第1版' });
  });

  it('never overwrites a version: the same revision again is refused, a correction is the next revision', async () => {
    const again = await admin.post('/api/catalog/import', r9());
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('第2版として取り込んでください');
    // answered on provisional text (推定): the correction takes the assessment, answers and all
    const started = await editor.post(`/api/orgs/${orgId}/assessments`, { fiscalYear: 2027, form: 'institution' });
    expect(started.body).toMatchObject({ versionId: 'R9', revision: 1, provisional: true });
    const saved = await editor.request('PUT', `/api/orgs/${orgId}/assessments/${started.body.id}/answers/1-1`, {
      ...{ firstAnswer: 'yes', firstDate: '2027-05-01', targetDate: null, secondAnswer: null, secondDate: null, note: '', version: 0 },
    });
    expect(saved.status).toBe(200);
    const corrected = await run({ ...r9(2, '訂正後の文言である。', true), revisionNote: '原文に合わせて訂正' });
    expect(corrected).toMatchObject({ stored: true, moved: 1 });
    expect(corrected.lines[0]).toContain('第1版');
    expect(versionForYear(deps.catalog, 2027).revision).toBe(2);
    const moved = await editor.get(`/api/orgs/${orgId}/assessments/${started.body.id}`);
    expect(moved.body).toMatchObject({ revision: 2, provisional: false });
    expect(moved.body.items.find((i: { id: string }) => i.id === '1-1').answer).toMatchObject({
      firstAnswer: 'yes',
      firstDate: '2027-05-01',
    });
    expect(moved.body.items.find((i: { id: string }) => i.id === '2-1').text).toBe('訂正後の文言である。');
    // answered on official text: a later correction leaves it on the revision it was answered on
    const later = await run({ ...r9(3, 'もう一度訂正した文言である。', true), revisionNote: '再訂正' });
    expect(later).toMatchObject({ stored: true, moved: 0 });
    const kept = await editor.get(`/api/orgs/${orgId}/assessments/${started.body.id}`);
    expect(kept.body.revision).toBe(2);
    expect(kept.body.items.find((i: { id: string }) => i.id === '2-1').text).toBe('訂正後の文言である。');
  });

  it('refuses skipped revisions, a second id for one fiscal year and broken files, naming the problem', async () => {
    await expect(run(r9(5))).rejects.toMatchObject({ code: 'CATALOG_INVALID', message: expect.stringContaining('第4版です') });
    await expect(run({ ...r9(), id: 'R10' })).rejects.toMatchObject({ message: expect.stringContaining('令和9年度には既に R9') });
    const broken = r9(4);
    (broken.forms[0]?.items[2] as { status: string }).status = 'sometimes';
    await expect(run(broken)).rejects.toMatchObject({
      code: 'CATALOG_INVALID',
      message: expect.stringMatching(/r9\.json: forms\[0\]\.items\[2\] \([\w.-]+\)\.status/),
    });
    await expect(
      operations['catalog.import']?.(deps, systemActor(), { text: '{"format": "mamori-checklist-catalog",', file: 'r9.json' }),
    ).rejects.toMatchObject({ message: expect.stringContaining('JSON として読めません') });
    await expect(run({ ...r9(4), derivedFrom: { id: 'R7', revision: 9 } })).rejects.toMatchObject({
      message: expect.stringContaining('R7 第9版 がありません'),
    });
  });

  it('loads the added versions again at the next start, after the shipped ones', async () => {
    const catalog = await loadFullCatalog(deps.db);
    expect(catalog.filter((v) => v.id === 'R9').map((v) => v.revision)).toEqual([1, 2, 3]);
    expect(catalog.at(-1)).toMatchObject({ id: 'R9', revision: 3, revisionNote: '再訂正' });
  });
});
