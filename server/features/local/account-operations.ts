// The 利用者台帳's local operations (`mamori import accounts|leavers|logons`, `mamori accounts`): the file's
// bytes come as devices.import sends them (base64), `--org` and `--system` are resolved here.

import fs from 'node:fs';
import path from 'node:path';
import { ACCOUNT_FILTERS, type AccountFilter, filterAccounts, isAccountFilter } from '../../../domain/accounts/account-filters.ts';
import { systemKey } from '../../../domain/assessment/vendor-forms.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { accountFactsOf } from '../accounts/account-facts.ts';
import { accountSystemByName, unknownAccountSystem } from '../accounts/account-systems-by-name.ts';
import { createAccountSystemAs } from '../accounts/accounts.service.ts';
import { importAccountsAs } from '../accounts/import-accounts.ts';
import { importLeaversAs } from '../accounts/import-leavers.ts';
import { importLogonsAs } from '../accounts/logons.service.ts';
import type { Encoding } from '../imports/decode.ts';
import { rowsRejected } from '../imports/rejected.ts';
import { type Args, orgOf, text } from './args.ts';

type Operation = (deps: Deps, actor: Actor, args: Args) => Promise<unknown>;

/** No system has this id: an import previewed against it finds no stored account. */
const NO_SYSTEM = '00000000-0000-0000-0000-000000000000';

function encodingOf(args: Args): Encoding {
  const encoding = text(args, 'encoding') ?? 'auto';
  if (!['auto', 'utf8', 'cp932'].includes(encoding)) throw new AppError('VALIDATION', '--encoding は auto / utf8 / cp932 のいずれかです。');
  return encoding as Encoding;
}

const fileOf = (args: Args, fallback: string) => ({
  name: text(args, 'fileName') ?? fallback,
  bytes: new Uint8Array(Buffer.from(text(args, 'base64') ?? '', 'base64')),
});

const systemOf = (s: { id: string; name: string; source: string }) => ({ id: s.id, name: s.name, source: s.source });

async function importAccountsOp(deps: Deps, actor: Actor, args: Args) {
  const org = await orgOf(deps, args);
  const name = text(args, 'system') ?? '';
  const file = fileOf(args, 'accounts.csv');
  const format = text(args, 'format');
  if (format && !['ad', 'csv', 'xlsx'].includes(format)) throw new AppError('VALIDATION', '--format は ad / csv / xlsx のいずれかです。');
  const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  const opts = {
    encoding: encodingOf(args),
    dryRun: args.dryRun === true,
    skipInvalid: args.skipInvalid === true,
    format: format === 'xlsx' || (format !== 'csv' && (isZip || /\.xlsx$/i.test(file.name))) ? ('xlsx' as const) : ('csv' as const),
    sheet: text(args, 'sheet'),
  };
  const { systems, found } = await accountSystemByName(deps.db, org.id, name);
  if (found) {
    // read as the system's accounts come: an AD export, or its own user list (the mapping it remembers)
    if (format === 'ad' && found.source !== 'directory')
      throw new AppError(
        'VALIDATION',
        `システム「${found.name}」は利用者一覧から取り込むシステムです。--format csv か xlsx にしてください。`,
      );
    if (format && format !== 'ad' && found.source === 'directory')
      throw new AppError(
        'VALIDATION',
        `システム「${found.name}」は Active Directory から取り込むシステムです。--format ad にするか、省いてください。`,
      );
    const report = await importAccountsAs(deps, actor, actor.userId, { orgId: org.id, systemId: found.id }, file, {
      ...opts,
      source: found.source,
    });
    return { system: { ...systemOf(found), registered: 'existing' as const }, ...report };
  }
  if (args.createSystem !== true)
    throw unknownAccountSystem(
      name,
      systems,
      '--create-system を付けると登録してから取り込みます (Active Directory のシステムとして。--format csv / xlsx なら利用者一覧のシステムとして)。',
    );
  // a new system's accounts come from AD unless the file is said to be a user list
  const source = format === 'csv' || format === 'xlsx' ? ('list' as const) : ('directory' as const);
  // read against an empty system first: a file that cannot be imported registers no system either
  const preview = await importAccountsAs(deps, actor, actor.userId, { orgId: org.id, systemId: NO_SYSTEM }, file, {
    ...opts,
    source,
    dryRun: true,
  });
  if (opts.dryRun) return { system: { id: null, name, source, registered: 'to-create' as const }, ...preview };
  if (preview.problems.length && !opts.skipInvalid) throw rowsRejected(preview);
  const system = await createAccountSystemAs(deps, actor, org.id, { name, source });
  const report = await importAccountsAs(deps, actor, actor.userId, { orgId: org.id, systemId: system.id }, file, { ...opts, source });
  return { system: { ...systemOf(system), registered: 'created' as const }, ...report };
}

async function importLeaversOp(deps: Deps, actor: Actor, args: Args) {
  const org = await orgOf(deps, args);
  const format = text(args, 'format');
  if (format && !['csv', 'xlsx'].includes(format)) throw new AppError('VALIDATION', '--format は csv / xlsx のいずれかです。');
  const encoding = encodingOf(args);
  const file = fileOf(args, '退職者一覧.csv');
  const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  return importLeaversAs(deps, actor, actor.userId, org.id, file, {
    format: (format as 'csv' | 'xlsx' | undefined) ?? (isZip || /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv'),
    encoding,
    sheet: text(args, 'sheet'),
    dryRun: args.dryRun === true,
  });
}

/**
 * A logon event file into a system. The file is named by its path and read here as a stream (the
 * command line and the server are on the same machine, and the file may be gigabytes: it does not
 * travel as base64 like the other imports' files).
 */
async function importLogonsOp(deps: Deps, actor: Actor, args: Args) {
  const org = await orgOf(deps, args);
  const name = text(args, 'system') ?? '';
  const { systems, found } = await accountSystemByName(deps.db, org.id, name);
  if (!found) throw unknownAccountSystem(name, systems);
  const file = text(args, 'path') ?? '';
  if (!path.isAbsolute(file) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new AppError('VALIDATION', `ファイル ${file} が見つかりません。`);
  const read = await importLogonsAs(deps, actor, org.id, found.id, {
    name: path.basename(file),
    chunks: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    utcOffset: text(args, 'utcOffset'),
  });
  return { system: systemOf(found), ...read };
}

/** The organisation's accounts (as the findings read them), of one system and one view if asked. */
async function listAccountsOp(deps: Deps, _actor: Actor, args: Args) {
  const org = await orgOf(deps, args);
  const filter = text(args, 'filter');
  if (filter !== undefined && !isAccountFilter(filter))
    throw new AppError('VALIDATION', `--filter は ${ACCOUNT_FILTERS.join(' / ')} のいずれかです。`);
  const facts = await accountFactsOf(deps.db, org.id);
  const systemName = text(args, 'system');
  let accounts = facts.accounts;
  if (systemName !== undefined) {
    const system = facts.systems.find((s) => systemKey(s.name) === systemKey(systemName));
    if (!system) throw unknownAccountSystem(systemName, facts.systems);
    accounts = accounts.filter((a) => a.systemId === system.id);
  }
  if (filter === undefined) return accounts;
  return filterAccounts(accounts, filter as AccountFilter, todayJst(deps.clock.now()), facts.dormantDays);
}

export const accountOperations: Record<string, Operation> = {
  'accounts.import': importAccountsOp,
  'leavers.import': importLeaversOp,
  'logons.import': importLogonsOp,
  'accounts.list': listAccountsOp,
};
