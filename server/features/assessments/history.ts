// An item's history and an assessment's state at a past date, both read from the audit trail: every
// change to an answer is audited in its own transaction with the values after it (save-answer.ts,
// carry-forward.ts, item-scope.ts, answer-evidence.ts), so the trail is the history.
import type { AnswerValues } from '../../../domain/assessment/types.ts';
import { type FormText, pinnedText, type TextPin } from '../../../domain/catalog/form-text.ts';
import { parseJapaneseDate } from '../../../domain/dates/wareki.ts';
import type { Suggestion } from '../../../domain/suggestions/types.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AuditRow } from '../audit/audit.repo.ts';
import { eventsOfTarget } from '../audit/audit.repo.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import type { EvidenceLinkRow } from './answer-evidence.repo.ts';
import { presentAssessment } from './assessments.present.ts';
import type { AnswerRow, AssessmentRow } from './assessments.repo.ts';
import { assessmentOrNotFound, textOf } from './assessments.service.ts';

/** Events that set an item's answer columns, each with the whole answer after it. */
const ANSWER_ACTIONS: Record<string, string> = {
  'assessment.answer_saved': '回答を保存',
  'assessment.answer_carried': '前年度から引き継ぎ',
  'assessment.item_out_of_scope': '契約範囲外にした',
  'assessment.item_in_scope': '契約範囲内に戻した',
  'assessment.answer_moved': '新しい版の文言に移した',
};
const EVIDENCE_ACTIONS: Record<string, string> = {
  'assessment.evidence_attached': '証跡ファイルを添付',
  'assessment.evidence_detached': '証跡ファイルを外した',
};

type Stored = Partial<AnswerValues> & { evidenceId?: string; fileName?: string; suggestion?: Suggestion | null };

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
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = await assessmentOrNotFound(deps, orgId, assessmentId);
  if (!textOf(deps, row).form.items.some((i) => i.id === itemId)) throw notFound(`項目 ${itemId}`);
  const events = eventsOfItem(await eventsOfTarget(deps.db, orgId, 'assessment', { prefix: row.id }), row.id, itemId);
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

/**
 * The events of one item across text moves: before a move that gave the item its id, the events of
 * the id it came from; before a move that set another item's answer aside under this id's old owner,
 * nothing (that was another item).
 */
function eventsOfItem(events: AuditRow[], assessmentId: string, itemId: string): AuditRow[] {
  const mine: AuditRow[] = [];
  let current: string | null = itemId;
  for (const e of [...events].reverse()) {
    if (current === null) break;
    if (e.action === 'assessment.text_moved') {
      const renames = (e.after as { renames?: { from: string; to: string }[] } | null)?.renames ?? [];
      const into = renames.find((r) => r.to === current);
      if (into) current = into.from;
      else if (renames.some((r) => r.from === current)) current = null;
    } else if (e.targetId === `${assessmentId}#${current}`) mine.push(e);
  }
  return mine.reverse();
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
  const text = await textAsOf(deps, row, until);
  // the item events and the assessment's own (a text move renames the items it moved)
  const events = await eventsOfTarget(deps.db, row.organizationId, 'assessment', { prefix: row.id }, until);
  const deletedFiles = (await eventsOfTarget(deps.db, row.organizationId, 'evidence', { prefix: '' }, until))
    .filter((e) => e.action === 'evidence.deleted')
    .map((e) => ({ id: e.targetId, at: e.occurredAt }));
  const { answers, links } = replay(row, events);
  const kept = links.filter((l) => !deletedFiles.some((d) => d.id === l.evidenceId && d.at >= l.attachedAt));
  return presentAssessment(row, text, answers, kept, deps.catalog);
}

function replay(row: AssessmentRow, events: AuditRow[]): { answers: AnswerRow[]; links: EvidenceLinkRow[] } {
  const answers = new Map<string, AnswerRow>();
  const links = new Map<string, EvidenceLinkRow>();
  for (const e of events) {
    const itemId = (e.targetId ?? '').slice(row.id.length + 1);
    const after = stored(e.after);
    if (e.action === 'assessment.text_moved') {
      renameKeys(answers, links, (after as { renames?: { from: string; to: string }[] }).renames ?? []);
    } else if (ANSWER_ACTIONS[e.action]) {
      const version = (answers.get(itemId)?.version ?? 0) + 1;
      answers.set(itemId, {
        ...answerOf(after),
        outOfScope: after.outOfScope ?? false,
        suggestion: after.suggestion ?? null,
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
      links.set(`${itemId}#${after.evidenceId}`, { ...link, attachedAt: e.occurredAt, attachedBy: e.actorLabel });
    } else if (e.action === 'assessment.evidence_detached') {
      links.delete(`${itemId}#${stored(e.before).evidenceId}`);
    }
  }
  return { answers: [...answers.values()], links: [...links.values()] };
}

/** A text move as it happened: the answers and links of each item go to its new id, all at once. */
function renameKeys(answers: Map<string, AnswerRow>, links: Map<string, EvidenceLinkRow>, renames: { from: string; to: string }[]) {
  const to = new Map(renames.map((r) => [r.from, r.to]));
  const moved = [...answers.values()].map((a) => ({ ...a, itemId: to.get(a.itemId) ?? a.itemId }));
  answers.clear();
  for (const a of moved) answers.set(a.itemId, a);
  const movedLinks = [...links.values()].map((l) => ({ ...l, itemId: to.get(l.itemId) ?? l.itemId }));
  links.clear();
  for (const l of movedLinks) links.set(`${l.itemId}#${l.evidenceId}`, l);
}

/** The text the assessment was answered on at a moment: before a later move, the text it moved from. */
async function textAsOf(deps: Deps, row: AssessmentRow, until: Date): Promise<FormText> {
  const moves = (await eventsOfTarget(deps.db, row.organizationId, 'assessment', { id: row.id })).filter(
    (e) => e.action === 'assessment.text_moved' && e.occurredAt >= until,
  );
  const from = (moves[0]?.after as { from?: TextPin } | null)?.from;
  return (from && pinnedText(deps.catalog, { ...from, fiscalYear: row.fiscalYear, form: row.form })) || textOf(deps, row);
}
