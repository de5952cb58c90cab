// The answer sheet's data: its items grouped by section, the sheet after one answer was saved or an
// item's evidence files changed, and Mamori's help for its items.
// Pure: no React.
import type {
  Assessment,
  AssessmentItem,
  AssessmentSummary,
  AttachedEvidence,
  FormHelp,
  ItemHelp,
  SavedAnswer,
} from '../../api-answers.ts';

/** Replaces the sheet on the page (as React's state setter does, from the current one). */
export type SetSheet = (update: (s: Assessment) => Assessment) => void;

export interface SheetSection {
  key: string;
  title: string;
  items: AssessmentItem[];
}

/** Sections in the order of the form: 0 (the gate), 1 体制構築, 2 …, each with its items. */
export function bySection(items: AssessmentItem[]): SheetSection[] {
  const out: SheetSection[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && last.key === item.section) last.items.push(item);
    else
      out.push({
        key: item.section,
        title: item.section === '0' ? item.sectionTitle : `${item.section} ${item.sectionTitle}`,
        items: [item],
      });
  }
  return out;
}

/** The sheet with one item's saved answer in place, and the progress and gaps the save returned. */
export function withSavedAnswer(sheet: Assessment, item: AssessmentItem, saved: SavedAnswer): Assessment {
  return {
    ...sheet,
    progress: saved.progress,
    gaps: saved.gaps,
    gapCount: saved.gaps.length,
    ready: saved.gaps.length === 0,
    updatedAt: saved.answer.updatedAt,
    items: sheet.items.map((i) => {
      if (i.id !== item.id) return i;
      const scope = saved.exempt === undefined ? {} : { exempt: saved.exempt, exemptReason: saved.exemptReason ?? null };
      return { ...i, answer: saved.answer, ...scope };
    }),
  };
}

/** The sheet with one item's attached evidence files replaced by the list the server returned. */
export function withItemEvidence(sheet: Assessment, itemId: string, evidence: AttachedEvidence[]): Assessment {
  return { ...sheet, items: sheet.items.map((i) => (i.id === itemId ? { ...i, evidence } : i)) };
}

/** The help read for this sheet, or null: none yet, or still another sheet's (version, revision or form). */
export function helpForSheet(
  sheet: Pick<AssessmentSummary, 'versionId' | 'revision' | 'catalogForm'>,
  help: FormHelp | undefined,
): FormHelp | null {
  if (!help) return null;
  // the help of the text answered on (a pharmacy's R7 form is answered on R7's 医療機関確認用)
  const same = help.versionId === sheet.versionId && help.revision === sheet.revision && help.form === sheet.catalogForm;
  return same ? help : null;
}

/** One item's help, or null when there is none for it (or none read). */
export const itemHelpOf = (help: FormHelp | null | undefined, itemId: string): ItemHelp | null => help?.items[itemId] ?? null;
