// The progress header of the answer sheet: answered items out of all, and whether the sheet is ready
// for an inspection.
import type { Assessment } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { readiness } from './assessment-text.ts';
import '../../messages/assessments.ts';

export function ProgressLine({ sheet }: { sheet: Assessment }) {
  const t = useT();
  const ready = readiness(sheet, t);
  return (
    <div className="progress-line">
      <progress
        id="sheet-progress"
        max={Math.max(sheet.progress.total, 1)}
        value={sheet.progress.answered}
        aria-label={t('sheet.progressLabel')}
        aria-describedby="sheet-progress-text"
      />
      <span id="sheet-progress-text" className="progress-text">
        {t('sheet.progress', { answered: sheet.progress.answered, total: sheet.progress.total })}
      </span>
      <span className={ready.className}>{ready.text}</span>
    </div>
  );
}
