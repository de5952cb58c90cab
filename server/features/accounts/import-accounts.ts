// Use case: an Active Directory export (Get-ADUser … | Export-Csv) into a system of the 利用者台帳,
// previewed (dryRun) or written all at once: nothing when any row has a problem. Accounts are matched
// by their ID (case-insensitive); a re-import changes only the columns the file has (a file without
// lastLogonTimestamp keeps the last logon stored) and never the institution's own note. Accounts no
// longer in the file are counted, not changed (an export may be filtered). One audit event per import.
import { createHash } from 'node:crypto';
import { ACCOUNT_KINDS, type AccountSource } from '../../../domain/accounts/account.ts';
import { type AdAccount, type AdField, type AdRead, readAdExport } from '../../../domain/accounts/ad-export.ts';
import { headingKey, type ListField, type ListRead, readUserList } from '../../../domain/accounts/user-list.ts';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { mappingOf, saveMapping } from '../devices/devices.repo.ts';
import type { Detected, Encoding } from '../imports/decode.ts';
import { rowsRejected } from '../imports/rejected.ts';
import { readTable, textRows } from '../imports/tabular.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type AccountRow, type AccountWrite, accountsOf, findAccountSystem, insertAccounts, updateAccount } from './accounts.repo.ts';

export interface AccountImportFile {
  name: string;
  bytes: Uint8Array;
}
export interface AccountImportOptions {
  encoding: Encoding;
  dryRun: boolean;
  /** how to read the file: an AD export (default) or the system's own user list */
  source?: AccountSource;
  /** a user list's format and sheet, and its headings' fields as a person chose them (heading key → field or '') */
  format?: 'csv' | 'xlsx';
  sheet?: string | undefined;
  mapping?: Record<string, string>;
  /** import the rows that can be read and leave out the others (each named in the report) instead of refusing the file */
  skipInvalid?: boolean;
}

/** The mapping of a system's user list is remembered per system. */
export const mappingKind = (systemId: string) => `accounts:${systemId}`;

type Column = keyof AccountWrite;

/** Which columns each AD property feeds: a column is written only when the file has one of its properties. */
const FEEDS: Partial<Record<AdField, Column[]>> = {
  name: ['name', 'nameKey'],
  displayName: ['name', 'nameKey'],
  givenName: ['name', 'nameKey'],
  surname: ['name', 'nameKey'],
  employeeId: ['employeeId'],
  department: ['department'],
  title: ['jobType'],
  enabled: ['status'],
  userAccountControl: ['status', 'passwordNeverExpires'],
  objectClass: ['kind'],
  description: ['kind'],
  whenCreated: ['createdOn'],
  lastLogonTimestamp: ['lastLogonAt'],
  lastLogonDate: ['lastLogonAt'],
  pwdLastSet: ['passwordLastSetAt'],
  passwordLastSet: ['passwordLastSetAt'],
  passwordNeverExpires: ['passwordNeverExpires'],
  accountExpires: ['expiresAt'],
  accountExpirationDate: ['expiresAt'],
  memberOf: ['isAdmin'],
};

const at = (iso: string | null) => (iso ? new Date(iso) : null);

/** The ledger's values of an AD account (all columns; the import keeps those the file has). */
function valuesOf(a: AdAccount): AccountWrite {
  return {
    accountId: a.id,
    accountKey: a.id.toLowerCase(),
    name: a.displayName || a.name || [a.surname, a.givenName].filter(Boolean).join(' '),
    nameKey: a.nameKey,
    employeeId: a.employeeId,
    jobType: a.title,
    department: a.department,
    kind: a.kind,
    status: a.enabled === false ? 'disabled' : 'active',
    isAdmin: a.isAdmin,
    createdOn: at(a.created),
    lastLogonAt: at(a.lastLogon),
    passwordLastSetAt: at(a.passwordLastSet),
    passwordNeverExpires: a.passwordNeverExpires,
    expiresAt: at(a.expires),
    raw: a.raw,
  };
}

/** Equal as stored: instants by time, the raw row whatever the order jsonb keeps its keys in, the rest as they are. */
const same = (a: unknown, b: unknown) => {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime() === (b as Date | null)?.getTime();
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object'))
    return canonicalJson(a ?? null) === canonicalJson(b ?? null);
  return (a ?? null) === (b ?? null);
};

/** A file's accounts, whatever it was: each row's values, the columns the file feeds, the problems found. */
export interface Incoming {
  rows: { row: number; values: AccountWrite }[];
  columns: Set<Column>;
  problems: { row: number; column: string | null; message: string }[];
  /** the column the ID is in, as the file names it (for a row that repeats an ID) */
  idColumn: string;
}

/** An AD export as the ledger's values: a column is written only when the file has one of its properties. */
function fromAd(read: AdRead): Incoming {
  const columns = new Set<Column>(['accountId', 'raw']);
  for (const f of read.fields) for (const c of FEEDS[f] ?? []) columns.add(c);
  return {
    rows: read.accounts.map((a) => ({ row: a.row, values: valuesOf(a) })),
    columns,
    problems: read.problems.filter((p) => p.row > 0),
    idColumn: 'SamAccountName',
  };
}

const at0 = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** A user list as the ledger's values: only the fields mapped are written (the ID and the raw row always). */
function fromList(read: ListRead): Incoming {
  const columns = new Set<Column>(['accountId', 'raw']);
  for (const f of read.fields) columns.add(f === 'accountId' ? 'accountKey' : f);
  if (read.fields.includes('name') || read.fields.includes('nameKana')) columns.add('nameKey');
  return {
    rows: read.accounts.map(({ row, values: v, raw }) => ({
      row,
      values: {
        accountId: v.accountId,
        accountKey: v.accountId.toLowerCase(),
        name: v.name ?? '',
        nameKana: v.nameKana ?? '',
        nameKey: v.nameKey ?? '',
        employeeId: v.employeeId ?? '',
        jobType: v.jobType ?? '',
        department: v.department ?? '',
        role: v.role ?? '',
        isAdmin: v.isAdmin ?? null,
        shared: v.shared ?? null,
        kind: 'person',
        status: v.status ?? 'active',
        createdOn: at0(v.createdOn),
        lastLogonAt: at0(v.lastLogonAt),
        passwordLastSetAt: at0(v.passwordLastSetAt),
        passwordNeverExpires: v.passwordNeverExpires ?? null,
        mfa: v.mfa ?? null,
        leftOn: v.leftOn ?? null,
        raw,
      },
    })),
    columns,
    problems: read.problems,
    idColumn: read.columns.find((c) => c.field === 'accountId')?.heading ?? 'ID',
  };
}

interface Plan {
  create: AccountWrite[];
  update: { id: string; row: number; accountId: string; values: Partial<AccountWrite> }[];
  unchanged: number;
  /** stored accounts of the system the file does not have */
  notInFile: number;
  problems: { row: number; column: string | null; message: string }[];
}

export function plan(incoming: Incoming, stored: AccountRow[]): Plan {
  const { columns } = incoming;
  const byKey = new Map(stored.map((r) => [r.accountKey, r]));
  const problems: Plan['problems'] = [...incoming.problems];
  const firstRow = new Map<string, number>();
  const out: Plan = { create: [], update: [], unchanged: 0, notInFile: 0, problems };
  for (const a of incoming.rows) {
    const { values } = a;
    const key = values.accountKey;
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row: a.row, column: incoming.idColumn, message: `${values.accountId} が ${first} 行目にもあります` });
      continue;
    }
    firstRow.set(key, a.row);
    const current = byKey.get(key);
    if (!current) {
      out.create.push(values);
      continue;
    }
    const changed = Object.fromEntries(
      [...columns].filter((c) => !same(values[c], current[c as keyof AccountRow])).map((c) => [c, values[c]]),
    ) as Partial<AccountWrite>;
    if (Object.keys(changed).length) out.update.push({ id: current.id, row: a.row, accountId: values.accountId, values: changed });
    else out.unchanged++;
  }
  out.notInFile = stored.filter((r) => !firstRow.has(r.accountKey)).length;
  return out;
}

/** What the file itself says, shown with the preview: for AD its quirks, for a list its columns and where each goes. */
interface FileFacts {
  typeLine: boolean;
  typeNameColumns: string[];
  unreadColumns: string[];
  dateOrder: 'mdy' | 'dmy' | null;
  kinds: Record<string, number>;
  notices: string[];
  headerRow: number | null;
  columns: { heading: string; field: ListField | null; guessed: boolean }[];
}

function adFacts(read: AdRead): FileFacts {
  return {
    typeLine: read.typeLine,
    typeNameColumns: read.typeNameColumns,
    unreadColumns: read.unreadColumns,
    dateOrder: read.dateOrder,
    kinds: Object.fromEntries(ACCOUNT_KINDS.map((k) => [k, read.accounts.filter((a) => a.kind === k).length])),
    notices: read.problems.filter((x) => x.row === 0).map((x) => x.message),
    headerRow: null,
    columns: [],
  };
}

function listFacts(read: ListRead): FileFacts {
  return {
    typeLine: false,
    typeNameColumns: [],
    unreadColumns: read.columns.filter((c) => !c.field).map((c) => c.heading),
    dateOrder: null,
    kinds: { person: read.accounts.length },
    notices: [],
    headerRow: read.headerRow,
    columns: read.columns,
  };
}

type About = {
  fileName: string;
  sha256: string;
  encoding: Detected | null;
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
};
function reportOf(about: About, facts: FileFacts, p: Plan, stored: boolean, skipInvalid = false) {
  return {
    ...about,
    ...facts,
    summary: { create: p.create.length, update: p.update.length, unchanged: p.unchanged, notInFile: p.notInFile },
    /** skipInvalid: the rows with problems were left out (the problems name them) and the rest imported */
    skipped: skipInvalid ? new Set(p.problems.map((x) => x.row)).size : 0,
    /** the first rows that change an account, with the columns that change */
    changes: p.update.slice(0, 20).map((u) => ({ row: u.row, accountId: u.accountId, columns: Object.keys(u.values) })),
    problems: p.problems,
    stored,
  };
}
export type AccountImportReport = ReturnType<typeof reportOf>;

/** The file is read only after the caller is known to be allowed to change the organisation's ledger. */
export async function importAccounts(
  deps: Deps,
  caller: Caller,
  orgId: string,
  systemId: string,
  read: () => Promise<{ file: AccountImportFile; opts: AccountImportOptions }>,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const system = isUuid(systemId) ? await findAccountSystem(deps.db, orgId, systemId) : undefined;
  if (!system) throw notFound('システム');
  const { file, opts } = await read();
  return importAccountsAs(deps, caller.actor, caller.user.id, { orgId, systemId }, file, { ...opts, source: system.source });
}

/** The file read as the system's source is: an AD export, or the system's own user list through its mapping. */
async function incomingOf(deps: Deps, at: { orgId: string; systemId: string }, file: AccountImportFile, opts: AccountImportOptions) {
  const list = opts.source === 'list';
  const table = await readTable(file.bytes, {
    format: list ? (opts.format ?? 'csv') : 'csv',
    encoding: opts.encoding,
    sheet: opts.sheet,
    fileName: file.name,
  });
  const cells = textRows(table).map((r) => ({ row: r.row, cells: r.cells.map((c) => c ?? '') }));
  const about: About = {
    fileName: file.name,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    encoding: table.encoding,
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
  };
  const refuse = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });
  if (!list) {
    const read = readAdExport(cells);
    if ('error' in read) throw refuse(read.error);
    return { about, facts: adFacts(read), incoming: fromAd(read), mapping: null };
  }
  // the mapping chosen now, else the one remembered for this system, else the headings' guesses
  const mapping = opts.mapping ?? (await mappingOf(deps.db, at.orgId, mappingKind(at.systemId))) ?? {};
  const read = readUserList(cells, mapping);
  if ('error' in read) throw refuse(read.error);
  const used = Object.fromEntries(read.columns.map((c) => [headingKey(c.heading), c.field ?? '']));
  return { about, facts: listFacts(read), incoming: fromList(read), mapping: used };
}

export async function importAccountsAs(
  deps: Deps,
  actor: Actor,
  userId: string | null,
  at: { orgId: string; systemId: string },
  file: AccountImportFile,
  opts: AccountImportOptions,
) {
  const read = await incomingOf(deps, at, file, opts);
  const { about, facts, mapping } = read;
  const skip = opts.skipInvalid === true;
  // skipping: a row with a problem is left out (an ID twice: its later rows, as plan() does)
  const bad = new Set(read.incoming.problems.map((x) => x.row));
  const incoming = skip ? { ...read.incoming, rows: read.incoming.rows.filter((r) => !bad.has(r.row)) } : read.incoming;
  if (opts.dryRun) return reportOf(about, facts, plan(incoming, await accountsOf(deps.db, at.orgId, at.systemId)), false, skip);
  // the file's own problems (values, an ID twice) do not depend on what is stored: refused before any read
  const own = plan(incoming, []);
  if (own.problems.length && !skip) throw rowsRejected(reportOf(about, facts, own, false));
  return deps.db.transaction(async (tx) => {
    // planned again with the system locked: two imports at once are written one after the other
    if (!(await findAccountSystem(tx, at.orgId, at.systemId, true))) throw notFound('システム');
    const p = plan(incoming, await accountsOf(tx, at.orgId, at.systemId));
    const report = reportOf(about, facts, p, p.create.length + p.update.length > 0, skip);
    const now = deps.clock.now();
    // the columns as the person matched them are remembered for the system's next file
    if (mapping) await saveMapping(tx, at.orgId, mappingKind(at.systemId), mapping, now);
    if (report.stored) await write(tx, actor, userId, at, p, report, now);
    return report;
  });
}

async function write(
  tx: Tx,
  actor: Actor,
  userId: string | null,
  at: { orgId: string; systemId: string },
  p: Plan,
  report: AccountImportReport,
  now: Date,
) {
  await insertAccounts(tx, at.orgId, at.systemId, p.create, userId, now);
  for (const u of p.update) await updateAccount(tx, at.orgId, u.id, u.values, userId, now);
  await recordAudit(
    tx,
    actor,
    {
      organizationId: at.orgId,
      action: 'accounts.imported',
      targetType: 'account_system',
      targetId: at.systemId,
      after: {
        fileName: report.fileName,
        sha256: report.sha256,
        summary: report.summary,
        created: p.create.map((c) => c.accountId),
        updated: p.update.map((u) => ({ accountId: u.accountId, columns: Object.keys(u.values) })),
      },
    },
    now,
  );
}
