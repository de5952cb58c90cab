// Importing the 事業者台帳 from files: its own export (.xlsx, CP932 and UTF-8 CSV) read back as no
// change; a hand-made CSV creating vendors and systems, audited as manual edits are; an update that
// keeps what the file has no column for; bad rows refused by row and column with nothing stored; the
// roles, another organisation's ledger, and a file that is not a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testApp, testDeps } from '../../test/harness.ts';
import { listen } from '../../test/listen.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';
import { cp932, csvText, utf8 } from '../devices/ledger-files.test-helpers.ts';
import { SESSION_COOKIE } from '../sessions/session-tokens.ts';

let deps: TestDeps;
let orgId: string;
let otherOrgId: string;
let editor: TestClient;
let viewer: TestClient;
let device: string;
let vpn: string;
let abc: { id: string };
let emr: { id: string; version: number };

const url = (rest = '') => `/api/orgs/${orgId}/vendors${rest}`;

function postImport(client: TestClient, name: string, bytes: Uint8Array, fields: Record<string, string> = {}, dryRun = false) {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return client.raw(`${url('/import')}${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: form }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as any,
  }));
}

/** The vendors and systems as the database holds them, to assert that nothing changed. */
async function ledger(org = orgId) {
  const r = (await deps.db.execute(
    `select v.name, v.status, v.contact_entry_id, v.note, v.version, s.name as system, s.kind, s.contract_from, s.remote_maintenance,
            s.remote_confirmed_by, s.remote_confirmed_on, s.device_ids, s.connection_ids, s.note as system_note, s.version as system_version
       from vendors v left join vendor_systems s on s.organization_id = v.organization_id and s.vendor_id = v.id
      where v.organization_id = '${org}' order by v.name_key, s.name`,
  )) as unknown as { rows: unknown[] };
  return r.rows;
}

async function events(action: string) {
  return (await deps.db.query.auditEvents.findMany()).filter((e) => e.organizationId === orgId && e.action === action);
}

const exported = async (format: 'xlsx' | 'csv' | 'csv-sjis') =>
  new Uint8Array(await (await editor.raw(url(`/export?format=${format}`))).arrayBuffer());

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'vendor-import-hospital' })).id;
  otherOrgId = (await seedOrg(deps, { slug: 'vendor-import-other' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
  device = (await editor.post(`/api/orgs/${orgId}/devices`, { assetNo: 'SV-1', hostname: 'emr-db' })).body.id;
  vpn = (await editor.post(`/api/orgs/${orgId}/connections`, { name: '保守用VPN', kind: 'vpn' })).body.id;
  const contact = (
    await editor.post(`/api/orgs/${orgId}/contacts`, { side: 'external', category: '事業者', organizationName: 'ABCメディカル' })
  ).body.external[0].id;
  abc = (await editor.post(url(), { name: '株式会社ABCメディカル', contactEntryId: contact, note: '本社は東京' })).body;
  emr = (
    await editor.post(url(`/${abc.id}/systems`), {
      name: '電子カルテ Alpha',
      kind: 'emr',
      contractFrom: '令和6年4月1日',
      maintenanceContract: true,
      remoteMaintenance: 'yes',
      remoteConfirmedBy: '情報システム課 佐藤',
      remoteConfirmedOn: '2025-05-20',
      securityUpdates: 'vendor',
      securityUpdatesClause: '第12条〜第14条',
      deviceIds: [device],
      connectionIds: [vpn],
      note: '=本番系, "引用符"\n2 行目',
    })
  ).body;
  await editor.post(url(), { name: 'XYZシステムズ', status: 'ended' });
  // another organisation with a vendor of the same name
  const other = await memberClient(deps, otherOrgId, 'editor');
  const theirs = (await other.post(`/api/orgs/${otherOrgId}/vendors`, { name: 'ABCメディカル' })).body;
  await other.post(`/api/orgs/${otherOrgId}/vendors/${theirs.id}/systems`, { name: '電子カルテ Alpha' });
});
afterAll(() => deps.close());

describe('the 事業者台帳 read back from its own export', () => {
  for (const format of ['xlsx', 'csv-sjis', 'csv'] as const) {
    it(`changes nothing with the ${format} export, and says so`, async () => {
      const before = await ledger();
      const file = await exported(format);
      const name = format === 'xlsx' ? '事業者台帳.xlsx' : '事業者台帳.csv';
      const preview = await postImport(editor, name, file, {}, true);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        format: format === 'xlsx' ? 'xlsx' : 'csv',
        encoding: { xlsx: null, 'csv-sjis': 'cp932', csv: 'utf8-bom' }[format],
        headerRow: 1,
        summary: { vendors: { create: 0, update: 0, unchanged: 2 }, systems: { create: 0, update: 0, unchanged: 1 } },
        changes: [],
        problems: [],
        stored: false,
      });
      expect(preview.body.ignored.map((c: { column: string }) => c.column)).toEqual([
        '24時間の連絡先',
        '使う外部接続点',
        '使う機器',
        '記録しておくこと (Mamori の助言)',
      ]);
      const done = await postImport(editor, name, file);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ stored: false, summary: preview.body.summary });
      expect(await ledger()).toEqual(before);
      expect(await events('vendor.imported')).toEqual([]);
    });
  }
});

describe('a hand-made file', () => {
  it('creates vendors and systems from a CP932 CSV with some of the columns, each audited, and one import event', async () => {
    const file = cp932(
      csvText([
        ['システム名', '法人名', '種類', 'リモート保守', 'リモート保守を確認した人', 'リモート保守の確認日', '契約開始日'],
        ['ＰＡＣＳ　Ｏｎｅ', 'さくらメディカル(株)', 'PACS', 'リモート保守なし', '佐藤', '令和7年4月1日', '2025/4/1'],
        ['検査システム', 'さくらメディカル(株)', 'lab', '', '', '', ''],
        ['', '北海道ネットワーク', '', '', '', '', ''],
      ]),
    );
    const res = await postImport(editor, 'vendors.csv', file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      encoding: 'cp932',
      stored: true,
      summary: { vendors: { create: 2, update: 0, unchanged: 0 }, systems: { create: 2, update: 0, unchanged: 0 } },
    });
    const list = (await viewer.get(url())).body.vendors as { name: string; systems: Record<string, unknown>[] }[];
    expect(list.find((v) => v.name === 'さくらメディカル(株)')?.systems).toMatchObject([
      { name: '検査システム', kind: 'lab', remoteMaintenance: 'unknown' },
      { name: 'PACS One', kind: 'pacs', remoteMaintenance: 'no', remoteConfirmedOn: '2025-04-01', contractFrom: '2025-04-01' },
    ]);
    expect(list.find((v) => v.name === '北海道ネットワーク')?.systems).toEqual([]);
    expect(await events('vendor.created')).toHaveLength(4); // 2 through the API before, 2 imported
    expect(await events('vendor.system_created')).toHaveLength(3);
    const [imported] = await events('vendor.imported');
    expect(imported?.after).toMatchObject({ fileName: 'vendors.csv', encoding: 'cp932', summary: res.body.summary });
    const ids = imported?.after as { vendorIds?: string[]; systemIds?: string[] } | undefined;
    expect([ids?.vendorIds?.length, ids?.systemIds?.length]).toEqual([2, 2]);
  });

  it('changes only the columns the file has, and keeps the rest (remote maintenance, devices, the contact, the note)', async () => {
    const before = (await viewer.get(url(`/${abc.id}`))).body.vendor;
    const file = utf8(
      csvText([
        ['法人名', 'システム名', '備考'],
        ['ABCメディカル', '電子カルテ Alpha', '更新予定'],
      ]),
      true,
    );
    const preview = await postImport(editor, 'note.csv', file, {}, true);
    expect(preview.body.changes).toEqual([
      {
        row: 2,
        target: 'vendor',
        action: 'update',
        vendor: 'ABCメディカル',
        system: null,
        changes: [{ column: '法人名', before: '株式会社ABCメディカル', after: 'ABCメディカル' }],
      },
      {
        row: 2,
        target: 'system',
        action: 'update',
        vendor: 'ABCメディカル',
        system: '電子カルテ Alpha',
        changes: [{ column: '備考', before: '=本番系, "引用符"\n2 行目', after: '更新予定' }],
      },
    ]);
    expect((await postImport(editor, 'note.csv', file)).body.stored).toBe(true);
    const after = (await viewer.get(url(`/${abc.id}`))).body;
    expect(after.vendor).toEqual({
      ...before,
      name: 'ABCメディカル',
      version: before.version + 1,
      updatedAt: after.vendor.updatedAt,
      systems: [{ ...before.systems[0], note: '更新予定', version: emr.version + 1, updatedAt: after.vendor.systems[0].updatedAt }],
    });
    expect(after.history.slice(0, 2).map((h: { action: string }) => h.action)).toEqual(['vendor.system_updated', 'vendor.updated']);
    expect(after.history[0]).toMatchObject({
      before: { id: emr.id, note: '=本番系, "引用符"\n2 行目' },
      after: { id: emr.id, note: '更新予定' },
    });
  });
});

describe('bad files are refused, and nothing is stored', () => {
  it('names row and column of an impossible date, an unknown 種類 and an unconfirmed remote answer', async () => {
    const before = await ledger();
    const file = utf8(
      csvText([
        ['法人名', 'システム名', '種類', '契約開始日', 'リモート保守'],
        ['新しい会社', '新システム', '電子カルテ', '', ''],
        ['ABCメディカル', '電子カルテ Alpha', '電子カルテ', '令和7年2月30日', ''],
        ['さくらメディカル(株)', 'PACS One', 'カルテ', '', 'なし'],
        ['北海道ネットワーク', 'VPN', 'ネットワーク', '', 'あり'],
      ]),
    );
    const res = await postImport(editor, 'bad.csv', file);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.error.message).toBe('3 行に問題があるため、何も取り込んでいません。ファイルを直してから、もう一度取り込んでください。');
    expect(res.body.error.details.rejected).toEqual([
      { row: 3, column: '契約開始日', message: '令和7年2月30日 は存在しない日付です' },
      {
        row: 4,
        column: '種類',
        message:
          '「カルテ」は選べる値ではありません (電子カルテ、医事会計、PACS、検査、部門システム、ネットワーク、クラウドサービス、その他)',
      },
      {
        row: 5,
        column: 'リモート保守を確認した人',
        message: '事業者に確認した人を入力してください (未確認なら「未確認」を選んでください)',
      },
      { row: 5, column: 'リモート保守の確認日', message: '事業者に確認した日を入力してください' },
    ]);
    expect(await ledger()).toEqual(before);
    const preview = await postImport(editor, 'bad.csv', file, {}, true);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual(res.body.error.details.rejected);
  });

  it('refuses the same system twice, naming both rows', async () => {
    const before = await ledger();
    const file = utf8(
      csvText([
        ['法人名', 'システム名'],
        ['重複社', '部門'],
        ['重複社', 'ぶもん'],
        ['重複社', '部 門'],
      ]),
    );
    const res = await postImport(editor, 'dup.csv', file);
    expect(res.status).toBe(422);
    expect(res.body.error.details.rejected).toEqual([
      { row: 4, column: 'システム名', message: 'システム「部 門」が 2 行目と重複しています' },
    ]);
    expect(await ledger()).toEqual(before);
  });

  it('imports the same new vendors at once from several requests without an error: each created once (real HTTP server)', async () => {
    const file = new TextEncoder().encode(
      csvText([
        ['法人名', 'システム名', '種類'],
        ['同時インポート株式会社', '部門システム', 'department'],
      ]),
    );
    const server = await listen(testApp(deps));
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${editor.cookie}`, 'x-csrf-token': editor.csrf ?? '' };
      const send = () => {
        const form = new FormData();
        form.append('file', new File([Buffer.from(file)], 'same.csv'));
        return fetch(`${server.url}${url('/import')}`, { method: 'POST', body: form, headers: { ...headers, connection: 'close' } });
      };
      const answers = await Promise.all(Array.from({ length: 5 }, send));
      const statuses = answers.map((a) => a.status);
      expect(
        statuses.every((s) => s === 200 || s === 409),
        statuses.join(','),
      ).toBe(true);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    } finally {
      await server.close();
    }
    const list = (await viewer.get(url())).body.vendors as { name: string; systems: { name: string }[] }[];
    const made = list.filter((v) => v.name === '同時インポート株式会社');
    expect(made).toHaveLength(1);
    expect(made[0]?.systems.map((x) => x.name)).toEqual(['部門システム']);
  });

  it('says clearly that random bytes named .xlsx are not a workbook', async () => {
    const res = await postImport(editor, '事業者台帳.xlsx', new Uint8Array([0x00, 0x13, 0x37, 0xfe, 0x41, 0x42, 0x43, 0x0a, 0x99, 0x10]));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_FILE_INVALID');
    expect(res.body.error.message).toMatch(/事業者台帳\.xlsx|Excel|ZIP|zip/);
  });

  it('refuses a viewer (403) and leaves another organisation’s ledger alone', async () => {
    const theirs = await ledger(otherOrgId);
    const res = await postImport(viewer, 'v.csv', utf8(csvText([['法人名'], ['閲覧者の会社']])));
    expect(res.status).toBe(403);
    expect((await viewer.get(url())).body.vendors.map((v: { name: string }) => v.name)).not.toContain('閲覧者の会社');
    expect(theirs).toMatchObject([{ name: 'ABCメディカル', system: '電子カルテ Alpha', version: 1, system_version: 1 }]);
    expect(await ledger(otherOrgId)).toEqual(theirs);
  });
});
