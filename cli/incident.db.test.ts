// `mamori incident start|log|export` as an operator runs them on an embedded data folder — also what
// works on a laptop copy restored from a backup when the network is cut (PGlite only: each spawn opens
// the folder).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';

describe.skipIf(testEngine() !== 'pglite')('mamori incident', () => {
  let dir: string;
  let data: string;
  const cli = (args: string[]) => runCli([...args, '--data', data]);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-incident-'));
    data = path.join(dir, 'data');
    const org = await runCli(['org', 'create', '--data', data, '--slug', 'nire', '--name', 'にれ病院', '--kind', 'hospital']);
    expect(org.code, org.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts an incident, logs to it, and writes its report as text and PDF', async () => {
    const usage = await cli(['incident', 'start', '--org', 'nire']);
    expect(usage.code).toBe(2);
    const started = await cli(['incident', 'start', '--org', 'nire', '--title', '電子カルテが暗号化された', '--json']);
    expect(started.code, started.stderr).toBe(0);
    expect(JSON.parse(started.stdout)).toMatchObject({ no: 1, status: 'open', title: '電子カルテが暗号化された' });
    const logged = await cli(['incident', 'log', '--org', 'nire', '--incident', '1', '--text', '保守事業者に電話した']);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).toMatch(/^インシデント 1 の経過 2 として記録しました \(\d{4}-\d{2}-\d{2} \d{2}:\d{2} 日本時間\)。/);
    const future = await cli(['incident', 'log', '--org', 'nire', '--incident', '1', '--text', 'x', '--at', '2999-01-01 10:00']);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('未来の時刻');
    const missing = await cli(['incident', 'log', '--org', 'nire', '--incident', '9', '--text', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('インシデントが見つかりません');

    const txt = path.join(dir, 'report.txt');
    expect((await cli(['incident', 'export', '--org', 'nire', '--incident', '1', '--out', txt])).code).toBe(0);
    const text = fs.readFileSync(txt, 'utf8');
    expect(text).toContain('インシデント 1: 電子カルテが暗号化された');
    expect(text).toContain('[記録] 保守事業者に電話した');
    const pdf = path.join(dir, 'report.pdf');
    const exported = await cli(['incident', 'export', '--org', 'nire', '--incident', '1', '--out', pdf]);
    expect(exported.code, exported.stderr).toBe(0);
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('インシデント報告');
    expect(printed).toContain('保守事業者に電話した');
  }, 120_000);
});
