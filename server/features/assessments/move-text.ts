// Use case: when a checklist version is added (the official workbook, a correction), every
// assessment answered on provisional text (推定, 文言不明, or another form's items) whose year and
// form now resolve to another text moves onto it, in the same transaction as the version: answers
// follow their items (same number and targets, or the same wording), items matched by number whose
// wording changed are listed for review, new items are listed to be answered, and answers of items
// with no counterpart are set aside under an id naming their text — nothing is deleted. Audited per
// assessment (with the renames, so a past day's state can be replayed) and per moved answer.
import { itemLabel } from '../../../domain/assessment/rules.ts';
import { asideId, planTextMove, type TextMoveReport } from '../../../domain/assessment/text-move.ts';
import { type FormText, formFor, pinnedText, resolveFormText, sameText } from '../../../domain/catalog/form-text.ts';
import type { FormKind } from '../../../domain/catalog/labels.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { linksOf } from './answer-evidence.repo.ts';
import { type AssessmentRow, answersOf, updateAssessmentRow } from './assessments.repo.ts';
import { assessmentsOfYears, renameAnswerItems } from './text-move.repo.ts';

export interface MovedAssessment {
  organizationId: string;
  assessmentId: string;
  title: string;
  report: TextMoveReport;
}

const textLabel = (t: FormText) => `${t.version.label} (第${t.version.revision}版) ${t.form.label}`;
const pinOf = (t: FormText) => ({ catalogVersion: t.version.id, catalogRevision: t.version.revision, catalogForm: t.form.form });

/** Moves the provisional assessments of the given fiscal years onto the text the catalog now gives them. */
export async function moveProvisionalAssessments(
  tx: Tx,
  actor: Actor,
  catalog: CatalogVersion[],
  years: number[],
  now: Date,
): Promise<MovedAssessment[]> {
  const moved: MovedAssessment[] = [];
  for (const row of await assessmentsOfYears(tx, years)) {
    const current = pinnedText(catalog, row);
    const next = resolveFormText(catalog, row.fiscalYear, row.form as FormKind);
    if (!current?.provisional || !next || sameText(current, next)) continue;
    moved.push(await moveOne(tx, actor, row, current, next, now));
  }
  return moved;
}

async function moveOne(tx: Tx, actor: Actor, row: AssessmentRow, current: FormText, next: FormText, now: Date): Promise<MovedAssessment> {
  const org = row.organizationId;
  const answers = await answersOf(tx, org, [row.id]);
  const links = await linksOf(tx, org, [row.id]);
  const currentIds = new Set(current.form.items.map((i) => i.id));
  const answered = new Set([...answers.map((a) => a.itemId), ...links.map((l) => l.itemId)].filter((id) => currentIds.has(id)));
  const plan = planTextMove(current.form.items, next.form.items, answered);
  const aside = { versionId: current.version.id, revision: current.version.revision, form: current.form.form };
  const renames = [
    ...plan.moves.filter((m) => m.from !== m.to).map((m) => ({ from: m.from, to: m.to })),
    ...plan.setAside.map((id) => ({ from: id, to: asideId(aside, id) })),
  ];
  await renameAnswerItems(tx, org, row.id, renames);
  const label = (t: FormText, id: string) => {
    const item = t.form.items.find((i) => i.id === id);
    return item ? itemLabel(item, t.version.numbering) : id;
  };
  const report: TextMoveReport = {
    at: now.toISOString(),
    by: actor.label,
    from: textLabel(current),
    to: textLabel(next),
    kept: plan.moves.length,
    changed: plan.moves.filter((m) => m.changed).map((m) => label(next, m.to)),
    added: plan.added.map((id) => label(next, id)),
    setAside: plan.setAside.map((id) => label(current, id)),
  };
  const updated = await updateAssessmentRow(tx, org, row.id, { ...pinOf(next), textMove: report, updatedAt: now });
  const title = [fiscalYear(row.fiscalYear).label, formFor(next.yearVersion, next.formKind)?.label, row.vendorName, row.systemName]
    .filter(Boolean)
    .join(' ');
  await recordAudit(
    tx,
    actor,
    {
      organizationId: org,
      action: 'assessment.text_moved',
      targetType: 'assessment',
      targetId: row.id,
      before: pinOf(current),
      after: { from: pinOf(current), to: pinOf(next), renames, report },
    },
    now,
  );
  for (const m of plan.moves) {
    const a = answers.find((x) => x.itemId === m.from);
    if (!a) continue;
    await recordAudit(
      tx,
      actor,
      {
        organizationId: org,
        action: 'assessment.answer_moved',
        targetType: 'assessment',
        targetId: `${row.id}#${m.to}`,
        before: null,
        after: {
          firstAnswer: a.firstAnswer,
          firstDate: a.firstDate,
          targetDate: a.targetDate,
          secondAnswer: a.secondAnswer,
          secondDate: a.secondDate,
          note: a.note,
          outOfScope: a.outOfScope,
          from: `${textLabel(current)} ${label(current, m.from)}`,
          wordingChanged: m.changed,
        },
      },
      now,
    );
  }
  return { organizationId: org, assessmentId: updated.id, title, report };
}
