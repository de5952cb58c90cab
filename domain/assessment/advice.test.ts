import { describe, expect, it } from 'vitest';
import { type AdviceForm, type AdviceItem, contradictions, remoteContradictions, targetsPassed } from './advice.ts';

const item = (id: string, answer: AdviceItem['answer'], over: Partial<AdviceItem> = {}): AdviceItem => ({
  id,
  label: id,
  text: `${id} の文言。`,
  targets: ['server'],
  hasSecond: true,
  answer,
  ...over,
});
const no = (targetDate: string | null, secondAnswer: 'yes' | 'no' | null = null) => ({
  firstAnswer: 'no' as const,
  targetDate,
  secondAnswer,
});
const yes = { firstAnswer: 'yes' as const, targetDate: null, secondAnswer: null };

describe('advice, apart from the 手引き gaps', () => {
  it('names a 目標日 passed without a 2回目, not one still ahead, answered, or on a one-cell row', () => {
    const forms: AdviceForm[] = [
      {
        title: '令和7年度 医療機関確認用',
        form: 'institution',
        items: [
          item('2-1', no('2025-09-30')),
          item('2-2', no('2026-02-28')),
          item('2-3', no('2025-09-30', 'yes')),
          item('3-1', no('2025-09-30'), { hasSecond: false }),
        ],
      },
    ];
    expect(targetsPassed(forms, '2025-12-01').map((a) => a.itemId)).toEqual(['2-1']);
    expect(targetsPassed(forms, '2025-12-01')[0]?.message).toBe(
      '令和7年度 医療機関確認用: 2-1: 目標日 (2025-09-30) を過ぎましたが、2回目の確認がありません。対応できたかを確かめて 2回目を記入してください。',
    );
  });

  it('lists items the institution and a vendor answer differently, by id or by the same wording', () => {
    const forms: AdviceForm[] = [
      { title: '医療機関確認用', form: 'institution', items: [item('2-4', yes), item('2-5', yes), item('2-6', no(null))] },
      {
        title: '事業者確認用 A社',
        form: 'vendor',
        items: [item('2-4', no(null)), item('2-5.server', no(null), { text: '2-5 の文言。' }), item('2-6', no(null))],
      },
    ];
    expect(contradictions(forms).map((a) => a.itemId)).toEqual(['2-4', '2-5.server']);
    expect(contradictions(forms)[0]?.message).toBe(
      '2-4: 医療機関確認用は「はい」、事業者確認用 A社は「いいえ」です。両方の内容を関係者で突き合わせて確認してください。',
    );
  });
});

describe('a vendor form denying the remote maintenance the ledgers show', () => {
  const remoteItem = (answer: AdviceItem['answer']) =>
    item('2-2', answer, { text: 'リモートメンテナンス（保守）している機器の有無を確認した。', label: '2(2)' });
  const vendorForm = (answer: AdviceItem['answer']): AdviceForm => ({
    title: '令和8年度 事業者確認用 カルテ株式会社',
    form: 'vendor',
    vendorName: 'カルテ株式会社',
    items: [remoteItem(answer), item('2-7', { ...yes, firstAnswer: 'no' })],
  });
  const remote = [{ vendorName: '(株)カルテ', points: ['保守用VPN', '遠隔保守回線'] }];

  it('names the item and the points when the vendor says いいえ or 契約範囲外', () => {
    expect(remoteContradictions([vendorForm({ ...yes, firstAnswer: 'no' })], remote)).toEqual([
      {
        kind: 'contradiction',
        assessment: '令和8年度 事業者確認用 カルテ株式会社',
        itemId: '2-2',
        message:
          '2(2): 令和8年度 事業者確認用 カルテ株式会社は「いいえ」(確認していない)ですが、台帳では (株)カルテ が外部接続点「保守用VPN」「遠隔保守回線」でリモート保守をしています。事業者と突き合わせて確認してください。',
      },
    ]);
    const outOfScope = { ...yes, firstAnswer: null, outOfScope: true };
    expect(remoteContradictions([vendorForm(outOfScope)], remote)[0]?.message).toContain('は「契約範囲外」ですが');
  });

  it('says nothing for はい, another vendor, or a vendor without a point', () => {
    expect(remoteContradictions([vendorForm(yes)], remote)).toEqual([]);
    expect(remoteContradictions([vendorForm({ ...yes, firstAnswer: 'no' })], [{ vendorName: '別会社', points: ['VPN'] }])).toEqual([]);
    expect(remoteContradictions([vendorForm({ ...yes, firstAnswer: 'no' })], [{ vendorName: 'カルテ', points: [] }])).toEqual([]);
  });
});
