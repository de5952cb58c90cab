// Carrying last year's answers into this year's assessment: an answer is carried only where the item
// is the same (same id, same wording and targets); its dates are cleared, because the 手引き asks for
// each year's own check date. New, changed and dropped items are listed for the person to look at.
import { itemChanges, MEANING_FIELDS } from '../catalog/diff.ts';
import type { CatalogItem } from '../catalog/schema.ts';
import type { AnswerValues } from './types.ts';

/** What carrying forward did, as the API reports it (item labels, not ids). */
export interface CarryReport {
  from: string;
  carried: number;
  newItems: string[];
  changedItems: string[];
  droppedItems: string[];
}

export interface CarryPlan {
  carried: { itemId: string; values: AnswerValues }[];
  newItems: string[];
  changedItems: string[];
  droppedItems: string[];
}

const same = (a: CatalogItem, b: CatalogItem) => !itemChanges(a, b).some((f) => MEANING_FIELDS.includes(f));

export function planCarryForward(from: CatalogItem[], to: CatalogItem[], answers: Map<string, AnswerValues>): CarryPlan {
  const old = new Map(from.map((i) => [i.id, i]));
  const plan: CarryPlan = { carried: [], newItems: [], changedItems: [], droppedItems: [] };
  for (const item of to) {
    const before = old.get(item.id);
    if (!before) plan.newItems.push(item.id);
    else if (!same(before, item) || item.wording === 'unknown') plan.changedItems.push(item.id);
    else {
      const a = answers.get(item.id);
      // a vendor's contract scope (契約範囲外) carries over like an answer: it needs no date
      if (a?.firstAnswer || a?.outOfScope)
        plan.carried.push({
          itemId: item.id,
          values: {
            firstAnswer: a.outOfScope ? null : a.firstAnswer,
            firstDate: null,
            targetDate: null,
            secondAnswer: null,
            secondDate: null,
            note: a.note,
            outOfScope: a.outOfScope ?? false,
          },
        });
    }
  }
  const ids = new Set(to.map((i) => i.id));
  plan.droppedItems = from.filter((i) => !ids.has(i.id)).map((i) => i.id);
  return plan;
}
