// Mamori's own advice over a year's forms, apart from the 手引き's gaps (never counted against the
// 立入検査 readiness): a 目標日 that has passed without a 2回目, an item the institution's form and a
// vendor's 事業者確認用 answer differently (the training asks those involved to check both against
// each other), and a vendor's form that says いいえ or 契約範囲外 on remote maintenance while the
// ledgers show a 外部接続点 it maintains through. Pure.
import { topicOf } from '../suggestions/suggest.ts';
import { sameWording } from './text-move.ts';
import type { YesNo } from './types.ts';
import { vendorKey } from './vendor-forms.ts';

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
  /** a 事業者確認用's vendor */
  vendorName?: string | null;
  items: AdviceItem[];
}

/** What the ledgers say a vendor maintains remotely: the 外部接続点 it does it through. */
export interface RemoteByVendor {
  vendorName: string;
  points: string[];
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

/**
 * A vendor's 事業者確認用 answering the remote-maintenance item いいえ or marking it 契約範囲外, while the
 * 事業者台帳 or the 外部接続点 register shows the vendor maintaining remotely through a point.
 */
export function remoteContradictions(forms: AdviceForm[], remote: RemoteByVendor[]): Advice[] {
  const out: Advice[] = [];
  for (const form of forms.filter((f) => f.form === 'vendor')) {
    const key = vendorKey(form.vendorName ?? '');
    const seen = remote.find((r) => r.points.length > 0 && vendorKey(r.vendorName) === key);
    if (!key || !seen) continue;
    for (const item of form.items.filter((i) => topicOf({ text: i.text }) === 'remote')) {
      // いいえ says the vendor has not confirmed it, 契約範囲外 that it is not the vendor's to answer
      const said = item.answer?.outOfScope ? '「契約範囲外」' : latest(item) === 'no' ? '「いいえ」(確認していない)' : null;
      if (!said) continue;
      out.push({
        kind: 'contradiction',
        assessment: form.title,
        itemId: item.id,
        message: `${item.label}: ${form.title}は${said}ですが、台帳では ${seen.vendorName} が外部接続点「${seen.points.join('」「')}」でリモート保守をしています。事業者と突き合わせて確認してください。`,
      });
    }
  }
  return out;
}
