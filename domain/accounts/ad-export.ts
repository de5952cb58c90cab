// An Active Directory export (`Get-ADUser -Filter * -Properties … | Export-Csv`) read into accounts:
// the optional `#TYPE Microsoft.ActiveDirectory.Management.ADUser` first line skipped; columns found by
// their AD names whatever their case; FILETIME and culture-formatted dates read (the file's date order
// decided once from all its dates); multi-valued properties written as a .NET type name reported per
// column and never imported as a value; people, computers, service and built-in accounts told apart.
// Each value that cannot be read is a problem naming its row and column; the raw row is kept.
import { dateOrderOf, fromBoolean, fromCultureDate, fromFiletime, isTypeName, type Read } from './ad-values.ts';
import { nameKey } from './names.ts';

export type AccountKind = 'person' | 'computer' | 'service' | 'builtin';

export interface AdAccount {
  /** the file's own row number (1-based, as a text editor shows it) */
  row: number;
  /** SamAccountName: the ID accounts are matched by on re-import */
  id: string;
  name: string;
  displayName: string;
  givenName: string;
  surname: string;
  /** for matching with the leavers list */
  nameKey: string;
  employeeId: string;
  userPrincipalName: string;
  department: string;
  title: string;
  description: string;
  distinguishedName: string;
  enabled: boolean | null;
  kind: AccountKind;
  created: string | null;
  /** replicated lazily by AD (up to 14 days late): good for "not used for 90 days", not for "yesterday" */
  lastLogon: string | null;
  passwordLastSet: string | null;
  passwordNeverExpires: boolean | null;
  /** when the account expires (null: never) */
  expires: string | null;
  /** a member of an administrators' group (MemberOf joined into text), the built-in Administrator; null when the file cannot tell */
  isAdmin: boolean | null;
  /** every column of the row as written */
  raw: Record<string, string>;
}

export interface AdProblem {
  row: number;
  column: string;
  message: string;
}

export interface AdRead {
  accounts: AdAccount[];
  problems: AdProblem[];
  /** the first line was PowerShell 5.1's #TYPE line */
  typeLine: boolean;
  /** columns whose values are a .NET type name (e.g. MemberOf without -join): not imported */
  typeNameColumns: string[];
  /** columns Mamori does not read (kept in the raw row) */
  unreadColumns: string[];
  /** how x/y/yyyy dates were read */
  dateOrder: 'mdy' | 'dmy';
  /** the AD properties the file has (a re-import changes only what they feed) */
  fields: AdField[];
}

/** The AD properties read, by the lower-case name Export-Csv heads them with. */
const COLUMNS = {
  samaccountname: 'id',
  name: 'name',
  displayname: 'displayName',
  givenname: 'givenName',
  surname: 'surname',
  sn: 'surname',
  employeeid: 'employeeId',
  employeenumber: 'employeeId',
  userprincipalname: 'userPrincipalName',
  department: 'department',
  title: 'title',
  description: 'description',
  distinguishedname: 'distinguishedName',
  enabled: 'enabled',
  objectclass: 'objectClass',
  whencreated: 'whenCreated',
  created: 'whenCreated',
  lastlogontimestamp: 'lastLogonTimestamp',
  lastlogondate: 'lastLogonDate',
  pwdlastset: 'pwdLastSet',
  passwordlastset: 'passwordLastSet',
  passwordneverexpires: 'passwordNeverExpires',
  accountexpires: 'accountExpires',
  accountexpirationdate: 'accountExpirationDate',
  useraccountcontrol: 'userAccountControl',
  memberof: 'memberOf',
} as const;
export type AdField = (typeof COLUMNS)[keyof typeof COLUMNS];
type Field = AdField;

const BUILTIN = new Set(['administrator', 'guest', 'krbtgt', 'defaultaccount', 'wdagutilityaccount']);
/** userAccountControl flags: ACCOUNTDISABLE, DONT_EXPIRE_PASSWORD */
const UAC_DISABLED = 0x2;
const UAC_NO_EXPIRY = 0x10000;

export const AD_HEADER_MISSING =
  'Active Directory の出力ではありません: SamAccountName の列がありません (Get-ADUser … | Export-Csv の出力を選んでください)。';

/** `rows`: the file's rows of cells as read (the #TYPE line, if any, included). */
export function readAdExport(rows: { row: number; cells: string[] }[]): AdRead | { error: string } {
  const typeLine = (rows[0]?.cells[0] ?? '').trim().startsWith('#TYPE');
  const [head, ...body] = typeLine ? rows.slice(1) : rows;
  if (!head) return { error: typeLine ? '#TYPE の行しかありません: 列名の行とアカウントの行がありません。' : 'ファイルが空です。' };
  const names = head.cells.map((c) => c.trim().replace(/^\uFEFF/, ''));
  const fieldAt = new Map<Field, number>();
  const unread: string[] = [];
  names.forEach((n, i) => {
    const f = (COLUMNS as Record<string, Field>)[n.toLowerCase()];
    if (f && !fieldAt.has(f)) fieldAt.set(f, i);
    else if (n) unread.push(n);
  });
  if (!fieldAt.has('id')) return { error: AD_HEADER_MISSING };
  const dateColumns: Field[] = ['whenCreated', 'lastLogonDate', 'passwordLastSet', 'accountExpirationDate'];
  const dateOrder = dateOrderOf(body.flatMap((r) => dateColumns.map((f) => cell(r.cells, fieldAt.get(f)))));
  const problems: AdProblem[] = [];
  const typeNames = new Set<string>();
  names.forEach((n, i) => {
    if (body.some((r) => isTypeName(r.cells[i] ?? ''))) typeNames.add(n);
  });
  const accounts: AdAccount[] = [];
  for (const r of body) {
    const get = (f: Field) => {
      const v = cell(r.cells, fieldAt.get(f));
      return isTypeName(v) ? '' : v;
    };
    const take = <T>(f: Field, read: Read<T>, empty: T): T => {
      if (read.ok) return read.value;
      problems.push({ row: r.row, column: names[fieldAt.get(f) as number] ?? f, message: read.message });
      return empty;
    };
    const id = get('id').trim();
    if (!id) {
      problems.push({ row: r.row, column: names[fieldAt.get('id') as number] ?? 'SamAccountName', message: 'SamAccountName が空です' });
      continue;
    }
    const uac = Number.parseInt(get('userAccountControl'), 10);
    const instant = (filetime: Field, date: Field): string | null =>
      take(filetime, fromFiletime(get(filetime)), null) ?? take(date, fromCultureDate(get(date), dateOrder), null);
    const enabledCell = take('enabled', fromBoolean(get('enabled')), null);
    const neverCell = take('passwordNeverExpires', fromBoolean(get('passwordNeverExpires')), null);
    const [name, displayName, givenName, surname] = [get('name'), get('displayName'), get('givenName'), get('surname')].map((s) =>
      s.trim(),
    );
    const person = displayName || name || [surname, givenName].filter(Boolean).join(' ');
    accounts.push({
      row: r.row,
      id,
      name: name ?? '',
      displayName: displayName ?? '',
      givenName: givenName ?? '',
      surname: surname ?? '',
      nameKey: nameKey(person ?? ''),
      employeeId: get('employeeId').trim(),
      userPrincipalName: get('userPrincipalName').trim(),
      department: get('department').trim(),
      title: get('title').trim(),
      description: get('description').trim(),
      distinguishedName: get('distinguishedName').trim(),
      enabled: enabledCell ?? (Number.isNaN(uac) ? null : (uac & UAC_DISABLED) === 0),
      kind: kindOf(id, get('objectClass'), get('description')),
      created: take('whenCreated', fromCultureDate(get('whenCreated'), dateOrder), null),
      lastLogon: instant('lastLogonTimestamp', 'lastLogonDate'),
      passwordLastSet: instant('pwdLastSet', 'passwordLastSet'),
      passwordNeverExpires: neverCell ?? (Number.isNaN(uac) ? null : (uac & UAC_NO_EXPIRY) !== 0),
      expires: instant('accountExpires', 'accountExpirationDate'),
      isAdmin: adminOf(
        id,
        fieldAt.has('memberOf') && !typeNames.has(names[fieldAt.get('memberOf') as number] ?? '') ? get('memberOf') : null,
      ),
      raw: Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ''])),
    });
  }
  for (const n of typeNames) {
    problems.push({
      row: 0,
      column: n,
      message: `${n}: 値ではなく型名 (${typeNameIn(body, names.indexOf(n))}) が出力されています。読み込みません (-join で値をつないで出力してください)`,
    });
  }
  return {
    accounts,
    problems,
    typeLine,
    typeNameColumns: [...typeNames],
    unreadColumns: unread,
    dateOrder: dateOrder === 'dmy' ? 'dmy' : 'mdy',
    fields: [...fieldAt.keys()],
  };
}

const cell = (cells: string[], at: number | undefined) => (at === undefined ? '' : (cells[at] ?? ''));
const typeNameIn = (body: { cells: string[] }[], at: number) =>
  body
    .map((r) => r.cells[at] ?? '')
    .find(isTypeName)
    ?.trim() ?? '';

const ADMIN_GROUPS =
  /(^|[;,|\s])CN=(Domain Admins|Enterprise Admins|Schema Admins|Administrators|Account Operators|Server Operators|Backup Operators)(,|$)/i;

/** Whether the groups (MemberOf joined into text) include an administrators' group; null when the file has none to tell. */
function adminOf(id: string, memberOf: string | null): boolean | null {
  if (id.toLowerCase() === 'administrator') return true;
  if (memberOf === null) return null;
  return ADMIN_GROUPS.test(memberOf);
}

/** Computers end with $ (or say so); managed service accounts say so, others are named or described as such; the built-in ones are known by name. */
export function kindOf(id: string, objectClass: string, description: string): AccountKind {
  const cls = objectClass.trim().toLowerCase();
  if (cls === 'computer' || id.endsWith('$')) return 'computer';
  if (cls.includes('managedserviceaccount')) return 'service';
  if (BUILTIN.has(id.toLowerCase())) return 'builtin';
  if (/^(svc|sa|srv|service)[-_.]/i.test(id) || /[-_.]svc$/i.test(id) || /サービス\s*アカウント|service account/i.test(description))
    return 'service';
  return 'person';
}
