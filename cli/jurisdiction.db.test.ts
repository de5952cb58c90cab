// `mamori org create --kind health-center` and `mamori jurisdiction add|list|remove` as an operator runs
// them on an embedded data folder (PGlite only: each spawn opens the folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';

describe.skipIf(testEngine() !== 'pglite')('mamori jurisdiction', () => {
  let dir: string;
  let data: string;
  const cli = (...args: string[]) => runCli([...args, '--data', data]);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-jurisdiction-'));
    data = path.join(dir, 'data');
    const hc = await cli('org', 'create', '--slug', 'kita-hc', '--name', '北保健所', '--kind', 'health-center', '--prefecture', '大阪府');
    expect(hc.code, hc.stderr).toBe(0);
    const clinic = await cli('org', 'create', '--slug', 'kaki', '--name', 'かき医院', '--kind', 'clinic', '--medical-code', '2712345678');
    expect(clinic.code, clinic.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds an institution to a 保健所, lists it, and removes it', async () => {
    expect((await cli('jurisdiction', 'list', '--org', 'kita-hc')).stdout).toContain('管轄の医療機関はまだありません。');
    const added = await cli('jurisdiction', 'add', '--org', 'kita-hc', '--institution', 'kaki');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('かき医院 を 北保健所 の管轄に加えました。');
    const list = await cli('jurisdiction', 'list', '--org', 'kita-hc', '--json');
    expect(JSON.parse(list.stdout)).toMatchObject([
      { slug: 'kaki', name: 'かき医院', kind: 'clinic', medicalInstitutionCode: '2712345678', addedVia: 'admin' },
    ]);
    const removed = await cli('jurisdiction', 'remove', '--org', 'kita-hc', '--institution', 'kaki');
    expect(removed.stdout).toContain('かき医院 を 北保健所 の管轄から外しました。');
  });

  it('submits a year’s forms to the 保健所 and prints the number and the sha256', async () => {
    await cli('jurisdiction', 'add', '--org', 'kita-hc', '--institution', 'kaki');
    const none = await cli('submit', '--org', 'kaki', '--fiscal-year', '2026');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('令和8年度の様式がまだありません');
    expect((await cli('assessment', 'start', '--org', 'kaki', '--fiscal-year', '2026')).code).toBe(0);
    const made = await cli('submit', '--org', 'kaki', '--fiscal-year', '2026', '--json');
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ no: 1, office: { name: '北保健所' }, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await cli('submit', '--org', 'kaki')).code).toBe(2);
  });

  it('says how to use it, and refuses an institution as an office', async () => {
    expect((await cli('jurisdiction', 'add', '--org', 'kita-hc')).code).toBe(2);
    const backwards = await cli('jurisdiction', 'add', '--org', 'kaki', '--institution', 'kita-hc');
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toContain('かき医院 は保健所・都道府県ではありません');
    const kind = await cli('org', 'create', '--slug', 'x-office', '--name', 'X', '--kind', 'office');
    expect(kind.stderr).toContain('health-center (保健所)');
  });
});
