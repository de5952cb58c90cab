// Use case: an Active Directory export (Get-ADUser … | Export-Csv) into a system of the 利用者台帳,
// previewed (dryRun) or written all at once: nothing when any row has a problem. Accounts are matched
// by their ID (case-insensitive); a re-import changes only the columns the file has (a file without
// lastLogonTimestamp keeps the last logon stored) and never the institution's own note. Accounts no
// longer in the file are counted, not changed (an export may be filtered). One audit event per import.
import { createHash } from 'node:crypto';
import { type AdAccount, type AdField, type AdRead, readAdExport } from '../../../domain/accounts/ad-export.ts';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import type { Detected, Encoding } from '../imports/decode.ts';
import { rowsRejected } from '../imports/rejected.ts';
import { readTable } from '../imports/tabular.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { type AccountRow, type AccountWrite, accountsOf, findAccountSystem, insertAccounts, updateAccount } from './accounts.repo.ts';

export interface AccountImportFile {
  name: string;
  bytes: Uint8Array;
}
export interface AccountImportOptions {
  encoding: Encoding;
  dryRun: boolean;
}

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

/** Equal as stored: instants by time, the raw row whatever the order jsonb keeps its keys in. */
const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : canonicalJson(a ?? null) === canonicalJson(b ?? null);

interface Plan {
  read: AdRead;
  create: AccountWrite[];
  update: { id: string; row: number; accountId: string; values: Partial<AccountWrite> }[];
  unchanged: number;
  /** stored accounts of the system the file does not have */
  notInFile: number;
  problems: { row: number; column: string | null; message: string }[];
}

function plan(read: AdRead, stored: AccountRow[]): Plan {
  const columns = new Set<Column>(['accountId', 'raw']);
  for (const f of read.fields) for (const c of FEEDS[f] ?? []) columns.add(c);
  const byKey = new Map(stored.map((r) => [r.accountKey, r]));
  const problems: Plan['problems'] = read.problems.filter((p) => p.row > 0);
  const firstRow = new Map<string, number>();
  const out: Plan = { read, create: [], update: [], unchanged: 0, notInFile: 0, problems };
  for (const a of read.accounts) {
    const key = a.id.toLowerCase();
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row: a.row, column: 'SamAccountName', message: `${a.id} が ${first} 行目にもあります` });
      continue;
    }
    firstRow.set(key, a.row);
    const values = valuesOf(a);
    const current = byKey.get(key);
    if (!current) {
      out.create.push(values);
      continue;
    }
    const changed = Object.fromEntries(
      [...columns].filter((c) => !same(values[c], current[c as keyof AccountRow])).map((c) => [c, values[c]]),
    ) as Partial<AccountWrite>;
    if (Object.keys(changed).length) out.update.push({ id: current.id, row: a.row, accountId: a.id, values: changed });
    else out.unchanged++;
  }
  out.notInFile = stored.filter((r) => !firstRow.has(r.accountKey)).length;
  return out;
}

function reportOf(about: { fileName: string; sha256: string; encoding: Detected | null }, p: Plan, stored: boolean) {
  return {
    ...about,
    typeLine: p.read.typeLine,
    typeNameColumns: p.read.typeNameColumns,
    unreadColumns: p.read.unreadColumns,
    dateOrder: p.read.dateOrder,
    summary: { create: p.create.length, update: p.update.length, unchanged: p.unchanged, notInFile: p.notInFile },
    /** what the file says of the accounts, by kind (people, computers, service, built-in) */
    kinds: Object.fromEntries(
      ['person', 'computer', 'service', 'builtin'].map((k) => [k, p.read.accounts.filter((a) => a.kind === k).length]),
    ),
    /** the first rows that change an account, with the columns that change */
    changes: p.update.slice(0, 20).map((u) => ({ row: u.row, accountId: u.accountId, columns: Object.keys(u.values) })),
    /** messages about the file as a whole (a column written as a type name) */
    notices: p.read.problems.filter((x) => x.row === 0).map((x) => x.message),
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
  return importAccountsAs(deps, caller.actor, caller.user.id, { orgId, systemId }, file, opts);
}

export async function importAccountsAs(
  deps: Deps,
  actor: Actor,
  userId: string | null,
  at: { orgId: string; systemId: string },
  file: AccountImportFile,
  opts: AccountImportOptions,
) {
  const table = await readTable(file.bytes, { format: 'csv', encoding: opts.encoding, fileName: file.name });
  const read = readAdExport(table.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => (typeof c === 'string' ? c : '')) })));
  if ('error' in read) throw new AppError('IMPORT_FILE_INVALID', read.error, { fields: [{ field: 'file', message: read.error }] });
  const about = { fileName: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex'), encoding: table.encoding };
  const preview = plan(read, await accountsOf(deps.db, at.orgId, at.systemId));
  if (opts.dryRun) return reportOf(about, preview, false);
  if (preview.problems.length) throw rowsRejected(reportOf(about, preview, false));
  return deps.db.transaction(async (tx) => {
    // planned again with the system locked: two imports at once are written one after the other
    if (!(await findAccountSystem(tx, at.orgId, at.systemId, true))) throw notFound('システム');
    const p = plan(read, await accountsOf(tx, at.orgId, at.systemId));
    const report = reportOf(about, p, p.create.length + p.update.length > 0);
    if (report.stored) await write(tx, actor, userId, at, p, report, deps.clock.now());
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
