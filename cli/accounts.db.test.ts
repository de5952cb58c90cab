// `mamori import accounts|leavers|logons` and `mamori accounts` as an administrator runs them on an embedded
// data folder (PGlite only: each spawn opens the folder). "Today" is the real clock here: the leave
// date used (令和8年10月31日) is before the day these tests were written (2026-12-07), so it stays past.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PS51_JA } from '../domain/accounts/ad-fixtures.test-helpers.ts';
import { nxlogLine } from '../domain/logons/fixtures.test-helpers.ts';
import { testEngine } from '../server/test/engines.ts';
import { runCli } from '../server/test/run-cli.ts';

describe.skipIf(testEngine() !== 'pglite')('mamori import accounts / import leavers / accounts', () => {
  let dir: string;
  let data: string;
  let ad: string;
  const file = (name: string, bytes: Uint8Array) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  const leavers = (rows: string[][]) => iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'cp932');
  const cli = (...args: string[]) => runCli([...args, '--data', data]);
  const listed = async (...args: string[]) => {
    const res = await cli('accounts', '--org', 'kaede', '--json', ...args);
    expect(res.code, res.stderr).toBe(0);
    return (JSON.parse(res.stdout) as { accountId: string; leftOn: string | null }[]).map((a) => a.accountId);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-cli-accounts-'));
    data = path.join(dir, 'data');
    ad = file('ad.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PS51_JA, 'utf16le')]));
    const org = await runCli(['org', 'create', '--data', data, '--slug', 'kaede', '--name', 'かえで病院', '--kind', 'hospital']);
    expect(org.code, org.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a system that does not exist, saying how to register it; --dry-run --create-system writes nothing', async () => {
    const unknown = await cli('import', 'accounts', ad, '--org', 'kaede', '--system', 'Windows ドメイン');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('システム「Windows ドメイン」は利用者台帳にありません。システムはまだ登録されていません。');
    expect(unknown.stderr).toContain('--create-system');
    const preview = await cli('import', 'accounts', ad, '--org', 'kaede', '--system', 'Windows ドメイン', '--create-system', '--dry-run');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('取り込んだ場合 (まだ書き込んでいません): 作成 6 / 更新 0 / 変更なし 0 / ファイルにない 0');
    expect(preview.stdout).toContain('文字コード utf16le');
    // neither the system nor an account was written
    const still = await cli('accounts', '--org', 'kaede', '--system', 'Windows ドメイン');
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('システム「Windows ドメイン」は利用者台帳にありません。システムはまだ登録されていません。');
  });

  it('registers the system and imports the AD export (UTF-16 with #TYPE), with the notice; a re-import changes nothing', async () => {
    const done = await cli('import', 'accounts', ad, '--org', 'kaede', '--system', 'Windows ドメイン', '--create-system');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('システム「Windows ドメイン」を Active Directory のシステムとして登録しました。');
    expect(done.stdout).toContain('取り込みました: 作成 6 / 更新 0 / 変更なし 0 / ファイルにない 0');
    expect(done.stdout).toContain('注意: MemberOf: 値ではなく型名');
    expect((await listed()).sort()).toEqual(['Administrator', 'KARTE-PC01$', 'karte-kyoyo', 'saito.h', 'svc-backup', 'takahashi.i']);
    // matched by the folded name: width and case of the letters, spaces
    const again = await cli('import', 'accounts', ad, '--org', 'kaede', '--system', 'ＷＩＮＤＯＷＳドメイン', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      system: { name: 'Windows ドメイン', registered: 'existing' },
      summary: { create: 0, update: 0, unchanged: 6, notInFile: 0 },
      stored: false,
    });
  });

  it('refuses a leavers list with 令和7年2月30日, naming the row, storing nothing', async () => {
    const bad = file(
      'bad.csv',
      leavers([
        ['職員番号', '氏名', '退職日'],
        ['10234', '髙橋 一郎', '令和8年10月31日'],
        ['30001', '佐藤 三郎', '令和7年2月30日'],
      ]),
    );
    const refused = await cli('import', 'leavers', bad, '--org', 'kaede');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('1 行に問題があるため、何も取り込んでいません。');
    expect(refused.stdout).toContain('3 行目 [退職日]: 令和7年2月30日');
    expect(await listed('--filter', 'leavers')).toEqual([]);
  });

  it('imports the leavers list (CP932), names the account still enabled, and lists it as a leaver', async () => {
    const good = file(
      'leavers.csv',
      leavers([
        ['職員番号', '氏名', '退職日'],
        ['10234', '髙橋 一郎', '令和8年10月31日'],
      ]),
    );
    const preview = await cli('import', 'leavers', good, '--org', 'kaede', '--dry-run');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('取り込んだ場合 (まだ書き込んでいません)');
    expect(await listed('--filter', 'leavers')).toEqual([]);
    const done = await cli('import', 'leavers', good, '--org', 'kaede');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('取り込みました: 作成 1 / 更新 0 / 変更なし 0 / ファイルにない 0');
    expect(done.stdout).toContain('退職日を過ぎても有効なアカウント 1 件:');
    expect(done.stdout).toContain('takahashi.i — Windows ドメイン: 髙橋 一郎 (2026-10-31 退職、職員番号)');
    const res = await cli('accounts', '--org', 'kaede', '--filter', 'leavers', '--json');
    expect(JSON.parse(res.stdout)).toMatchObject([{ accountId: 'takahashi.i', leftOn: '2026-10-31', leaverBy: 'employeeId' }]);
  });

  it('lists one system and one view as a table; a wrong filter is a usage error, an unknown system names the others', async () => {
    const admins = await cli('accounts', '--org', 'kaede', '--system', 'windows ドメイン', '--filter', 'admins');
    expect(admins.code, admins.stderr).toBe(0);
    const lines = admins.stdout.trim().split('\n');
    expect(lines[0]?.split(/\s+/)).toEqual(['システム', 'ID', '氏名', '状態', '管理者', '最終ログオン', '退職日']);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['Windows ドメイン', 'Administrator', 'Administrator', '有効', 'はい', '2026-11-20', '-'],
    ]);
    const wrong = await cli('accounts', '--org', 'kaede', '--filter', 'retired');
    expect(wrong.code).toBe(2);
    const unknown = await cli('accounts', '--org', 'kaede', '--system', 'PACS');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('システム「PACS」は利用者台帳にありません。登録されているシステム: 「Windows ドメイン」。');
  });

  it("reads logon events (import logons): the leaver's logon after the leave date is 重大; a file that is not one is refused", async () => {
    const events = file(
      'security.jsonl',
      Buffer.from(
        [
          nxlogLine({ time: '2026-11-20 10:00:00', user: 'takahashi.i', logonType: 10, address: '192.168.10.5' }),
          nxlogLine({ time: '2026-11-20 10:30:00', user: 'Administrator', logonType: 2 }),
        ].join('\n'),
      ),
    );
    const done = await cli('import', 'logons', events, '--org', 'kaede', '--system', 'Windows ドメイン');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('ログオンのイベント 2 件');
    expect(done.stdout).toMatch(/\[重大\] .*takahashi\.i/);
    const json = await cli('import', 'logons', events, '--org', 'kaede', '--system', 'Windows ドメイン', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ events: 2, format: 'json-lines', system: { name: 'Windows ドメイン' } });
    const wrong = await cli('import', 'logons', ad, '--org', 'kaede', '--system', 'Windows ドメイン');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('ログオン イベントとして読める形式ではありません');
    expect((await cli('import', 'logons', events, '--org', 'kaede')).code).toBe(2);
  });

  it("imports a system's own user list (--format csv --create-system); --skip-invalid leaves out the row it cannot read, naming it", async () => {
    const list = file(
      'users.csv',
      Buffer.from(
        [
          '利用者ID,氏名,最終ログイン日時',
          'dr.sato,佐藤 一郎,2026/11/20 9:00',
          'ns.kato,加藤 花子,令和7年2月30日',
          'ck.ito,伊藤 次郎,2026/11/01',
        ].join('\r\n'),
      ),
    );
    const args = ['import', 'accounts', list, '--org', 'kaede', '--system', '電子カルテ', '--create-system', '--format', 'csv'];
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('3 行目');
    const done = await cli(...args, '--skip-invalid');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('システム「電子カルテ」を利用者一覧から取り込むシステムとして登録しました。');
    expect(done.stdout).toContain('問題のある 1 行を除きました (--skip-invalid):');
    expect(done.stdout).toContain('作成 2 /');
    const res = await cli('accounts', '--org', 'kaede', '--system', '電子カルテ', '--json');
    expect((JSON.parse(res.stdout) as { accountId: string }[]).map((a) => a.accountId).sort()).toEqual(['ck.ito', 'dr.sato']);
    const wrong = await cli('import', 'accounts', list, '--org', 'kaede', '--system', '電子カルテ', '--format', 'ad');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('利用者一覧から取り込むシステムです');
  });
});
