// A system's own user list (電子カルテ・医事会計・PACS … each exports its users in its own columns) read
// into the 利用者台帳's fields through a column mapping: each heading of the file goes to one field or
// is left out. Headings are guessed from their usual Japanese and English names; the mapping a person
// chose is remembered per system by the caller and given back here. Values are read as the exports
// write them: 有/無, ○/×, はい/いいえ, 1/0 for yes and no; 有効/無効/利用停止/削除 for the status; 西暦
// or 和暦 dates, with or without a time (JST). Each unreadable value is a problem naming its row and
// column; the ID is required and unique (case-insensitive).
import { parseJapaneseDate } from '../dates/wareki.ts';
import type { AccountStatus } from './account.ts';
import { nameKey } from './names.ts';

export const LIST_FIELDS = [
  'accountId',
  'name',
  'nameKana',
  'employeeId',
  'jobType',
  'department',
  'role',
  'isAdmin',
  'shared',
  'status',
  'createdOn',
  'lastLogonAt',
  'passwordLastSetAt',
  'passwordNeverExpires',
  'mfa',
  'leftOn',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const listFieldLabels: Record<ListField, { ja: string; en: string }> = {
  accountId: { ja: 'ID (ログインID)', en: 'ID (login)' },
  name: { ja: '氏名', en: 'Name' },
  nameKana: { ja: '氏名 (カナ)', en: 'Name (kana)' },
  employeeId: { ja: '職員番号', en: 'Staff number' },
  jobType: { ja: '職種', en: 'Job type' },
  department: { ja: '所属', en: 'Department' },
  role: { ja: '役割・権限', en: 'Role / permissions' },
  isAdmin: { ja: '管理者権限', en: 'Administrator' },
  shared: { ja: '共用', en: 'Shared' },
  status: { ja: '状態', en: 'Status' },
  createdOn: { ja: '作成日', en: 'Created' },
  lastLogonAt: { ja: '最終ログオン', en: 'Last logon' },
  passwordLastSetAt: { ja: 'パスワード変更日', en: 'Password last set' },
  passwordNeverExpires: { ja: 'パスワード無期限', en: 'Password never expires' },
  mfa: { ja: '二要素認証', en: 'MFA' },
  leftOn: { ja: '退職日・利用終了日', en: 'Leave date' },
};

const GUESSES: Record<ListField, string[]> = {
  accountId: [
    'id',
    'ユーザーid',
    'ユーザid',
    '利用者id',
    'ログインid',
    'ログオンid',
    'アカウント',
    'アカウントid',
    'ユーザー名',
    'userid',
    'loginid',
    'username',
    'account',
  ],
  name: ['氏名', '名前', '利用者名', '職員名', 'ユーザー氏名', '表示名', 'name', 'fullname', 'displayname'],
  nameKana: ['カナ', 'フリガナ', 'ふりがな', '氏名カナ', 'カナ氏名', '氏名(カナ)', 'kana'],
  employeeId: ['職員番号', '社員番号', '職員コード', '職員id', '個人番号', 'employeeid', 'staffid'],
  jobType: ['職種', '資格', 'jobtype', 'title'],
  department: ['所属', '部署', '診療科', '所属部署', '部門', 'department'],
  role: ['権限', '権限グループ', 'ロール', '役割', '利用者区分', '権限レベル', 'role', 'profile', 'group'],
  isAdmin: ['管理者', '管理者権限', 'admin', 'administrator'],
  shared: ['共用', '共有', '共用アカウント', 'shared'],
  status: ['状態', '有効', '利用状態', 'ステータス', '有効/無効', '利用可否', 'status', 'enabled'],
  createdOn: ['作成日', '登録日', '作成日時', '登録日時', 'created', 'createdon'],
  lastLogonAt: [
    '最終ログイン',
    '最終ログオン',
    '最終ログイン日時',
    '最終ログオン日時',
    '最終利用日',
    '最終利用日時',
    'lastlogin',
    'lastlogon',
  ],
  passwordLastSetAt: ['パスワード変更日', 'パスワード最終変更日', 'パスワード更新日', 'passwordlastset', 'passwordchanged'],
  passwordNeverExpires: ['パスワード無期限', 'パスワード有効期限なし', 'passwordneverexpires'],
  mfa: ['二要素認証', '多要素認証', '2要素認証', 'mfa', '2fa'],
  leftOn: ['退職日', '利用終了日', '失効日', '無効化日', 'leavedate', 'enddate'],
};

/** A heading as compared: NFKC, no spaces or brackets' inner spaces, lower case. */
export const headingKey = (h: string) => h.normalize('NFKC').replace(/\s/g, '').toLowerCase();

/** The field a heading most likely is, or null. */
export function guessField(heading: string): ListField | null {
  const k = headingKey(heading);
  return LIST_FIELDS.find((f) => GUESSES[f].includes(k)) ?? null;
}

export interface ListValues {
  accountId: string;
  name?: string;
  nameKana?: string;
  nameKey?: string;
  employeeId?: string;
  jobType?: string;
  department?: string;
  role?: string;
  isAdmin?: boolean | null;
  shared?: boolean | null;
  status?: AccountStatus;
  createdOn?: string | null;
  lastLogonAt?: string | null;
  passwordLastSetAt?: string | null;
  passwordNeverExpires?: boolean | null;
  mfa?: boolean | null;
  leftOn?: string | null;
}

export interface ListRead {
  /** the heading row's number, and each heading with the field it goes to (null: left out) */
  headerRow: number;
  columns: { heading: string; field: ListField | null; guessed: boolean }[];
  accounts: { row: number; values: ListValues; raw: Record<string, string> }[];
  problems: { row: number; column: string | null; message: string }[];
  /** the fields the file has (a re-import changes only those) */
  fields: ListField[];
}

const YES = ['有', 'あり', '○', '〇', '◯', 'はい', 'yes', 'y', 'true', '1', '要', '済'];
const NO = ['無', 'なし', '×', '✕', '-', 'いいえ', 'no', 'n', 'false', '0', '不要', '未'];
function yesNo(raw: string): boolean | null | undefined {
  const v = raw.normalize('NFKC').trim().toLowerCase();
  if (!v) return null;
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  return undefined;
}

const STATUS: [AccountStatus, string[]][] = [
  ['active', ['有効', '利用中', '使用中', '在籍', 'active', 'enabled', '1', 'true', '○', 'はい']],
  ['disabled', ['無効', '利用停止', '停止', '休止', 'ロック', 'disabled', 'inactive', 'locked', '0', 'false', '×', 'いいえ']],
  ['deleted', ['削除', '削除済', '削除済み', 'deleted', 'removed']],
];
function statusOf(raw: string): AccountStatus | null | undefined {
  const v = raw.normalize('NFKC').trim().toLowerCase();
  if (!v) return null;
  return STATUS.find(([, words]) => words.includes(v))?.[0];
}

/** A date, or a date and time (JST), as an ISO instant; a date alone is YYYY-MM-DD for leftOn. */
function dateOf(raw: string, withTime: boolean): { ok: true; value: string | null } | { ok: false; message: string } {
  const text = raw.normalize('NFKC').trim();
  if (!text) return { ok: true, value: null };
  const m = text.match(/^(.+?)[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/);
  const parsed = parseJapaneseDate(m ? (m[1] as string) : text);
  if (!parsed.ok) return parsed;
  if (!withTime) return { ok: true, value: parsed.iso };
  const [h, min, s] = m ? [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)] : [0, 0, 0];
  if (h > 23 || min > 59 || s > 59) return { ok: false, message: `時刻として読み取れません: ${raw}` };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: new Date(`${parsed.iso}T${pad(h)}:${pad(min)}:${pad(s)}+09:00`).toISOString() };
}

/**
 * The rows of a user list (heading row first, wherever it is in the first ten rows: the first row
 * with a heading that names a field). `mapping`: heading key → field or '' (left out), as a person
 * chose it; headings it does not name are guessed.
 */
export function readUserList(rows: { row: number; cells: string[] }[], mapping: Record<string, string> = {}): ListRead | { error: string } {
  const fieldOf = (h: string): { field: ListField | null; guessed: boolean } => {
    const chosen = mapping[headingKey(h)];
    if (chosen !== undefined)
      return { field: (LIST_FIELDS as readonly string[]).includes(chosen) ? (chosen as ListField) : null, guessed: false };
    return { field: guessField(h), guessed: true };
  };
  const named = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => fieldOf(c).field !== null));
  // no heading guessed: the first row with text is taken as the headings, for the person to map
  const at = named >= 0 ? named : rows.findIndex((r) => r.cells.some((c) => c.trim()));
  if (at < 0) return { error: 'ファイルに行がありません。' };
  const head = rows[at] as { row: number; cells: string[] };
  const columns = head.cells.map((heading) => ({ heading: heading.trim(), ...fieldOf(heading) }));
  // a field taken by two headings: the first one counts
  const index = new Map<ListField, number>();
  columns.forEach((c, i) => {
    if (c.field && !index.has(c.field)) index.set(c.field, i);
    else if (c.field) columns[i] = { ...c, field: null };
  });
  const out: ListRead = { headerRow: head.row, columns, accounts: [], problems: [], fields: [...index.keys()] };
  if (!index.has('accountId')) {
    out.problems.push({
      row: head.row,
      column: null,
      message: '「ID (ログインID)」にあたる列がありません。列の対応で ID の列を選んでください。',
    });
    return out;
  }
  for (const r of rows.slice(at + 1)) {
    if (r.cells.every((c) => !c.trim())) continue;
    const get = (f: ListField) => (index.has(f) ? (r.cells[index.get(f) as number] ?? '').trim() : '');
    const problem = (f: ListField, message: string) =>
      out.problems.push({ row: r.row, column: columns[index.get(f) as number]?.heading ?? f, message });
    const before = out.problems.length;
    const accountId = get('accountId').normalize('NFKC');
    if (!accountId) problem('accountId', 'ID が空です');
    const values: ListValues = { accountId };
    for (const f of ['name', 'nameKana', 'employeeId', 'jobType', 'department', 'role'] as const)
      if (index.has(f)) values[f] = get(f).normalize('NFKC');
    if (index.has('name') || index.has('nameKana')) values.nameKey = nameKey(values.name || values.nameKana || '');
    for (const f of ['isAdmin', 'shared', 'passwordNeverExpires', 'mfa'] as const) {
      if (!index.has(f)) continue;
      const v = yesNo(get(f));
      if (v === undefined) problem(f, `はい・いいえとして読み取れません: ${get(f)} (有/無、○/×、1/0 など)`);
      else values[f] = v;
    }
    if (index.has('status')) {
      const s = statusOf(get('status'));
      if (s === undefined) problem('status', `状態として読み取れません: ${get('status')} (有効・無効・削除)`);
      else values.status = s ?? 'active';
    }
    for (const f of ['createdOn', 'lastLogonAt', 'passwordLastSetAt', 'leftOn'] as const) {
      if (!index.has(f)) continue;
      const d = dateOf(get(f), f !== 'leftOn');
      if (!d.ok) problem(f, d.message);
      else values[f] = d.value;
    }
    if (out.problems.length > before) continue;
    const raw = Object.fromEntries(columns.map((c, i) => [c.heading, r.cells[i] ?? '']));
    out.accounts.push({ row: r.row, values, raw });
  }
  return out;
}
