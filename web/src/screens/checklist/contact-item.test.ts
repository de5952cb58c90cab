import { describe, expect, it } from 'vitest';
import { isContactChartItem } from './contact-item.ts';

const text = 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。';

describe('the item the contact chart backs', () => {
  it('is 3(1) of the institution and pharmacy forms', () => {
    expect(isContactChartItem({ id: '3-1', text }, 'institution')).toBe(true);
    expect(isContactChartItem({ id: '3-1', text: null }, 'pharmacy')).toBe(true);
    expect(isContactChartItem({ id: '3-1-server', text: null }, 'institution')).toBe(true);
  });

  it('is not 3(10) or 3(11), nor 3(1) of the vendor form unless its text names the chart', () => {
    expect(isContactChartItem({ id: '3-10', text: null }, 'institution')).toBe(false);
    expect(isContactChartItem({ id: '3-11', text: 'バックアップ' }, 'institution')).toBe(false);
    expect(isContactChartItem({ id: '3-1', text: '事業者の体制' }, 'vendor')).toBe(false);
    expect(isContactChartItem({ id: '4-2', text: null, textFragment: '連絡体制図を' }, 'vendor')).toBe(true);
  });
});
