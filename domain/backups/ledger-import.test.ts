import { describe, expect, it } from 'vitest';
import { type BackupPlanValues, checkBackupPlan } from './ledger.ts';
import { IMPORT_COLUMNS, type ImportRow, importPreview, importSummary, planBackupImport, type StoredPlan } from './ledger-import.ts';

const EXPORT_HEADER = IMPORT_COLUMNS.map((c) => c.header);
const PROCEDURE = '5b1f0c2e-8f61-4b7a-9a0e-2d3c4b5a6f70';

/** Values as the ledger's own check makes them (every field, its default unless given). */
function plan(systemName: string, over: Partial<BackupPlanValues> = {}): BackupPlanValues {
  const checked = checkBackupPlan({ systemName });
  if (!checked.ok) throw new Error(systemName);
  return { ...checked.values, ...over };
}
const rows = (...cells: (string | null)[][]): ImportRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));

const KARTE: StoredPlan = {
  id: 'p-karte',
  version: 3,
  values: plan('電子カルテ', {
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
    restoreProcedure: '=手順書 第3章',
    procedureEvidenceId: PROCEDURE,
    note: '',
  }),
};
const PACS: StoredPlan = { id: 'p-pacs', version: 1, values: plan('PACS', { status: 'stopped' }) };
const stored = [KARTE, PACS];

/** A row in the export's column order: the cells given by heading, the others empty. */
const exportRow = (cells: Record<string, string>) => EXPORT_HEADER.map((h) => cells[h] ?? '');

/** The two plans as export-backup-ledger.ts writes them (CSV: a cell starting with = gets an apostrophe). */
const exported = rows(
  EXPORT_HEADER,
  exportRow({
    システム: '電子カルテ',
    '事業者 (復旧を担当)': 'カルテ株式会社',
    対象: 'データ、設定',
    頻度: '毎日',
    '方法・製品': 'NAS へ差分～週 1 回フル', // CP932's spelling of 〜
    保持する世代数: '7',
    保管場所: 'システムと同じ部屋、院外の保管先',
    'オフライン・改ざんできないコピー': 'オフラインのコピーあり',
    システムと別のネットワークのコピー: 'あり',
    暗号化: '未確認',
    責任者: '情報システム課 佐藤',
    復旧の順番: '1',
    '目標復旧時間 (時間)': '24',
    復旧手順: "'=手順書 第3章",
    状態: '稼働中',
    復旧手順書: '復旧手順.pdf',
    最後の復旧テスト: '2025-06-01',
    その結果: '復旧できた',
    次の復旧テスト: '2026-06-01',
    指摘: '保管場所が … (Mamori)',
  }),
  exportRow({
    システム: 'PACS',
    頻度: '未確認',
    'オフライン・改ざんできないコピー': '未確認',
    システムと別のネットワークのコピー: '未確認',
    暗号化: '未確認',
    状態: '停止中',
    最後の復旧テスト: 'なし',
  }),
);

describe('planBackupImport', () => {
  it('reads its own export back as no change, naming the columns it does not read', () => {
    const p = planBackupImport(exported, stored);
    expect(p.problems).toEqual([]);
    expect(p.headerRow).toBe(1);
    expect(p.plans.map((x) => [x.row, x.action, x.id, x.changes])).toEqual([
      [2, 'unchanged', 'p-karte', []],
      [3, 'unchanged', 'p-pacs', []],
    ]);
    // the stored spelling (〜) and the procedure's file are kept
    expect(p.plans[0]?.values).toEqual(KARTE.values);
    expect(p.ignored).toEqual([
      { column: '復旧手順書', reason: '復旧手順書のファイルは画面で証跡から選びます' },
      { column: '最後の復旧テスト', reason: '復旧テストは画面で記録します' },
      { column: 'その結果', reason: '復旧テストは画面で記録します' },
      { column: '次の復旧テスト', reason: 'Mamori が最後の復旧テストから決めます' },
      { column: '指摘', reason: 'Mamori の指摘は読み込みません' },
    ]);
    expect(importSummary(p)).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(importPreview(p)).toEqual([]);
  });

  it('reads a hand-made file: a title row, other names of the columns in other widths, codes and words', () => {
    const p = planBackupImport(
      rows(
        ['バックアップ一覧 (令和7年度)'],
        ['ｼｽﾃﾑ名', ' 頻 度 ', '世代数', '保管先', 'オフラインコピー', '暗号化', 'ＲＴＯ', '担当者', '確認日'],
        ['部門システム', '随時(レプリケーション等)', '３', '院内, cloud', 'イミュータブル', 'はい', '8', '山田', '令和7年4月1日'],
        ['検査システム', 'weekly', '', '', '', '不明', '', '', ''],
      ),
      [],
    );
    expect(p.problems).toEqual([]);
    expect(p.headerRow).toBe(2);
    expect(p.ignored).toEqual([{ column: '確認日', reason: 'バックアップ台帳の列ではありません' }]);
    expect(p.plans).toEqual([
      {
        row: 3,
        action: 'create',
        id: null,
        version: null,
        values: plan('部門システム', {
          frequency: 'continuous',
          generations: 3,
          places: ['onsite', 'cloud'],
          isolation: 'immutable',
          encrypted: true,
          recoveryHours: 8,
          responsible: '山田',
        }),
        before: null,
        changes: [],
      },
      {
        row: 4,
        action: 'create',
        id: null,
        version: null,
        values: plan('検査システム', { frequency: 'weekly' }),
        before: null,
        changes: [],
      },
    ]);
    expect(importSummary(p)).toEqual({ create: 2, update: 0, unchanged: 0 });
  });

  it('matches the system whatever its width and case, changes only the columns the file has, and says what changes', () => {
    const p = planBackupImport(rows(['システム', '保持する世代数', '備考'], [' ｐａｃｓ ', '14', '月末に更新']), stored);
    expect(p.problems).toEqual([]);
    expect(p.plans).toEqual([
      {
        row: 2,
        action: 'update',
        id: 'p-pacs',
        version: 1,
        values: { ...PACS.values, systemName: 'pacs', generations: 14, note: '月末に更新' },
        before: PACS.values,
        changes: [
          { column: 'システム', before: 'PACS', after: 'pacs' },
          { column: '保持する世代数', before: '', after: '14' },
          { column: '備考', before: '', after: '月末に更新' },
        ],
      },
    ]);
    const karte = planBackupImport(rows(['システム', '暗号化', '頻度'], ['電子カルテ', 'なし', '毎週']), stored);
    expect(karte.plans[0]).toMatchObject({
      action: 'update',
      // the restore procedure's file is not a column: kept
      values: { ...KARTE.values, encrypted: false, frequency: 'weekly', procedureEvidenceId: PROCEDURE },
      changes: [
        { column: '頻度', before: '毎日', after: '毎週' },
        { column: '暗号化', before: '未確認', after: 'なし' },
      ],
    });
    expect(importPreview(karte)).toEqual([{ row: 2, action: 'update', system: '電子カルテ', changes: karte.plans[0]?.changes }]);
  });

  it('names row and column of every problem, with the ledger’s own check', () => {
    const p = planBackupImport(
      rows(
        ['システム', '頻度', '世代数', '復旧の順番', '暗号化'],
        ['A', '毎日', '-1', '', ''],
        ['B', '時々', '', '', ''],
        ['C', '', '', '令和7年4月1日', ''],
        ['', '毎日', '', '', ''],
        ['E', '', '', '', '多分'],
      ),
      stored,
    );
    expect(p.problems).toEqual([
      { row: 2, column: '世代数', message: '1〜10000 の整数にしてください (「-1」)' },
      {
        row: 3,
        column: '頻度',
        message: '「時々」は選べる値ではありません (随時 (レプリケーション等)、毎日、毎週、毎月、その他、未確認)',
      },
      { row: 4, column: '復旧の順番', message: '1〜999 の整数にしてください (「令和7年4月1日」)' },
      { row: 5, column: 'システム', message: 'システムの名前を入力してください (例: 電子カルテ)' },
      { row: 6, column: '暗号化', message: '「多分」は「あり」「なし」として読み取れません' },
    ]);
  });

  it('refuses the same system twice in the file (naming both rows), and a name the ledger holds twice', () => {
    const p = planBackupImport(rows(['システム'], ['電子カルテ'], ['ＥＭＲ'], ['電子カルテ '], ['emr']), stored);
    expect(p.problems).toEqual([
      { row: 4, column: 'システム', message: 'システム「電子カルテ」が 2 行目と重複しています' },
      { row: 5, column: 'システム', message: 'システム「emr」が 3 行目と重複しています' },
    ]);
    const twice = planBackupImport(rows(['システム'], ['PACS']), [...stored, { id: 'p-2', version: 1, values: plan('pacs') }]);
    expect(twice.problems).toEqual([
      { row: 2, column: 'システム', message: '「PACS」が台帳に 2 件あります。画面で名前を区別してから取り込んでください' },
    ]);
  });

  it('reads the export’s apostrophe, and names a cell whose formula has no saved result', () => {
    const p = planBackupImport(rows(['システム', '備考'], ['A', "'-1"], ['B', null]), []);
    expect(p.problems).toEqual([{ row: 3, column: '備考', message: '数式の結果が保存されていません。Excel で開いて保存し直してください' }]);
    expect(p.plans.map((x) => x.values.note)).toEqual(['-1']);
  });

  it('refuses a file without a システム column, and a column given twice', () => {
    expect(planBackupImport(rows(['名前', '頻度']), []).problems).toEqual([
      {
        row: 1,
        column: 'システム',
        message:
          '「システム」の列が見つかりません。1 行目に「システム」「頻度」などの列名を入れてください (バックアップ台帳の書き出しと同じ列名)。',
      },
    ]);
    expect(planBackupImport(rows(['システム', '頻度', 'バックアップ頻度']), []).problems).toEqual([
      { row: 1, column: 'バックアップ頻度', message: '同じ項目の列が 2 つあります。どちらかを消してください' },
    ]);
  });
});
