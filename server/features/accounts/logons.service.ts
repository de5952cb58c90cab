// Use cases of logon events (issue 14, 6): a system's Windows logon events read from a file as a
// stream, summarised per account and kept as that summary (the events themselves are not kept), the
// findings of the latest read in the findings list, the reads listed and shown, one removed.
// Members read; 担当者・管理者 read files in and remove them; every read and removal audited.

import type { AccountLedgerFacts } from '../../../domain/accounts/facts.ts';
import { evidenceRefusal } from '../../../domain/evidence-types.ts';
import type { Finding } from '../../../domain/findings/finding.ts';
import { accountStatusesOf, logonFindingsAsFindings } from '../../../domain/logons/as-findings.ts';
import { offsetMinutes } from '../../../domain/logons/events.ts';
import { logonFindings } from '../../../domain/logons/logon-findings.ts';
import { type LogonFormat, logonFormatLabels, type ReadStats } from '../../../domain/logons/readers.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { checkUpload, storeEvidenceIn } from '../evidence/evidence.service.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { settingsOf } from '../suggestions/ledger-settings.repo.ts';
import { accountFactsOf } from './account-facts.ts';
import { findAccountSystem } from './accounts.repo.ts';
import { readLogonStream } from './logon-stream.ts';
import {
  deleteLogonImport,
  findLogonImport,
  insertLogonImport,
  type LogonImportHead,
  type LogonImportRow,
  latestLogonImports,
  logonImportsOf,
  packSummary,
} from './logons.repo.ts';

/** Files read at once by this server (each holds a summary in memory; more wait their turn elsewhere). */
const MAX_PARALLEL_READS = 2;
let reading = 0;

export const presentLogonImport = (r: LogonImportHead) => {
  const stats = r.readStats as Partial<ReadStats>;
  return {
    id: r.id,
    systemId: r.systemId,
    fileName: r.fileName,
    fileBytes: r.fileBytes,
    sha256: r.sha256,
    format: r.format as LogonFormat,
    formatLabel: logonFormatLabels[r.format as LogonFormat] ?? r.format,
    encoding: r.encoding,
    events: r.events,
    periodFrom: r.periodFrom?.toISOString() ?? null,
    periodTo: r.periodTo?.toISOString() ?? null,
    records: stats.records ?? 0,
    ignored: stats.ignored ?? 0,
    malformed: stats.malformed ?? 0,
    problems: stats.problems ?? [],
    /** records whose zoneless time, read in the offset used, disagrees with their own UTC stamp */
    zoneDoubts: stats.zoneDoubts ?? 0,
    suggestedOffset: stats.suggestedOffset ?? null,
    importedBy: r.importedBy,
    importedAt: r.createdAt.toISOString(),
    /** the original file kept in the evidence store (null: not kept, or deleted since) */
    originalEvidenceId: r.evidenceId,
  };
};

async function systemOr404(db: Db | Tx, orgId: string, systemId: string) {
  const system = isUuid(systemId) ? await findAccountSystem(db, orgId, systemId) : undefined;
  if (!system) throw notFound('システム');
  return system;
}

/** The findings of one read, judged against the institution's ranges and the 利用者台帳 as they are now. */
function judged(read: LogonImportRow, systemName: string, ranges: string[], facts: AccountLedgerFacts): Finding[] {
  const { findings } = logonFindings(read.summary, {
    ranges,
    accounts: accountStatusesOf(facts.accounts.filter((a) => a.systemId === read.systemId)),
  });
  return logonFindingsAsFindings({ id: read.id, systemId: read.systemId, systemName }, findings);
}

async function findingsOfRead(db: Db | Tx, orgId: string, read: LogonImportRow, systemName: string): Promise<Finding[]> {
  const settings = await settingsOf(db, orgId);
  return judged(read, systemName, settings.addressRanges, await accountFactsOf(db, orgId, read.systemId));
}

/**
 * The findings of each system's latest read (the findings list). `facts`: the organisation's 利用者台帳
 * as the caller read it already; the ranges and the ledger are read once for every system.
 */
export async function logonFindingsOf(db: Db | Tx, orgId: string, facts: AccountLedgerFacts): Promise<Finding[]> {
  const reads = await latestLogonImports(db, orgId);
  if (reads.length === 0) return [];
  const { addressRanges } = await settingsOf(db, orgId);
  const names = new Map(facts.systems.map((s) => [s.id, s.name]));
  return reads.flatMap((read) => judged(read, names.get(read.systemId) ?? '', addressRanges, facts));
}

type LogonFile = {
  name: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  utcOffset?: string | undefined;
  /** keep the original file in the evidence store (up to the evidence upload limit) */
  keep?: boolean;
};

/** The name the original is kept under: a JSON-lines export as text (the evidence store keeps text kinds by name). */
const keptName = (name: string) => (evidenceRefusal(name, { type: 'text/plain', label: 'テキスト' }) ? `${name}.txt` : name);

/** Reads a logon event file of a system (streamed) and keeps its summary; nothing is kept when the file is refused. */
export async function importLogons(deps: Deps, caller: Caller, orgId: string, systemId: string, file: LogonFile) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  return importLogonsAs(deps, caller.actor, orgId, systemId, file, caller);
}

/** …as `actor` (the command line: the operator of the installation); keeping the original needs a signed-in `keeper`. */
export async function importLogonsAs(
  deps: Deps,
  actor: Actor,
  orgId: string,
  systemId: string,
  file: LogonFile,
  keeper: Caller | null = null,
) {
  if (file.keep && !keeper) throw new AppError('VALIDATION', '元のファイルを残すのは画面からの読み込みだけです。');
  const system = await systemOr404(deps.db, orgId, systemId);
  const fileName = file.name.normalize('NFC').trim().slice(0, 255) || 'logons';
  const utcOffset = file.utcOffset?.trim() || undefined;
  if (utcOffset && offsetMinutes(utcOffset) === null) {
    throw new AppError('VALIDATION', `時差「${utcOffset}」を読み取れません (例: +09:00)。`, {
      fields: [{ field: 'utcOffset', message: '+09:00 の形で指定してください' }],
    });
  }
  if (reading >= MAX_PARALLEL_READS) {
    throw new AppError('SERVER_BUSY', 'ほかのログオン イベントのファイルを読んでいます。しばらくしてからもう一度送ってください。');
  }
  reading++;
  let read: Awaited<ReturnType<typeof readLogonStream>>;
  try {
    read = await readLogonStream(file.chunks, {
      computer: system.name,
      maxBytes: deps.config.maxLogonUploadBytes,
      ...(utcOffset ? { utcOffset } : {}),
      ...(file.keep ? { keepUpTo: deps.config.maxUploadBytes } : {}),
    });
  } finally {
    reading--;
  }
  const summaryGz = await packSummary(read.summary);
  const original =
    keeper && read.original
      ? await checkUpload(deps, {
          fileName: keptName(fileName),
          bytes: read.original,
          description: `ログオン イベントの元のファイル (${system.name})`,
        })
      : null;
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    await systemOr404(tx, orgId, systemId);
    const evidence = keeper && original ? await storeEvidenceIn(tx, keeper, orgId, original, now) : null;
    const inserted = await insertLogonImport(tx, {
      evidenceId: evidence?.id ?? null,
      organizationId: orgId,
      systemId,
      fileName,
      fileBytes: read.bytes,
      sha256: read.sha256,
      format: read.format,
      encoding: read.encoding,
      events: read.summary.events,
      periodFrom: read.summary.from ? new Date(read.summary.from) : null,
      periodTo: read.summary.to ? new Date(read.summary.to) : null,
      readStats: { ...read.stats },
      summaryGz,
      importedBy: actor.label,
      createdAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        organizationId: orgId,
        action: 'logons.imported',
        targetType: 'account_system',
        targetId: systemId,
        after: {
          system: system.name,
          fileName,
          bytes: read.bytes,
          sha256: read.sha256,
          events: read.summary.events,
          accounts: read.summary.accounts.length,
          malformed: read.stats.malformed,
        },
      },
      now,
    );
    return inserted;
  });
  return logonImportDetailOf(deps.db, orgId, row.id, system.name);
}

/** accounts in one answer: the most active first (a domain's file names thousands) */
export const LOGON_ACCOUNTS_SHOWN = 500;

const foldName = (s: string) => s.normalize('NFKC').toLowerCase();

async function logonImportDetailOf(db: Db | Tx, orgId: string, importId: string, systemName: string, query = '') {
  const row = isUuid(importId) ? await findLogonImport(db, orgId, importId) : undefined;
  if (!row) throw notFound('ログオン記録');
  const findings = await findingsOfRead(db, orgId, row, systemName);
  const s = row.summary;
  const q = foldName(query.trim());
  const matching = q ? s.accounts.filter((a) => foldName(`${a.domain}\\${a.account} ${a.system}`).includes(q)) : s.accounts;
  return {
    ...presentLogonImport(row),
    systemName,
    accountsTotal: s.accounts.length,
    accountsMatching: matching.length,
    summary: {
      accounts: [...matching].sort((a, b) => b.logonTotal + b.failures - (a.logonTotal + a.failures)).slice(0, LOGON_ACCOUNTS_SHOWN),
      sources: s.sources,
      bursts: s.bursts,
      unknownUsers: s.unknownUsers,
      overflow: s.overflow,
      thresholds: s.thresholds,
    },
    findings: findings.map((f) => ({ id: f.id, severity: f.severity, title: f.title, detail: f.detail })),
  };
}

/** GET …/account-systems/:id/logons: a system's reads, newest first. */
export async function logonImportsList(deps: Deps, caller: Caller, orgId: string, systemId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  await systemOr404(deps.db, orgId, systemId);
  const settings = await settingsOf(deps.db, orgId);
  return { reads: (await logonImportsOf(deps.db, orgId, systemId)).map(presentLogonImport), addressRanges: settings.addressRanges };
}

/** GET …/logon-imports/:id: one read with its summary (the accounts matching `query`, most active first) and findings (judged now). */
export async function logonImportDetail(deps: Deps, caller: Caller, orgId: string, importId: string, query = '') {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = isUuid(importId) ? await findLogonImport(deps.db, orgId, importId) : undefined;
  if (!row) throw notFound('ログオン記録');
  const system = await systemOr404(deps.db, orgId, row.systemId);
  return logonImportDetailOf(deps.db, orgId, importId, system.name, query);
}

/** DELETE …/logon-imports/:id */
export async function removeLogonImport(deps: Deps, caller: Caller, orgId: string, importId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = isUuid(importId) ? await deleteLogonImport(tx, orgId, importId) : undefined;
    if (!row) throw notFound('ログオン記録');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'logons.removed',
        targetType: 'account_system',
        targetId: row.systemId,
        before: { fileName: row.fileName, sha256: row.sha256, events: row.events },
      },
      now,
    );
  });
  return { removed: true };
}
