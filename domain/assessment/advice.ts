// Mamori's own advice over a year's forms, apart from the 手引き's gaps (never counted against the
// 立入検査 readiness): a 目標日 that has passed without a 2回目, and an item the institution's form and a
// vendor's 事業者確認用 answer differently (the training asks those involved to check both against
// each other). Pure.
import { sameWording } from './text-move.ts';
import type { YesNo } from './types.ts';

export interface AdviceItem {
  id: string;
  label: string;
  text: string | null;
  targets: string[];
  /** the form has a 2回目 cell on this row */
  hasSecond: boolean;
  answer: { firstAnswer: YesNo | null; targetDate: string | null; secondAnswer: YesNo | null; outOfScope?: boolean } | null;
}

export interface AdviceForm {
  title: string;
  form: string;
  items: AdviceItem[];
}

export interface Advice {
  kind: 'chart' | 'target_passed' | 'contradiction';
  assessment: string | null;
  itemId: string | null;
  message: string;
}

const latest = (i: AdviceItem): YesNo | null => (i.answer?.outOfScope ? null : (i.answer?.secondAnswer ?? i.answer?.firstAnswer ?? null));
const word = (a: YesNo) => (a === 'yes' ? 'はい' : 'いいえ');

export function targetsPassed(forms: AdviceForm[], today: string): Advice[] {
  return forms.flatMap((f) =>
    f.items
      .filter(
        (i) =>
          i.hasSecond && i.answer?.firstAnswer === 'no' && i.answer.targetDate && i.answer.targetDate < today && !i.answer.secondAnswer,
      )
      .map((i) => ({
        kind: 'target_passed' as const,
        assessment: f.title,
        itemId: i.id,
        message: `${f.title}: ${i.label}: 目標日 (${i.answer?.targetDate}) を過ぎましたが、2回目の確認がありません。対応できたかを確かめて 2回目を記入してください。`,
      })),
  );
}

/** The same item answered one way on the institution's form and the other on a vendor's form. */
export function contradictions(forms: AdviceForm[]): Advice[] {
  const institution = forms.find((f) => f.form !== 'vendor');
  if (!institution) return [];
  const out: Advice[] = [];
  for (const vendor of forms.filter((f) => f.form === 'vendor')) {
    for (const v of vendor.items) {
      const mine = institution.items.find(
        (i) => i.id === v.id || (sameWording(i.text, v.text) && i.targets.some((t) => v.targets.includes(t))),
      );
      const [a, b] = [mine && latest(mine), latest(v)];
      if (!mine || !a || !b || a === b) continue;
      out.push({
        kind: 'contradiction',
        assessment: vendor.title,
        itemId: v.id,
        message: `${mine.label}: ${institution.title}は「${word(a)}」、${vendor.title}は「${word(b)}」です。両方の内容を関係者で突き合わせて確認してください。`,
      });
    }
  }
  return out;
}
