// How an assessment is named on screen: 「令和7年度 医療機関確認用」, plus vendor and system for the
// 事業者確認用, and how far along it is.
import type { AssessmentSummary, Progress } from '../../api-answers.ts';
import type { Translate } from '../../i18n.ts';
import '../../messages/assessments.ts';

export function assessmentName(a: Pick<AssessmentSummary, 'fiscalYearLabel' | 'formLabel' | 'vendorName' | 'systemName'>): string {
  const who = [a.vendorName, a.systemName].filter(Boolean).join(' / ');
  return `${a.fiscalYearLabel} ${a.formLabel}${who ? ` (${who})` : ''}`;
}

export const progressText = (p: Progress): string => `${p.answered} / ${p.total}`;

/** 「立入検査の準備ができています」 or 「不足 N 件」, with the badge class that goes with it. */
export function readiness(a: Pick<AssessmentSummary, 'ready' | 'gapCount'>, t: Translate): { text: string; className: string } {
  return a.ready
    ? { text: t('assessments.ready'), className: 'badge badge-ok' }
    : { text: t('assessments.gapCount', { count: a.gapCount }), className: 'badge badge-warn' };
}
