// Which checklist item the 連絡体制図 backs: 3(1) of the institution and pharmacy forms (「インシデント発生時
// における組織内と外部関係機関…への連絡体制図がある」), by number, or any item whose text names the chart.
// Pure: no React.
import type { AssessmentItem } from '../../api-answers.ts';

export function isContactChartItem(item: Pick<AssessmentItem, 'id' | 'text' | 'textFragment'>, form: string): boolean {
  if (/連絡体制図/.test(item.text ?? item.textFragment ?? '')) return true;
  return form !== 'vendor' && /^3-1(?![0-9])/.test(item.id);
}
