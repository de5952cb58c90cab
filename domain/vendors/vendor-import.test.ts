import { describe, expect, it } from 'vitest';
import { checkSystem, checkVendor, type SystemValues, type VendorValues } from './vendor.ts';
import { IMPORT_COLUMNS, type ImportRow, importPreview, importSummary, planVendorImport, type StoredSystem } from './vendor-import.ts';

const EXPORT_HEADER = IMPORT_COLUMNS.map((c) => c.header);
const DEVICE = '5b1f0c2e-8f61-4b7a-9a0e-2d3c4b5a6f70';
const CONTACT = '7d3b2e4a-0f83-4d9c-9c2a-4f5e6d7c8b92';

/** Values as the ledger's own checks make them (every field, its default unless given). */
function vendor(name: string, over: Partial<VendorValues> = {}): VendorValues {
  const checked = checkVendor({ name });
  if (!checked.ok) throw new Error(name);
  return { ...checked.values, ...over };
}
function system(name: string, over: Partial<SystemValues> = {}): SystemValues {
  const checked = checkSystem({ name });
  if (!checked.ok) throw new Error(name);
  return { ...checked.values, ...over };
}
const rows = (...cells: string[][]): ImportRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));

const ABC = { id: 'v-abc', values: vendor('株式会社ABCメディカル', { contactEntryId: CONTACT, note: '本社' }) };
const EMR: StoredSystem = {
  id: 's-emr',
  vendorId: 'v-abc',
  values: system('電子カルテ Alpha', {
    kind: 'emr',
    contractFrom: '2024-04-01',
    contractTo: '2029-03-31',
    maintenanceContract: true,
    remoteMaintenance: 'yes',
    remoteConfirmedBy: '情報システム課 佐藤',
    remoteConfirmedOn: '2025-05-20',
    remoteDocumentedAs: '保守報告書',
    securityUpdates: 'vendor',
    securityUpdatesClause: '保守契約書 第12条',
    deviceIds: [DEVICE],
    note: '=本番系',
  }),
};
const stored = { vendors: [ABC, { id: 'v-xyz', values: vendor('XYZ', { status: 'ended' }) }], systems: [EMR] };

/** A row in the export's column order: the cells given by header, the others empty. */
const exportRow = (cells: Record<string, string>) => EXPORT_HEADER.map((h) => cells[h] ?? '');

/** The two rows as export-vendors.ts writes them (CSV: a cell starting with = gets an apostrophe). */
const exported = rows(
  EXPORT_HEADER,
  exportRow({
    法人名: '株式会社ABCメディカル',
    事業者の状態: '取引中',
    '24時間の連絡先': '事業者 ABCメディカル',
    システム名: '電子カルテ Alpha',
    種類: '電子カルテ',
    契約開始日: '2024-04-01',
    契約終了日: '2029-03-31',
    保守契約: 'あり',
    リモート保守: 'リモート保守あり',
    リモート保守を確認した人: '情報システム課 佐藤',
    リモート保守の確認日: '2025-05-20',
    確認の記録: '保守報告書',
    セキュリティ更新の責任: '事業者 (契約で定めている)',
    契約の条項: '保守契約書 第12条',
    使う機器: 'SV-1 emr-db',
    システムの状態: '取引中',
    備考: "'=本番系",
  }),
  exportRow({ 法人名: 'XYZ', 事業者の状態: '取引終了' }),
);

describe('planVendorImport', () => {
  it('reads its own export back as no change, naming the columns it does not read', () => {
    const plan = planVendorImport(exported, stored);
    expect(plan.problems).toEqual([]);
    expect(plan.headerRow).toBe(1);
    expect(plan.vendors.map((v) => [v.row, v.action, v.id])).toEqual([
      [2, 'unchanged', 'v-abc'],
      [3, 'unchanged', 'v-xyz'],
    ]);
    expect(plan.systems.map((s) => [s.row, s.action, s.id])).toEqual([[2, 'unchanged', 's-emr']]);
    expect(plan.ignored).toEqual([
      { column: '24時間の連絡先', reason: 'ほかの台帳とのつながりは画面で選びます' },
      { column: '使う外部接続点', reason: 'ほかの台帳とのつながりは画面で選びます' },
      { column: '使う機器', reason: 'ほかの台帳とのつながりは画面で選びます' },
      { column: '記録しておくこと (Mamori の助言)', reason: 'Mamori の助言は読み込みません' },
    ]);
    expect(importSummary(plan)).toEqual({
      vendors: { create: 0, update: 0, unchanged: 2 },
      systems: { create: 0, update: 0, unchanged: 1 },
    });
    expect(importPreview(plan)).toEqual([]);
  });

  it('reads a hand-made file: a title row, columns in any order, headers in other widths, codes, 和暦', () => {
    const plan = planVendorImport(
      rows(
        ['事業者一覧 (令和7年度)'],
        ['ｼｽﾃﾑ名', ' 法 人 名 ', '種類', 'リモート保守', 'リモート保守を確認した人', 'リモート保守の確認日', '契約開始日', '担当者'],
        ['PACS One', 'さくらメディカル(株)', 'pacs', 'no', '佐藤', '令和7年4月1日', '2025/4/1', '山田'],
        ['検査システム', 'さくらメディカル(株)', '検査', '', '', '', '', ''],
        ['', '北海道ネット', '', '', '', '', '', ''],
      ),
      { vendors: [], systems: [] },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.headerRow).toBe(2);
    expect(plan.ignored).toEqual([{ column: '担当者', reason: '事業者台帳の列ではありません' }]);
    expect(plan.vendors).toEqual([
      { row: 3, key: 'さくらメディカル', action: 'create', id: null, values: vendor('さくらメディカル(株)'), before: null, changes: [] },
      { row: 5, key: '北海道ネット', action: 'create', id: null, values: vendor('北海道ネット'), before: null, changes: [] },
    ]);
    expect(plan.systems.map((s) => [s.row, s.vendorKey, s.action, s.values])).toEqual([
      [
        3,
        'さくらメディカル',
        'create',
        system('PACS One', {
          kind: 'pacs',
          remoteMaintenance: 'no',
          remoteConfirmedBy: '佐藤',
          remoteConfirmedOn: '2025-04-01',
          contractFrom: '2025-04-01',
        }),
      ],
      [4, 'さくらメディカル', 'create', system('検査システム', { kind: 'lab' })],
    ]);
    expect(importSummary(plan)).toEqual({
      vendors: { create: 2, update: 0, unchanged: 0 },
      systems: { create: 2, update: 0, unchanged: 0 },
    });
  });

  it('changes only the columns the file has, and says what changes', () => {
    const plan = planVendorImport(rows(['法人名', 'システム名', '備考'], ['ABCメディカル株式会社', '電子カルテAlpha', '更新予定']), stored);
    expect(plan.problems).toEqual([]);
    expect(plan.systems).toEqual([
      {
        row: 2,
        vendorKey: 'abcメディカル',
        action: 'update',
        id: 's-emr',
        values: { ...EMR.values, name: '電子カルテAlpha', note: '更新予定' },
        before: EMR.values,
        changes: [
          { column: 'システム名', before: '電子カルテ Alpha', after: '電子カルテAlpha' },
          { column: '備考', before: '=本番系', after: '更新予定' },
        ],
      },
    ]);
    // the vendor's name is written as the file spells it; its contact and note are kept
    expect(plan.vendors[0]).toMatchObject({
      action: 'update',
      values: { ...ABC.values, name: 'ABCメディカル株式会社' },
      changes: [{ column: '法人名', before: '株式会社ABCメディカル', after: 'ABCメディカル株式会社' }],
    });
    expect(importPreview(plan)).toEqual([
      { row: 2, target: 'vendor', action: 'update', vendor: 'ABCメディカル株式会社', system: null, changes: plan.vendors[0]?.changes },
      {
        row: 2,
        target: 'system',
        action: 'update',
        vendor: 'ABCメディカル株式会社',
        system: '電子カルテAlpha',
        changes: plan.systems[0]?.changes,
      },
    ]);
  });

  it('names row and column of every problem, with the ledger’s own rules', () => {
    const plan = planVendorImport(
      rows(
        ['法人名', 'システム名', '種類', '契約開始日', 'リモート保守'],
        ['A社', 'X', '電子カルテ', '令和7年2月30日', ''],
        ['A社', 'Y', 'カルテ', '', ''],
        ['A社', 'Z', '', '', 'あり'],
        ['', 'W', '', '', ''],
      ),
      { vendors: [], systems: [] },
    );
    expect(plan.problems).toEqual([
      { row: 2, column: '契約開始日', message: '令和7年2月30日 は存在しない日付です' },
      {
        row: 3,
        column: '種類',
        message:
          '「カルテ」は選べる値ではありません (電子カルテ、医事会計、PACS、検査、部門システム、ネットワーク、クラウドサービス、その他)',
      },
      {
        row: 4,
        column: 'リモート保守を確認した人',
        message: '事業者に確認した人を入力してください (未確認なら「未確認」を選んでください)',
      },
      { row: 4, column: 'リモート保守の確認日', message: '事業者に確認した日を入力してください' },
      { row: 5, column: '法人名', message: '法人名を入力してください (例: 株式会社〇〇メディカル)' },
    ]);
  });

  it('refuses the same system twice and a vendor whose rows disagree, naming both rows', () => {
    const plan = planVendorImport(
      rows(
        ['法人名', '事業者の状態', 'システム名'],
        ['A社', '取引中', '電子カルテ'],
        ['Ａ社', '取引中', '電子 カルテ'],
        ['A社', '取引終了', 'PACS'],
        ['B社', '', ''],
        ['B社', '取引中', 'S'],
      ),
      { vendors: [], systems: [] },
    );
    expect(plan.problems).toEqual([
      { row: 3, column: 'システム名', message: 'システム「電子 カルテ」が 2 行目と重複しています' },
      { row: 4, column: '事業者の状態', message: '事業者「A社」の状態が 2 行目 (取引中) と違います (取引終了)' },
    ]);
  });

  it('asks for a system name when only other system columns are filled, and reads the export’s apostrophe and unreadable cells', () => {
    const plan = planVendorImport(
      rows(
        ['法人名', 'システム名', '種類', '備考'],
        ['A社', '', 'PACS', ''],
        ['B社', 'S', 'その他', "'-1"],
        ['C社', 'T', '', null as unknown as string],
      ),
      { vendors: [], systems: [] },
    );
    expect(plan.problems).toEqual([
      { row: 2, column: 'システム名', message: 'システムの列に値があります。システム名を入力してください' },
      { row: 4, column: '備考', message: '数式の結果が保存されていません。Excel で開いて保存し直してください' },
    ]);
    expect(plan.systems.map((s) => s.values.note)).toEqual(['-1']);
  });

  it('refuses a file without a 法人名 column, and a column given twice', () => {
    expect(planVendorImport(rows(['会社', 'システム']), { vendors: [], systems: [] }).problems).toEqual([
      {
        row: 1,
        column: '法人名',
        message:
          '「法人名」の列が見つかりません。1 行目に「法人名」「システム名」などの列名を入れてください (事業者台帳の書き出しと同じ列名)。',
      },
    ]);
    expect(planVendorImport(rows(['法人名', '種類', '種 類']), { vendors: [], systems: [] }).problems).toEqual([
      { row: 1, column: '種 類', message: '同じ項目の列が 2 つあります。どちらかを消してください' },
    ]);
  });
});
