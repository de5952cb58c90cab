// An item's history and an assessment's state at a past date, both read from the audit trail: every
// change to an answer is audited in its own transaction with the values after it (save-answer.ts,
// carry-forward.ts, item-scope.ts, answer-evidence.ts), so the trail is the history.
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AuditRow } from '../audit/audit.repo.ts';
import { eventsOfTarget } from '../audit/audit.repo.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import type { EvidenceLinkRow } from './answer-evidence.repo.ts';
import { formOf, presentAssessment } from './assessments.present.ts';
import type { AnswerRow, AssessmentRow } from './assessments.repo.ts';
import { assessmentOrNotFound, versionOf } from './assessments.service.ts';

/** Events that set an item's answer columns, each with the whole answer after it. */
const ANSWER_ACTIONS: Record<string, string> = {
  'assessment.answer_saved': '回答を保存',
  'assessment.answer_carried': '前年度から引き継ぎ',
  'assessment.item_out_of_scope': '契約範囲外にした',
  'assessment.item_in_scope': '契約範囲内に戻した',
};
const EVIDENCE_ACTIONS: Record<string, string> = {
  'assessment.evidence_attached': '証跡ファイルを添付',
  'assessment.evidence_detached': '証跡ファイルを外した',
};

type Stored = Partial<AnswerValues> & { evidenceId?: string; fileName?: string };

export interface HistoryEntry {
  at: string;
  /** login id of who made the change */
  actor: string;
  action: string;
  label: string;
  /** the answer after the change (answer events) */
  answer: AnswerValues | null;
  /** the file attached or detached (evidence events) */
  file: string | null;
}
const stored = (v: unknown): Stored => (v && typeof v === 'object' ? (v as Stored) : {});

const answerOf = (v: Stored): AnswerValues => ({
  firstAnswer: v.firstAnswer ?? null,
  firstDate: v.firstDate ?? null,
  targetDate: v.targetDate ?? null,
  secondAnswer: v.secondAnswer ?? null,
  secondDate: v.secondDate ?? null,
  note: v.note ?? '',
  outOfScope: v.outOfScope ?? false,
});

/** GET …/answers/:itemId/history: who changed the item's answer or evidence, when, and to what. */
export async function getItemHistory(deps: Deps, caller: Caller, orgId: string, assessmentId: string, itemId: string) {
  await authorizeOrg(deps.db, caller.user, orgId, 'org.read');
  const row = await assessmentOrNotFound(deps, orgId, assessmentId);
  const version = versionOf(deps, row.catalogVersion, row.catalogRevision);
  if (!formOf(version, row.form).items.some((i) => i.id === itemId)) throw notFound(`項目 ${itemId}`);
  const events = await eventsOfTarget(deps.db, orgId, 'assessment', { id: `${assessmentId}#${itemId}` });
  const names = new Map<string, string>();
  const entries = events.flatMap((e): HistoryEntry[] => {
    const after = stored(e.after);
    const before = stored(e.before);
    if (after.evidenceId && after.fileName) names.set(after.evidenceId, after.fileName);
    const base = { at: e.occurredAt.toISOString(), actor: e.actorLabel, action: e.action };
    const answerLabel = ANSWER_ACTIONS[e.action];
    if (answerLabel) return [{ ...base, label: answerLabel, answer: answerOf(after), file: null }];
    const id = after.evidenceId ?? before.evidenceId;
    const fileLabel = EVIDENCE_ACTIONS[e.action];
    if (fileLabel && id) return [{ ...base, label: fileLabel, answer: null, file: names.get(id) ?? '(ファイル名不明)' }];
    return [];
  });
  return { events: entries.reverse() };
}

/** The end of a day in Japan, as the instant before which events count ("as of 2025-06-01"). */
export function endOfJstDay(iso: string): Date {
  return new Date(new Date(`${iso}T00:00:00+09:00`).getTime() + 24 * 3600 * 1000);
}

/** A date given for "as of" (西暦 or 和暦, not in the future), or a VALIDATION error naming the field. */
export function asOfParam(raw: string, today: string): string {
  const parsed = parseJapaneseDate(raw);
  if (!parsed.ok)
    throw new AppError('VALIDATION', `日付が正しくありません: ${parsed.message}`, { fields: [{ field: 'asOf', message: parsed.message }] });
  if (parsed.iso > today) {
    throw new AppError('VALIDATION', '未来の日付の状態は表示できません。今日以前の日付を指定してください。', {
      fields: [{ field: 'asOf', message: '未来の日付です' }],
    });
  }
  return parsed.iso;
}

/** The assessment as it stood at the end of a day (JST): answers and evidence replayed from the trail. */
export async function assessmentAsOf(deps: Deps, row: AssessmentRow, asOf: string) {
  const until = endOfJstDay(asOf);
  if (row.createdAt >= until) {
    throw new AppError('VALIDATION', `${asOf} の時点では、この回答はまだ作られていません。`, {
      fields: [{ field: 'asOf', message: '作成日より前の日付です' }],
    });
  }
  const version = versionOf(deps, row.catalogVersion, row.catalogRevision);
  const events = await eventsOfTarget(deps.db, row.organizationId, 'assessment', { prefix: `${row.id}#` }, until);
  const deletedFiles = (await eventsOfTarget(deps.db, row.organizationId, 'evidence', { prefix: '' }, until))
    .filter((e) => e.action === 'evidence.deleted')
    .map((e) => ({ id: e.targetId, at: e.occurredAt }));
  const { answers, links } = replay(row, events);
  const kept = links.filter((l) => !deletedFiles.some((d) => d.id === l.evidenceId && d.at >= l.attachedAt));
  return presentAssessment(row, version, answers, kept);
}

function replay(row: AssessmentRow, events: AuditRow[]): { answers: AnswerRow[]; links: EvidenceLinkRow[] } {
  const answers = new Map<string, AnswerRow>();
  const links = new Map<string, EvidenceLinkRow>();
  for (const e of events) {
    const itemId = (e.targetId ?? '').slice(row.id.length + 1);
    const after = stored(e.after);
    if (ANSWER_ACTIONS[e.action]) {
      const version = (answers.get(itemId)?.version ?? 0) + 1;
      answers.set(itemId, {
        ...answerOf(after),
        outOfScope: after.outOfScope ?? false,
        suggestion: (after as { suggestion?: unknown }).suggestion ?? null,
        organizationId: row.organizationId,
        assessmentId: row.id,
        itemId,
        version,
        updatedBy: e.actorUserId,
        updatedAt: e.occurredAt,
        updatedByLogin: e.actorLabel,
      });
    } else if (e.action === 'assessment.evidence_attached' && after.evidenceId) {
      const link = { assessmentId: row.id, itemId, evidenceId: after.evidenceId, fileName: after.fileName ?? '', contentType: '', size: 0 };
      links.set(`${itemId}#${after.evidenceId}`, { ...link, attachedAt: e.occurredAt });
    } else if (e.action === 'assessment.evidence_detached') {
      links.delete(`${itemId}#${stored(e.before).evidenceId}`);
    }
  }
  return { answers: [...answers.values()], links: [...links.values()] };
}
