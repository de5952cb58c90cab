// Importing the バックアップ台帳 from files: its own export (.xlsx, CP932 and UTF-8 CSV) read back as no
// change (the restore procedure's file, the restore tests and the findings' columns named as not read);
// a hand-made CP932 CSV and .xlsx creating and changing systems, each audited as a manual edit is, and
// one backup_plans.imported event; bad rows and the same system twice refused by row and column with
// nothing stored; the roles, another organisation's ledger, and a file that is not a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { cp932, csvText, ledgerXlsx, utf8 } from '../devices/ledger-files.test-helpers.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let otherOrgId: string;
let editor: TestClient;
let viewer: TestClient;
let procedureFile: string;
let karte: { id: string; version: number };

const url = (rest = '', org = orgId) => `/api/orgs/${org}/backup-plans${rest}`;

function postImport(client: TestClient, name: string, bytes: Uint8Array, dryRun = false, org = orgId) {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  return client.raw(`${url('/import', org)}${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as any,
  }));
}

/** The plans as the database holds them, to assert that nothing changed. */
async function ledger(org = orgId) {
  const r = (await deps.db.execute(
    `select id, system_name, vendor_name, scope, frequency, method, generations, places, isolation, separate_network, encrypted,
            responsible, restore_order, recovery_hours, restore_procedure, procedure_evidence_id, status, note, version, updated_at
       from backup_plans where organization_id = '${org}' order by system_name, id`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return r.rows;
}

async function events(action: string) {
  return (await deps.db.query.auditEvents.findMany()).filter((e) => e.organizationId === orgId && e.action === action);
}

const exported = async (format: 'xlsx' | 'csv' | 'csv-sjis') =>
  new Uint8Array(await (await editor.raw(url(`/export?format=${format}`))).arrayBuffer());

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'backup-import-hospital' })).id;
  otherOrgId = (await seedOrg(deps, { slug: 'backup-import-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  const form = new FormData();
  form.append('file', new File([Buffer.from('%PDF-1.7 復旧手順')], '復旧手順.pdf', { type: 'application/pdf' }));
  procedureFile = ((await (await editor.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form })).json()) as { id: string }).id;
  const made = await editor.post(url(), {
    systemName: '電子カルテ',
    vendorName: 'カルテ株式会社',
    scope: ['data', 'config'],
    frequency: 'daily',
    method: 'NAS へ差分〜週 1 回フル',
    generations: 7,
    places: ['same_room', 'offsite'],
    isolation: 'offline',
    separateNetwork: true,
    encrypted: null,
    responsible: '情報システム課 佐藤',
    restoreOrder: 1,
    recoveryHours: 24,
    restoreProcedure: '=手順書 第3章, "サーバ"\n2 行目',
    procedureEvidenceId: procedureFile,
    note: '-1 世代目は月末',
  });
  expect(made.status).toBe(201);
  karte = made.body;
  await editor.post(url(`/${karte.id}/restore-tests`), { testedOn: '2026-06-01', target: 'データベース', result: 'success' });
  expect((await editor.post(url(), { systemName: 'PACS', status: '停止中' })).status).toBe(201);
  // another organisation with a system of the same name
  const other = await memberClient(deps, otherOrgId, 'editor');
  expect((await other.post(url('', otherOrgId), { systemName: '電子カルテ', generations: 3 })).status).toBe(201);
});
afterAll(() => deps.close());

describe('the バックアップ台帳 read back from its own export', () => {
  for (const format of ['xlsx', 'csv-sjis', 'csv'] as const) {
    it(`changes nothing with the ${format} export, and says which columns it does not read`, async () => {
      const before = await ledger();
      const file = await exported(format);
      const name = format === 'xlsx' ? 'バックアップ台帳.xlsx' : 'バックアップ台帳.csv';
      const preview = await postImport(editor, name, file, true);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        format: format === 'xlsx' ? 'xlsx' : 'csv',
        encoding: { xlsx: null, 'csv-sjis': 'cp932', csv: 'utf8-bom' }[format],
        headerRow: 1,
        summary: { create: 0, update: 0, unchanged: 2 },
        changes: [],
        problems: [],
        stored: false,
      });
      expect(preview.body.ignored.map((c: { column: string }) => c.column)).toEqual([
        '復旧手順書',
        '最後の復旧テスト',
        'その結果',
        '次の復旧テスト',
        '指摘',
      ]);
      const done = await postImport(editor, name, file);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ stored: false, summary: preview.body.summary });
      expect(await ledger()).toEqual(before);
      expect(await events('backup_plans.imported')).toEqual([]);
    });
  }
});

describe('a hand-made file', () => {
  it('creates and changes systems from a CP932 CSV with some of the columns, each audited, and one import event', async () => {
    const file = cp932(
      csvText([
        ['システム名', '頻度', '保持する世代数', '保管場所', '暗号化', '担当者'],
        ['ｐａｃｓ', '毎週', '14', '院外の保管先', 'あり', '放射線科 田中'],
        ['部門システム', '毎日', '３', 'クラウド', '', ''],
      ]),
    );
    const res = await postImport(editor, 'backups.csv', file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ encoding: 'cp932', stored: true, summary: { create: 1, update: 1, unchanged: 0 } });
    expect(res.body.changes).toEqual([
      {
        row: 2,
        action: 'update',
        system: 'pacs',
        changes: [
          { column: 'システム', before: 'PACS', after: 'pacs' },
          { column: '頻度', before: '未確認', after: '毎週' },
          { column: '保持する世代数', before: '', after: '14' },
          { column: '保管場所', before: '', after: '院外の保管先' },
          { column: '暗号化', before: '未確認', after: 'あり' },
          { column: '責任者', before: '', after: '放射線科 田中' },
        ],
      },
      { row: 3, action: 'create', system: '部門システム', changes: [] },
    ]);
    const plans = (await viewer.get(url())).body.plans as Record<string, unknown>[];
    const pacs = plans.find((p) => p.systemName === 'pacs');
    expect(pacs).toMatchObject({
      frequency: 'weekly',
      generations: 14,
      places: ['offsite'],
      encrypted: true,
      status: 'stopped',
      version: 2,
    });
    expect(plans.find((p) => p.systemName === '部門システム')).toMatchObject({
      frequency: 'daily',
      generations: 3,
      places: ['cloud'],
      version: 1,
    });
    expect(await events('backup_plan.created')).toHaveLength(3); // 2 through the API before, 1 imported
    const updated = await events('backup_plan.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      targetType: 'backup_plan',
      targetId: pacs?.id,
      before: { systemName: 'PACS', generations: null },
      after: { systemName: 'pacs', generations: 14 },
    });
    const imported = await events('backup_plans.imported');
    expect(imported).toHaveLength(1);
    expect(imported[0]?.after).toMatchObject({ fileName: 'backups.csv', encoding: 'cp932', created: 1, updated: 1, unchanged: 0 });
    expect((imported[0]?.after as { planIds?: string[] } | undefined)?.planIds).toHaveLength(2);
    // the plan's history reads the import's change
    const history = (await viewer.get(url(`/${pacs?.id}`))).body.history as { action: string }[];
    expect(history[0]?.action).toBe('backup_plan.updated');
  });

  it('reads an .xlsx with a title row, keeps the restore procedure’s file and what the file has no column for', async () => {
    const before = (await viewer.get(url(`/${karte.id}`))).body.plan;
    const file = await ledgerXlsx(
      [
        ['電子カルテ', '毎日', 'なし', '2'],
        ['ネットワーク機器の設定', '毎月', '', ''],
      ],
      ['システム', '頻度', '暗号化', '復旧の順番'],
      'バックアップ台帳',
    );
    const res = await postImport(editor, 'バックアップ.xlsx', file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'xlsx',
      sheet: 'バックアップ台帳',
      headerRow: 2,
      stored: true,
      summary: { create: 1, update: 1 },
    });
    const after = (await viewer.get(url(`/${karte.id}`))).body.plan;
    expect(after).toEqual({
      ...before,
      encrypted: false,
      restoreOrder: 2,
      version: before.version + 1,
      updatedAt: after.updatedAt,
      problems: after.problems,
    });
    expect(after.procedureEvidenceId).toBe(procedureFile);
    expect(after.procedureEvidence).toEqual({ id: procedureFile, fileName: '復旧手順.pdf' });
    expect(after.restoreProcedure).toBe('=手順書 第3章, "サーバ"\n2 行目');
  });
});

describe('imports at once', () => {
  it('creates a new system once when several requests import it at the same time (real HTTP server)', async () => {
    const file = new TextEncoder().encode(
      csvText([
        ['システム', '頻度'],
        ['同時取り込みシステム', '毎日'],
      ]),
    );
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '', connection: 'close' };
      const send = () => {
        const form = new FormData();
        form.append('file', new File([Buffer.from(file)], 'same.csv'));
        return fetch(`${server.url}${url('/import')}`, { method: 'POST', body: form, headers });
      };
      const answers = await Promise.all(Array.from({ length: 5 }, send));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await server.close();
    }
    const plans = (await viewer.get(url())).body.plans as { systemName: string }[];
    expect(plans.filter((p) => p.systemName === '同時取り込みシステム')).toHaveLength(1);
  });
});

describe('bad files are refused, and nothing is stored', () => {
  it('names row and column of a generation count of −1, an unknown 頻度, a 和暦 date where a number goes, and no システム', async () => {
    const before = await ledger();
    const file = utf8(
      csvText([
        ['システム', '頻度', '保持する世代数', '目標復旧時間 (時間)', '復旧の順番'],
        ['新しいシステム', '毎日', '3', '', ''],
        ['電子カルテ', '毎日', '-1', '', ''],
        ['pacs', '毎時', '', '', ''],
        ['部門システム', '', '', '令和7年2月30日', 'R7.4.1'],
        ['', '毎週', '2', '', ''],
      ]),
      true,
    );
    const res = await postImport(editor, 'bad.csv', file);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.error.message).toBe('4 行に問題があるため、何も取り込んでいません。ファイルを直してから、もう一度取り込んでください。');
    expect(res.body.error.details.rejected).toEqual([
      { row: 3, column: '保持する世代数', message: '1〜10000 の整数にしてください (「-1」)' },
      {
        row: 4,
        column: '頻度',
        message: '「毎時」は選べる値ではありません (随時 (レプリケーション等)、毎日、毎週、毎月、その他、未確認)',
      },
      { row: 5, column: '復旧の順番', message: '1〜999 の整数にしてください (「R7.4.1」)' },
      { row: 5, column: '目標復旧時間 (時間)', message: '0〜100000 の整数にしてください (「令和7年2月30日」)' },
      { row: 6, column: 'システム', message: 'システムの名前を入力してください (例: 電子カルテ)' },
    ]);
    expect(await ledger()).toEqual(before);
    const preview = await postImport(editor, 'bad.csv', file, true);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual(res.body.error.details.rejected);
    expect(await ledger()).toEqual(before);
  });

  it('refuses the same system twice, naming both rows', async () => {
    const before = await ledger();
    const file = utf8(
      csvText([
        ['システム', '頻度'],
        ['検査システム', '毎日'],
        ['PACS', '毎週'],
        ['検査システム ', '毎月'],
        ['Pacs', ''],
      ]),
    );
    const res = await postImport(editor, 'dup.csv', file);
    expect(res.status).toBe(422);
    expect(res.body.error.details.rejected).toEqual([
      { row: 4, column: 'システム', message: 'システム「検査システム」が 2 行目と重複しています' },
      { row: 5, column: 'システム', message: 'システム「Pacs」が 3 行目と重複しています' },
    ]);
    expect(await ledger()).toEqual(before);
  });

  it('says clearly that random bytes named .xlsx are not a workbook', async () => {
    const res = await postImport(
      editor,
      'バックアップ台帳.xlsx',
      new Uint8Array([0x00, 0x13, 0x37, 0xfe, 0x41, 0x42, 0x43, 0x0a, 0x99, 0x10]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_FILE_INVALID');
  });

  it('refuses a viewer (403), answers another organisation’s id 404, and leaves both ledgers alone', async () => {
    const [ours, theirs] = [await ledger(), await ledger(otherOrgId)];
    const file = utf8(
      csvText([
        ['システム', '保持する世代数'],
        ['電子カルテ', '99'],
        ['閲覧者のシステム', ''],
      ]),
    );
    const byViewer = await postImport(viewer, 'v.csv', file);
    expect(byViewer.status).toBe(403);
    const elsewhere = await postImport(editor, 'other.csv', file, false, otherOrgId);
    expect(elsewhere.status).toBe(404);
    expect((await postImport(editor, 'other.csv', file, true, otherOrgId)).status).toBe(404);
    expect(await ledger()).toEqual(ours);
    expect(await ledger(otherOrgId)).toEqual(theirs);
    expect(theirs).toMatchObject([{ system_name: '電子カルテ', generations: 3, version: 1 }]);
  });
});
