// Use cases of the BCP 確認表: a fiscal year's sheet with what the ledgers say about each 確認項目,
// starting it (carrying the latest earlier year's answers and BCP document forward, marked 引き継ぎ
// until answered again), answering a row (only at the version read: two people at once → one 409),
// recording the BCP document it checks, and a system administrator's correction of the wording.
// Members read; 担当者・管理者 answer; audited. Rules are checked after the authorisation, so that
// another organisation's caller gets 404, never 400.
import { type BcpPrefill, prefillRow } from '../../../domain/bcp/prefill.ts';
import { correctionSchema, isCorrectableKey, rowName, SHEET_CHECKS } from '../../../domain/bcp/sheet.ts';
import { checkSheetAnswer, checkSheetPlan } from '../../../domain/bcp/sheet-answer.ts';
import { fiscalYearOf, todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { findEvidence, listEvidence } from '../evidence/evidence.repo.ts';
import { authorizeOrg, requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { type FileNames, presentAnswer, presentSheet } from './sheet.present.ts';
import {
  checkTexts,
  findCheckText,
  findSheet,
  findSheetAnswer,
  insertCarriedAnswers,
  insertSheet,
  latestSheet,
  type SheetAnswerRow,
  saveCheckText,
  saveSheetAnswer,
  sheetAnswers,
  sheetYears,
  updateSheetPlan,
} from './sheet.repo.ts';
import { bcpFactsOf } from './sheet-facts.ts';

const SHEET = 'BCP 確認表';

function invalid(problems: { field: string; message: string }[]): never {
  throw new AppError('VALIDATION', problems.map((p) => p.message).join(' / '), { fields: problems });
}

async function fileNames(db: Db | Tx, orgId: string): Promise<FileNames> {
  return new Map((await listEvidence(db, orgId)).map((f) => [f.id, { id: f.id, fileName: f.fileName }]));
}

/** A fiscal year (西暦 of April) from a query or a body, up to next year; none is the current fiscal year in Japan. */
export function sheetYear(raw: unknown, now: Date): number {
  const current = fiscalYearOf(todayJst(now));
  if (raw === undefined || raw === null || raw === '') return current;
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > current + 1)
    invalid([{ field: 'fiscalYear', message: `年度: 2000〜${current + 1} の西暦年 (例: 2026 = 令和8年度) で指定してください` }]);
  return year;
}

function versionOf(raw: { version?: unknown }): number {
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 0)
    invalid([{ field: 'version', message: 'version: 読み込んだときの版を送ってください (未回答は 0)' }]);
  return raw.version;
}

async function evidenceOf(db: Db | Tx, orgId: string, id: string | null, field: string) {
  if (id && !(await findEvidence(db, orgId, id))) invalid([{ field, message: '証跡: 組織の証跡ファイルから選んでください' }]);
}

/** Every row's prefill from the ledgers as of now. */
async function prefillsOf(db: Db | Tx, orgId: string, now: Date): Promise<Map<string, BcpPrefill>> {
  const facts = await bcpFactsOf(db, orgId, now);
  return new Map(
    SHEET_CHECKS.flatMap((c) => {
      const p = prefillRow(c, facts);
      return p ? [[c.key, p] as const] : [];
    }),
  );
}

/** A past year's rows show what the registers said when each was answered, not what they say today. */
const keptPrefills = (answers: SheetAnswerRow[]) =>
  new Map(answers.flatMap((a) => (a.suggestion ? [[a.checkKey, a.suggestion as BcpPrefill] as const] : [])));

/** A fiscal year's sheet as the page and the print show it (no permission check: callers have checked). */
export async function sheetOf(db: Db | Tx, orgId: string, year: number, now: Date) {
  const sheet = await findSheet(db, orgId, year);
  const past = year < fiscalYearOf(todayJst(now));
  const [years, earlier, answers, texts, live, files] = await Promise.all([
    sheetYears(db, orgId),
    sheet ? undefined : latestSheet(db, orgId, year),
    sheet ? sheetAnswers(db, orgId, sheet.id) : [],
    checkTexts(db),
    past ? undefined : prefillsOf(db, orgId, now),
    fileNames(db, orgId),
  ]);
  const prefills = live ?? keptPrefills(answers);
  return presentSheet({ year, years, carryFrom: earlier?.fiscalYear ?? null, sheet, answers, texts, prefills, files });
}

export async function getSheet(deps: Deps, caller: Caller, orgId: string, yearRaw: unknown) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const now = deps.clock.now();
  return sheetOf(deps.db, orgId, sheetYear(yearRaw, now), now);
}

export async function startSheet(deps: Deps, caller: Caller, orgId: string, raw: { fiscalYear?: unknown }) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const year = sheetYear(raw.fiscalYear, deps.clock.now());
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const earlier = await latestSheet(tx, orgId, year);
    const plan = earlier
      ? { planOn: earlier.planOn, planEvidenceId: earlier.planEvidenceId, planNote: earlier.planNote }
      : { planOn: null, planEvidenceId: null, planNote: '' };
    const row = await insertSheet(tx, orgId, year, earlier?.fiscalYear ?? null, plan, caller.user.id, now);
    if (!row) throw new AppError('CONFLICT', 'この年度の BCP 確認表は、ほかの人が先に始めています。読み込み直してください。');
    const carried = earlier ? (await sheetAnswers(tx, orgId, earlier.id)).filter((a) => a.value) : [];
    await insertCarriedAnswers(tx, orgId, row.id, carried, now);
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_sheet.started',
        targetType: 'bcp_sheet',
        targetId: row.id,
        after: { fiscalYear: year, carriedFrom: earlier?.fiscalYear ?? null, carriedAnswers: carried.length },
      },
      now,
    );
  });
  // the view (with every register read for the prefill) after the commit, not inside the transaction
  return sheetOf(deps.db, orgId, year, deps.clock.now());
}

export async function saveAnswer(deps: Deps, caller: Caller, orgId: string, raw: Record<string, unknown>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now0 = deps.clock.now();
  const year = sheetYear(raw.fiscalYear, now0);
  const key = typeof raw.checkKey === 'string' ? raw.checkKey : '';
  const check = SHEET_CHECKS.find((c) => c.key === key);
  if (!check) throw notFound('確認項目');
  const version = versionOf(raw);
  const checked = checkSheetAnswer(raw);
  if (!checked.ok) invalid(checked.problems);
  const values = checked.values;
  await evidenceOf(deps.db, orgId, values.evidenceId, 'evidenceId');
  const correction = await findCheckText(deps.db, key);
  if (check.text === null && !correction)
    invalid([
      {
        field: 'checkKey',
        message: 'この確認項目は原文を確認できていないため、回答できません。システム管理者が文言を補うと回答できます。',
      },
    ]);
  const suggestion = check.prefill ? prefillRow(check, await bcpFactsOf(deps.db, orgId, now0)) : null;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const sheet = await findSheet(tx, orgId, year);
    if (!sheet) throw notFound(SHEET);
    const before = await findSheetAnswer(tx, orgId, sheet.id, key);
    const row = await saveSheetAnswer(tx, orgId, sheet.id, key, version, { ...values, suggestion }, caller.user.id, now);
    if (!row)
      throw new AppError(
        'CONFLICT',
        `ほかの人が先にこの確認項目 (${rowName(key, correction?.text ?? check.text)}) の回答を保存しました。読み込み直して、内容を確かめてから保存してください。`,
      );
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_sheet.answer_saved',
        targetType: 'bcp_sheet',
        targetId: sheet.id,
        before: before ? { checkKey: key, value: before.value, note: before.note, evidenceId: before.evidenceId } : null,
        after: { checkKey: key, ...values },
      },
      now,
    );
    return { checkKey: key, answer: presentAnswer(row, await fileNames(tx, orgId)) };
  });
}

export async function savePlan(deps: Deps, caller: Caller, orgId: string, raw: Record<string, unknown>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const now0 = deps.clock.now();
  const year = sheetYear(raw.fiscalYear, now0);
  const version = versionOf(raw);
  const checked = checkSheetPlan(raw, todayJst(now0));
  if (!checked.ok) invalid(checked.problems);
  await evidenceOf(deps.db, orgId, checked.values.planEvidenceId, 'planEvidenceId');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const sheet = await findSheet(tx, orgId, year, true);
    if (!sheet) throw notFound(SHEET);
    const row = await updateSheetPlan(tx, orgId, sheet.id, version, checked.values, caller.user.id, now);
    if (!row)
      throw new AppError('CONFLICT', 'ほかの人が先に BCP の文書の記録を変更しました。読み込み直してから、もう一度保存してください。');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: orgId,
        action: 'bcp_sheet.plan_saved',
        targetType: 'bcp_sheet',
        targetId: sheet.id,
        before: { planOn: sheet.planOn, planEvidenceId: sheet.planEvidenceId, planNote: sheet.planNote },
        after: checked.values,
      },
      now,
    );
  });
  return sheetOf(deps.db, orgId, year, deps.clock.now());
}

/** A system administrator supplies or corrects the wording of a 確認項目 or a 大項目's title, with its source. */
export async function correctSheetText(deps: Deps, caller: Caller, raw: Record<string, unknown>) {
  requireSystemAdmin(caller.user);
  const key = typeof raw.key === 'string' ? raw.key : '';
  if (!isCorrectableKey(key)) throw notFound('確認項目');
  const version = versionOf(raw);
  const parsed = correctionSchema.safeParse(raw);
  if (!parsed.success) invalid(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'text'), message: i.message })));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const before = await findCheckText(tx, key);
    const row = await saveCheckText(tx, key, version, parsed.data, caller.user.id, now);
    if (!row) throw new AppError('CONFLICT', 'ほかの管理者が先にこの文言を訂正しました。読み込み直してください。');
    await recordAudit(
      tx,
      caller.actor,
      {
        action: 'bcp_sheet.text_corrected',
        targetType: 'bcp_sheet_text',
        targetId: null,
        before: before ? { key, text: before.text, source: before.source } : { key },
        after: { key, ...parsed.data },
      },
      now,
    );
    return { key, text: row.text, source: row.source, correctedAt: row.updatedAt.toISOString(), version: row.version };
  });
}
