// Use cases of the ログリスト: the organisation's logs (each with its looks and when the next is due),
// listing a log of a system of the 利用者台帳, changing it (only the version read), and recording a
// look at it. Members read; 担当者・管理者 write; every change audited.
import { z } from 'zod';
import { LOG_CONTENTS, LOG_LOCATIONS, reviewDueOn, TIME_SOURCES } from '../../../domain/accounts/log-list.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, listEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { findAccountSystem } from './accounts.repo.ts';
import {
  findLogSource,
  insertLogReview,
  insertLogSource,
  type LogReviewRow,
  type LogSourceRow,
  logReviewsOf,
  logSourcesOf,
  updateLogSource,
} from './log-list.repo.ts';
import { type LogonImportHead, logonImportHeads } from './logons.repo.ts';

export const logSourceSchema = z.object({
  systemId: z.string().min(1, 'システムを選んでください'),
  name: z.string().trim().min(1, 'ログの名前を入力してください').max(200),
  contents: z.array(z.enum(LOG_CONTENTS)).max(LOG_CONTENTS.length).default([]),
  location: z.enum(LOG_LOCATIONS, { message: '保管場所を選んでください' }),
  retentionMonths: z.number().int().min(1, '1 か月以上にしてください').max(1200).nullable().default(null),
  timeSource: z.enum(TIME_SOURCES).default('unknown'),
  reviewer: z.string().trim().max(200).default(''),
  reviewEveryMonths: z.number().int().min(1, '1〜60 か月にしてください').max(60, '1〜60 か月にしてください'),
  note: z.string().max(2000).default(''),
});
export const logSourceChangeSchema = logSourceSchema.extend({ version: z.number().int() });
export const logReviewSchema = z.object({
  reviewedOn: z.string().trim().min(1, '確認した日を入力してください').max(40),
  periodFrom: z.string().trim().min(1, '対象期間の始めを入力してください').max(40),
  periodTo: z.string().trim().min(1, '対象期間の終わりを入力してください').max(40),
  reviewer: z.string().trim().min(1, '確認した人を入力してください').max(200),
  found: z.string().max(4000).default(''),
  /** the logon events read for this look (a read of the log's system), its evidence */
  logonImportId: z.string().max(100).nullable().default(null),
  /** a file of the organisation's evidence store */
  evidenceId: z.string().max(100).nullable().default(null),
});

type ReadHead = Pick<LogonImportHead, 'id' | 'fileName' | 'events' | 'periodFrom' | 'periodTo'>;
type FileHead = { id: string; fileName: string };
type Named = { reads: Map<string, ReadHead>; files: Map<string, FileHead> };
const NONE: Named = { reads: new Map(), files: new Map() };

const presentReview = (r: LogReviewRow, { reads, files }: Named) => {
  const read = r.logonImportId ? reads.get(r.logonImportId) : undefined;
  const file = r.evidenceId ? files.get(r.evidenceId) : undefined;
  return {
    id: r.id,
    reviewedOn: r.reviewedOn,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    reviewer: r.reviewer,
    found: r.found,
    recordedBy: r.recordedBy,
    /** the logon events read as its evidence (null when none, or removed since) */
    logonRead: read
      ? {
          id: read.id,
          fileName: read.fileName,
          events: read.events,
          periodFrom: read.periodFrom?.toISOString() ?? null,
          periodTo: read.periodTo?.toISOString() ?? null,
        }
      : null,
    /** a file of the evidence store (null when none, or deleted since) */
    evidence: file ? { id: file.id, fileName: file.fileName } : null,
  };
};
const presentSource = (s: LogSourceRow, systemName: string, reviews: LogReviewRow[], today: string, named = NONE) => {
  const last = reviews[0]?.reviewedOn ?? null;
  const dueOn = reviewDueOn(last, todayJst(s.createdAt), s.reviewEveryMonths);
  return {
    id: s.id,
    systemId: s.systemId,
    systemName,
    name: s.name,
    contents: s.contents,
    location: s.location,
    retentionMonths: s.retentionMonths,
    timeSource: s.timeSource,
    reviewer: s.reviewer,
    reviewEveryMonths: s.reviewEveryMonths,
    note: s.note,
    version: s.version,
    lastReviewedOn: last,
    dueOn,
    overdue: dueOn < today,
    reviews: reviews.map((r) => presentReview(r, named)),
  };
};

export async function logListOf(deps: Deps, orgId: string) {
  const today = todayJst(deps.clock.now());
  const reviews = await logReviewsOf(deps.db, orgId);
  const named = {
    reads: new Map((await logonImportHeads(deps.db, orgId)).map((r) => [r.id, r])),
    files: new Map((await listEvidence(deps.db, orgId)).map((f) => [f.id, f])),
  };
  return (await logSourcesOf(deps.db, orgId)).map(({ source, systemName }) =>
    presentSource(
      source,
      systemName,
      reviews.filter((r) => r.logSourceId === source.id),
      today,
      named,
    ),
  );
}

export async function logList(deps: Deps, caller: Caller, orgId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return logListOf(deps, orgId);
}

async function systemOr400(deps: Deps, orgId: string, systemId: string) {
  const system = isUuid(systemId) ? await findAccountSystem(deps.db, orgId, systemId) : undefined;
  if (!system) {
    throw new AppError('VALIDATION', '利用者台帳のシステムが見つかりません。', {
      fields: [{ field: 'systemId', message: 'この組織の利用者台帳にありません' }],
    });
  }
  return system;
}

export async function addLogSource(deps: Deps, caller: Caller, orgId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const input = parseInput(logSourceSchema, raw);
  const system = await systemOr400(deps, orgId, input.systemId);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertLogSource(tx, orgId, input, caller.user.id, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'log_source.created',
        targetType: 'log_source',
        targetId: row.id,
        after: { ...input, system: system.name },
      },
      now,
    );
    return presentSource(row, system.name, [], todayJst(now));
  });
}

export async function changeLogSource(deps: Deps, caller: Caller, orgId: string, logSourceId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const { version, ...input } = parseInput(logSourceChangeSchema, raw);
  const before = isUuid(logSourceId) ? await findLogSource(deps.db, orgId, logSourceId) : undefined;
  if (!before) throw notFound('ログ');
  const system = await systemOr400(deps, orgId, input.systemId);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await updateLogSource(tx, orgId, logSourceId, version, input, caller.user.id, now);
    if (!row) throw new AppError('CONFLICT', 'ほかの人がこのログを変更しました。開き直してから変更してください。');
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: orgId, action: 'log_source.updated', targetType: 'log_source', targetId: row.id, before, after: row },
      now,
    );
    return presentSource(row, system.name, [], todayJst(now));
  });
}

const dateField = (field: string, label: string, raw: string, today: string) => {
  const d = parseJapaneseDate(raw);
  if (!d.ok) throw new AppError('VALIDATION', `${label}: ${d.message}`, { fields: [{ field, message: d.message }] });
  if (d.iso > today)
    throw new AppError('VALIDATION', `${label}: 未来の日付は入れられません。`, { fields: [{ field, message: '未来の日付です' }] });
  return d.iso;
};

/** A read of the log's own system, named as a look's evidence; another one (or none) is a field error. */
async function evidenceReadOf(tx: Tx, orgId: string, systemId: string, id: string) {
  const read = isUuid(id) ? (await logonImportHeads(tx, orgId)).find((r) => r.id === id) : undefined;
  if (!read || read.systemId !== systemId) {
    throw new AppError('VALIDATION', '証跡のログオン記録が、このログのシステムにありません。', {
      fields: [{ field: 'logonImportId', message: 'このログのシステムで読み込んだ記録を選んでください' }],
    });
  }
  return read;
}

async function evidenceFileOf(tx: Tx, orgId: string, id: string) {
  const file = isUuid(id) ? await findEvidence(tx, orgId, id) : undefined;
  if (!file) {
    throw new AppError('VALIDATION', '証跡ファイルが組織の証跡にありません。', {
      fields: [{ field: 'evidenceId', message: '組織の証跡ファイルから選んでください' }],
    });
  }
  return file;
}

export async function recordLogReview(deps: Deps, caller: Caller, orgId: string, logSourceId: string, raw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const input = parseInput(logReviewSchema, raw);
  const now = deps.clock.now();
  const today = todayJst(now);
  const reviewedOn = dateField('reviewedOn', '確認した日', input.reviewedOn, today);
  const periodFrom = dateField('periodFrom', '対象期間の始め', input.periodFrom, today);
  const periodTo = dateField('periodTo', '対象期間の終わり', input.periodTo, today);
  if (periodFrom > periodTo)
    throw new AppError('VALIDATION', '対象期間の始めが終わりより後です。', {
      fields: [{ field: 'periodFrom', message: '終わりより後です' }],
    });
  return deps.db.transaction(async (tx) => {
    const source = isUuid(logSourceId) ? await findLogSource(tx, orgId, logSourceId, true) : undefined;
    if (!source) throw notFound('ログ');
    const read = input.logonImportId ? await evidenceReadOf(tx, orgId, source.systemId, input.logonImportId) : null;
    const file = input.evidenceId ? await evidenceFileOf(tx, orgId, input.evidenceId) : null;
    const row = await insertLogReview(tx, {
      organizationId: orgId,
      logSourceId,
      reviewedOn,
      periodFrom,
      periodTo,
      reviewer: input.reviewer,
      found: input.found,
      recordedBy: caller.actor.label,
      logonImportId: read?.id ?? null,
      evidenceId: file?.id ?? null,
      createdAt: now,
    });
    const named = { reads: new Map(read ? [[read.id, read]] : []), files: new Map(file ? [[file.id, file]] : []) };
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'log_review.recorded',
        targetType: 'log_source',
        targetId: logSourceId,
        after: presentReview(row, named),
      },
      now,
    );
    return presentReview(row, named);
  });
}
