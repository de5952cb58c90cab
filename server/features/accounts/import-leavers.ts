// Use case: personnel's leavers list (退職者一覧, CSV as Excel writes it or .xlsx) into the organisation's
// list, previewed (dryRun) or written all at once: nothing when any row has a problem (令和7年2月30日,
// an empty date, a 職員番号 twice). A person is matched on re-import by 職員番号, else by the folded
// name; people not in the file are kept (a list is often one year's). The preview says which accounts
// of the 利用者台帳 the list matches, and which of them are still enabled after the leave date.
import { createHash } from 'node:crypto';
import { type Leaver, matchLeavers, readLeavers } from '../../../domain/accounts/leavers.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import type { Encoding } from '../imports/decode.ts';
import { rowsRejected } from '../imports/rejected.ts';
import { readTable, textRows } from '../imports/tabular.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { accountsForMatching } from './accounts.repo.ts';
import { insertLeavers, type LeaverRow, type LeaverWrite, leaversOf, lockLeavers, updateLeaver } from './leavers.repo.ts';

export interface LeaverImportOptions {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  sheet?: string | undefined;
  dryRun: boolean;
}

export const leaverKeyOf = (l: Pick<Leaver, 'employeeId' | 'nameKey'>) => (l.employeeId ? `id:${l.employeeId}` : `name:${l.nameKey}`);

const valuesOf = (l: Leaver): LeaverWrite => ({
  leaverKey: leaverKeyOf(l),
  name: l.name,
  nameKey: l.nameKey,
  employeeId: l.employeeId,
  leftOn: l.leftOn,
  department: l.department,
});

interface Plan {
  create: LeaverWrite[];
  update: { id: string; key: string; row: number; name: string; values: Partial<LeaverWrite> }[];
  unchanged: number;
  notInFile: number;
  problems: { row: number; column: string | null; message: string }[];
}

function plan(read: { leavers: Leaver[]; problems: Plan['problems'] }, stored: LeaverRow[]): Plan {
  const byKey = new Map(stored.map((r) => [r.leaverKey, r]));
  const out: Plan = { create: [], update: [], unchanged: 0, notInFile: 0, problems: [...read.problems] };
  const firstRow = new Map<string, number>();
  for (const l of read.leavers) {
    const values = valuesOf(l);
    const first = firstRow.get(values.leaverKey);
    if (first !== undefined) {
      // two rows without 職員番号 and of the same name cannot be told apart
      out.problems.push({
        row: l.row,
        column: '氏名',
        message: `${l.name} が ${first} 行目にもあります (職員番号がないため区別できません)`,
      });
      continue;
    }
    firstRow.set(values.leaverKey, l.row);
    const current = byKey.get(values.leaverKey);
    if (!current) {
      out.create.push(values);
      continue;
    }
    const changed = Object.fromEntries(
      (Object.keys(values) as (keyof LeaverWrite)[]).filter((k) => values[k] !== current[k]).map((k) => [k, values[k]]),
    ) as Partial<LeaverWrite>;
    if (Object.keys(changed).length) out.update.push({ id: current.id, key: values.leaverKey, row: l.row, name: l.name, values: changed });
    else out.unchanged++;
  }
  out.notInFile = stored.filter((r) => !firstRow.has(r.leaverKey)).length;
  return out;
}

/** What the list matches in the 利用者台帳: accounts by 職員番号 or by name only, and those still enabled after the date. */
async function matchesOf(db: Db | Tx, orgId: string, list: Leaver[], today: string) {
  const accounts = await accountsForMatching(db, orgId);
  const matches = matchLeavers(list, accounts);
  const stillEnabled = matches.filter((m) => m.account.status === 'active' && m.leaver.leftOn < today);
  return {
    byEmployeeId: matches.filter((m) => m.by === 'employeeId').length,
    byName: matches.filter((m) => m.by === 'name').length,
    /** the first accounts still enabled after their leaver's date */
    stillEnabled: stillEnabled.slice(0, 50).map((m) => ({
      leaver: m.leaver.name,
      leftOn: m.leaver.leftOn,
      system: m.account.systemName,
      accountId: m.account.accountId,
      by: m.by,
    })),
    stillEnabledCount: stillEnabled.length,
  };
}

async function reportOf(
  db: Db | Tx,
  orgId: string,
  about: { fileName: string; sha256: string; format: 'csv' | 'xlsx'; encoding: string | null },
  list: Leaver[],
  p: Plan,
  stored: boolean,
  today: string,
) {
  return {
    ...about,
    summary: { create: p.create.length, update: p.update.length, unchanged: p.unchanged, notInFile: p.notInFile },
    changes: p.update.slice(0, 20).map((u) => ({ row: u.row, name: u.name, columns: Object.keys(u.values) })),
    matches: await matchesOf(db, orgId, list, today),
    problems: p.problems,
    stored,
  };
}
export type LeaverImportReport = Awaited<ReturnType<typeof reportOf>>;

/** The file is read only after the caller is known to be allowed to change the organisation's ledger. */
export async function importLeavers(
  deps: Deps,
  caller: Caller,
  orgId: string,
  read: () => Promise<{ file: { name: string; bytes: Uint8Array }; opts: LeaverImportOptions }>,
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { file, opts } = await read();
  return importLeaversAs(deps, caller.actor, caller.user.id, orgId, file, opts);
}

export async function importLeaversAs(
  deps: Deps,
  actor: Actor,
  userId: string | null,
  orgId: string,
  file: { name: string; bytes: Uint8Array },
  opts: LeaverImportOptions,
) {
  const table = await readTable(file.bytes, { format: opts.format, encoding: opts.encoding, sheet: opts.sheet, fileName: file.name });
  const read = readLeavers(textRows(table).map((r) => ({ row: r.row, cells: r.cells.map((c) => c ?? '') })));
  if ('error' in read) throw new AppError('IMPORT_FILE_INVALID', read.error, { fields: [{ field: 'file', message: read.error }] });
  const about = {
    fileName: file.name,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    format: table.format,
    encoding: table.encoding,
  };
  const now = deps.clock.now();
  const today = todayJst(now);
  const preview = plan(read, await leaversOf(deps.db, orgId));
  if (opts.dryRun || preview.problems.length) {
    const report = await reportOf(deps.db, orgId, about, read.leavers, preview, false, today);
    if (!opts.dryRun) throw rowsRejected(report);
    return report;
  }
  return deps.db.transaction(async (tx) => {
    // planned again with the list locked: two imports at once are written one after the other
    await lockLeavers(tx, orgId);
    const p = plan(read, await leaversOf(tx, orgId));
    const stored = p.create.length + p.update.length > 0;
    const report = await reportOf(tx, orgId, about, read.leavers, p, stored, today);
    if (!stored) return report;
    await insertLeavers(tx, orgId, p.create, userId, now);
    for (const u of p.update) await updateLeaver(tx, orgId, u.id, u.values, userId, now);
    await recordAudit(
      tx,
      actor,
      {
        organizationId: orgId,
        action: 'leavers.imported',
        targetType: 'leavers',
        targetId: orgId,
        after: {
          fileName: report.fileName,
          sha256: report.sha256,
          summary: report.summary,
          created: p.create.map((c) => c.leaverKey),
          updated: p.update.map((u) => ({ leaverKey: u.key, columns: Object.keys(u.values) })),
        },
      },
      now,
    );
    return report;
  });
}
