// The バックアップ台帳: per system, what is backed up (data, system image, configuration), how often, by
// which method or product, how many generations are kept, where the copies are (same room … cloud),
// whether one copy is offline or cannot be changed (immutable) — the ministry's material asks for it
// explicitly after 半田病院, whose backups were encrypted with the system — whether a copy is on
// another network, encryption, who is responsible, the restore procedure and the order in which the
// systems come back; and the record of each restore test. Checklist 3: バックアップの実施と復旧手順の確認.
import { LEDGER_STATUSES, type LedgerStatus, readStatus, STATUS_CHOICES } from '../devices/status.ts';
import { type Check, reader, word } from '../field-reader.ts';

type Label = { ja: string; en: string };

export const BACKUP_SCOPES = ['data', 'image', 'config'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];
export const scopeLabels: Record<BackupScope, Label> = {
  data: { ja: 'データ', en: 'Data' },
  image: { ja: 'システムイメージ', en: 'System image' },
  config: { ja: '設定', en: 'Configuration' },
};

export const FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'other', 'unknown'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencyLabels: Record<Frequency, Label> = {
  continuous: { ja: '随時 (レプリケーション等)', en: 'Continuous' },
  daily: { ja: '毎日', en: 'Daily' },
  weekly: { ja: '毎週', en: 'Weekly' },
  monthly: { ja: '毎月', en: 'Monthly' },
  other: { ja: 'その他', en: 'Other' },
  unknown: { ja: '未確認', en: 'Not checked' },
};

export const PLACES = ['same_room', 'onsite', 'other_building', 'offsite', 'cloud'] as const;
export type Place = (typeof PLACES)[number];
export const placeLabels: Record<Place, Label> = {
  same_room: { ja: 'システムと同じ部屋', en: 'Same room as the system' },
  onsite: { ja: '院内の別の場所', en: 'Elsewhere on site' },
  other_building: { ja: '別の建物', en: 'Another building' },
  offsite: { ja: '院外の保管先', en: 'Off-site storage' },
  cloud: { ja: 'クラウド', en: 'Cloud' },
};

/** Whether one copy is out of an attacker's reach: offline (unplugged media, tape), immutable (cannot be changed or deleted for a period), both. */
export const ISOLATIONS = ['offline', 'immutable', 'both', 'none', 'unknown'] as const;
export type Isolation = (typeof ISOLATIONS)[number];
export const isolationLabels: Record<Isolation, Label> = {
  offline: { ja: 'オフラインのコピーあり', en: 'Offline copy' },
  immutable: { ja: '改ざんできない (イミュータブル) コピーあり', en: 'Immutable copy' },
  both: { ja: 'オフラインかつ改ざんできないコピーあり', en: 'Offline and immutable copy' },
  none: { ja: 'なし (すべてオンライン)', en: 'None (all online)' },
  unknown: { ja: '未確認', en: 'Not checked' },
};
export const isolated = (i: Isolation) => i === 'offline' || i === 'immutable' || i === 'both';

export const BACKUP_STATUSES = LEDGER_STATUSES;

export interface BackupPlanValues {
  systemName: string;
  vendorName: string;
  scope: BackupScope[];
  frequency: Frequency;
  method: string;
  /** generations kept (null: not recorded) */
  generations: number | null;
  places: Place[];
  isolation: Isolation;
  /** a copy on another network than the system's (true), only on the system's network (false), not checked (null) */
  separateNetwork: boolean | null;
  encrypted: boolean | null;
  responsible: string;
  /** 1 = restored first */
  restoreOrder: number | null;
  /** 目標復旧時間 */
  recoveryHours: number | null;
  restoreProcedure: string;
  /** the restore procedure as a file of the evidence store */
  procedureEvidenceId: string | null;
  status: LedgerStatus;
  note: string;
}

export const backupPlanLabels: Record<keyof BackupPlanValues, string> = {
  systemName: 'システム',
  vendorName: '事業者 (復旧を担当)',
  scope: '対象',
  frequency: '頻度',
  method: '方法・製品',
  generations: '保持する世代数',
  places: '保管場所',
  isolation: 'オフライン・改ざんできないコピー',
  separateNetwork: 'システムと別のネットワークのコピー',
  encrypted: '暗号化',
  responsible: '責任者',
  restoreOrder: '復旧の順番',
  recoveryHours: '目標復旧時間 (時間)',
  restoreProcedure: '復旧手順',
  procedureEvidenceId: '復旧手順書 (証跡)',
  status: '状態',
  note: '備考',
};

/** The columns a person fills, in the order of the export (and of an import's headings). */
export const BACKUP_COLUMNS = [
  'systemName',
  'vendorName',
  'scope',
  'frequency',
  'method',
  'generations',
  'places',
  'isolation',
  'separateNetwork',
  'encrypted',
  'responsible',
  'restoreOrder',
  'recoveryHours',
  'restoreProcedure',
  'status',
  'note',
] as const satisfies readonly (keyof BackupPlanValues)[];

export type { Check };

/** Compared without spaces, width or case (「オフラインのコピーあり」, 「ｵﾌﾗｲﾝのｺﾋﾟｰあり」). */
const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();

/** Codes or their Japanese labels (and a few words people write) → codes; a word not known is named. */
function choices<T extends string>(
  raw: unknown,
  all: readonly T[],
  labels: Record<T, Label>,
  fail: (message: string) => void,
  extra: Record<string, T> = {},
): T[] {
  const list = Array.isArray(raw) ? raw.map(word) : word(raw).split(/[\n,、;；/／・]+/);
  const out: T[] = [];
  for (const w of list.map((x) => x.trim()).filter(Boolean)) {
    const key = fold(w);
    const found =
      all.find((c) => [c, labels[c].ja, labels[c].en, labels[c].ja.replace(/\s*\(.*\)$/, '')].some((x) => fold(x) === key)) ?? extra[w];
    if (!found) fail(`「${w.slice(0, 40)}」は選べる値ではありません (${all.map((c) => labels[c].ja).join('、')})`);
    else if (!out.includes(found)) out.push(found);
  }
  return out;
}

function one<T extends string>(
  raw: unknown,
  all: readonly T[],
  labels: Record<T, Label>,
  fallback: T,
  fail: (message: string) => void,
  extra: Record<string, T> = {},
): T {
  if (!word(raw)) return fallback;
  const found = choices([word(raw)], all, labels, fail, extra);
  return found[0] ?? fallback;
}

/** A whole number in [min, max], or null when empty; anything else (−1, 1.5, 三) is named. */
function count(raw: unknown, min: number, max: number, fail: (message: string) => void): number | null {
  if (raw === null || raw === undefined || word(raw) === '') return null;
  const v = typeof raw === 'number' ? raw : Number(word(raw));
  if (!Number.isInteger(v) || v < min || v > max) {
    fail(`${min}〜${max} の整数にしてください (「${word(raw).slice(0, 20)}」)`);
    return null;
  }
  return v;
}

const ISOLATION_WORDS: Record<string, Isolation> = {
  オフライン: 'offline',
  イミュータブル: 'immutable',
  改ざん不可: 'immutable',
  なし: 'none',
  無: 'none',
  未確認: 'unknown',
  不明: 'unknown',
};
const FREQUENCY_WORDS: Record<string, Frequency> = { 随時: 'continuous', 日次: 'daily', 週次: 'weekly', 月次: 'monthly', 不明: 'unknown' };

export function checkBackupPlan(raw: Partial<Record<keyof BackupPlanValues, unknown>>): Check<BackupPlanValues> {
  const r = reader(raw, backupPlanLabels);
  const { problems, fail, text, flag } = r;
  const systemName = text('systemName');
  if (!systemName) fail('systemName', 'システムの名前を入力してください (例: 電子カルテ)');
  const statusWord = word(raw.status);
  const status = statusWord ? readStatus(statusWord) : 'active';
  if (!status) fail('status', `「${statusWord.slice(0, 40)}」は状態として読み取れません。${STATUS_CHOICES} のどれかにしてください`);
  const values: BackupPlanValues = {
    systemName,
    vendorName: text('vendorName'),
    scope: choices(raw.scope, BACKUP_SCOPES, scopeLabels, (m) => fail('scope', m), { イメージ: 'image', 設定ファイル: 'config' }),
    frequency: one(raw.frequency, FREQUENCIES, frequencyLabels, 'unknown', (m) => fail('frequency', m), FREQUENCY_WORDS),
    method: text('method'),
    generations: count(raw.generations, 1, 10_000, (m) => fail('generations', m)),
    places: choices(raw.places, PLACES, placeLabels, (m) => fail('places', m), { 院内: 'onsite', 院外: 'offsite', 同じ部屋: 'same_room' }),
    isolation: one(raw.isolation, ISOLATIONS, isolationLabels, 'unknown', (m) => fail('isolation', m), ISOLATION_WORDS),
    separateNetwork: flag('separateNetwork'),
    encrypted: flag('encrypted'),
    responsible: text('responsible'),
    restoreOrder: count(raw.restoreOrder, 1, 999, (m) => fail('restoreOrder', m)),
    recoveryHours: count(raw.recoveryHours, 0, 100_000, (m) => fail('recoveryHours', m)),
    restoreProcedure: text('restoreProcedure', 4000),
    procedureEvidenceId: r.oneId('procedureEvidenceId'),
    status: status ?? 'active',
    note: text('note', 4000),
  };
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

// ---- restore tests ----

export const RESTORE_RESULTS = ['success', 'partial', 'failed'] as const;
export type RestoreResult = (typeof RESTORE_RESULTS)[number];
export const restoreResultLabels: Record<RestoreResult, Label> = {
  success: { ja: '復旧できた', en: 'Restored' },
  partial: { ja: '一部だけ復旧できた', en: 'Partly restored' },
  failed: { ja: '復旧できなかった', en: 'Failed' },
};

export interface RestoreTestValues {
  testedOn: string;
  /** what was restored (a file, a database, the whole server …) */
  target: string;
  /** from which generation (前日分, 1 週間前 …) */
  generation: string;
  durationMinutes: number | null;
  result: RestoreResult;
  /** what went wrong or was learnt */
  problems: string;
  tester: string;
  evidenceId: string | null;
}

export const restoreTestLabels: Record<keyof RestoreTestValues, string> = {
  testedOn: '実施日',
  target: '復旧した対象',
  generation: 'どの世代から',
  durationMinutes: 'かかった時間 (分)',
  result: '結果',
  problems: 'わかった問題',
  tester: '実施した人',
  evidenceId: '証跡',
};

const RESULT_WORDS: Record<string, RestoreResult> = { 成功: 'success', 一部成功: 'partial', 失敗: 'failed' };

/** A restore test as recorded: its date not after `today` (a test dated in the future is refused). */
export function checkRestoreTest(raw: Partial<Record<keyof RestoreTestValues, unknown>>, today: string): Check<RestoreTestValues> {
  const r = reader(raw, restoreTestLabels);
  const { problems, fail, text } = r;
  const testedOn = r.date('testedOn');
  if (!testedOn && !problems.length) fail('testedOn', '実施日を入力してください');
  if (testedOn && testedOn > today) fail('testedOn', `未来の日付 (${testedOn}) は入れられません`);
  const target = text('target', 1000);
  if (!target) fail('target', '何を復旧したかを入力してください (例: 電子カルテのデータベース)');
  if (!word(raw.result)) fail('result', '結果を選んでください');
  const result = one(raw.result, RESTORE_RESULTS, restoreResultLabels, 'failed', (m) => fail('result', m), RESULT_WORDS);
  const values: RestoreTestValues = {
    testedOn: testedOn ?? '',
    target,
    generation: text('generation'),
    durationMinutes: count(raw.durationMinutes, 0, 1_000_000, (m) => fail('durationMinutes', m)),
    result,
    problems: text('problems', 4000),
    tester: text('tester'),
    evidenceId: r.oneId('evidenceId'),
  };
  return problems.length ? { ok: false, problems } : { ok: true, values };
}
