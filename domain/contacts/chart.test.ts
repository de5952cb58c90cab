import { describe, expect, it } from 'vitest';
import { type ContactEntry, chartAdvice, chartProblems, chartVendors } from './chart.ts';

const entry = (side: 'internal' | 'external', over: Partial<ContactEntry> = {}): ContactEntry => ({
  id: `${side}-${Math.random()}`,
  side,
  category: side === 'internal' ? '医療情報システム安全管理責任者' : '事業者',
  organizationName: side === 'external' ? 'A社' : '',
  personName: '',
  phone: '03-1111-2222',
  hours: '',
  url: '',
  note: '',
  providesMedicalSystem: true,
  position: 0,
  starterKey: null,
  ...over,
});

describe('3(1) 連絡体制図 (手引き: it exists and is shown)', () => {
  it('is met by a chart kept on paper with its last confirmation, without any entry in Mamori', () => {
    expect(chartProblems([], '2025-06-01')).toEqual([]);
    expect(chartProblems([])[0]?.message).toMatch(/^連絡体制図がありません/);
  });

  it('needs someone inside and an external body; a missing number or confirmation is Mamori’s advice, not a gap', () => {
    const entries = [entry('internal', { phone: '' }), entry('external')];
    expect(chartProblems(entries)).toEqual([]);
    expect(chartProblems([entry('internal')]).map((p) => p.message)).toEqual(['連絡体制図に外部関係機関の連絡先がありません']);
    const advice = chartAdvice(entries, null, null, '2026-01-10').map((a) => a.message);
    expect(advice).toHaveLength(2);
    expect(advice[0]).toMatch(/電話番号がありません/);
    expect(advice[1]).toMatch(/最終確認日がありません/);
    expect(chartAdvice(entries.slice(1), '2024-12-01', null, '2026-01-10')[0]?.message).toMatch(/1 年を過ぎています/);
    expect(chartAdvice([], null, '2025-03-01', '2026-06-10')[0]?.message).toMatch(/^紙の連絡体制図の最終確認/);
  });

  it('asks a 事業者確認用 only of 事業者 that provide a medical information system', () => {
    const chart = { external: [entry('external'), entry('external', { organizationName: '清掃サービス', providesMedicalSystem: false })] };
    expect(chartVendors(chart)).toEqual(['A社']);
  });
});
