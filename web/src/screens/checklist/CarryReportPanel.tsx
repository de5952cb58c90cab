// After carrying answers forward: how many, and which items need a fresh look (new, changed, dropped).
import { useState } from 'react';
import { useT } from '../../i18n.ts';
import { forgetCarryReport, readCarryReport } from './carry-report.ts';
import '../../messages/assessments.ts';

export function CarryReportPanel({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const [report, setReport] = useState(() => readCarryReport(assessmentId));
  if (!report) return null;
  const lists = [
    ['carry.new', report.newItems],
    ['carry.changed', report.changedItems],
    ['carry.dropped', report.droppedItems],
  ] as const;
  return (
    <section className="card" aria-labelledby="carry-heading">
      <h2 id="carry-heading">{t('carry.title')}</h2>
      <p>{t('carry.summary', { from: report.from, count: report.carried })}</p>
      {lists.map(([title, items]) =>
        items.length === 0 ? null : (
          <details key={title}>
            <summary>
              {t(title)} ({items.length})
            </summary>
            <ul lang="ja">
              {items.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </details>
        ),
      )}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => {
          forgetCarryReport(assessmentId);
          setReport(null);
        }}
      >
        {t('carry.dismiss')}
      </button>
    </section>
  );
}
