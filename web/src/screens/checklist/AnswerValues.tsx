// An answer as text, in the official columns: for viewers (who cannot edit) and in the conflict dialog.
import type { AnswerCells } from '../../../../domain/catalog/labels.ts';
import type { YesNo } from '../../api-answers.ts';
import { formatDateLong } from '../../dates.ts';
import { type Lang, useT } from '../../i18n.ts';
import { type Draft, previewDate } from './answer-draft.ts';
import '../../messages/assessments.ts';

/** A date as typed or stored: 令和8年3月31日 (2026-03-31) when it reads as a date, else as it is. */
export function dateText(value: string, lang: Lang): string {
  const parsed = previewDate(value);
  return parsed?.ok ? formatDateLong(parsed.iso, lang) : value;
}

export function AnswerValues({ draft, cells, lang }: { draft: Draft; cells: AnswerCells; lang: Lang }) {
  const t = useT();
  const answer = (a: YesNo | null, date: string) => {
    if (!a) return t('item.notAnswered');
    const word = a === 'yes' ? t('common.yes') : t('common.no');
    if (!cells.date) return word;
    return t('item.valueWithDate', { answer: word, date: date.trim() ? dateText(date, lang) : t('item.noDate') });
  };
  return (
    <dl className="answer-values">
      <div>
        <dt>{t('item.first')}</dt>
        <dd>{answer(draft.firstAnswer, draft.firstDate)}</dd>
      </div>
      {cells.target && draft.firstAnswer === 'no' && (
        <div>
          <dt>{t('item.target')}</dt>
          <dd>{draft.targetDate.trim() ? dateText(draft.targetDate, lang) : t('common.notSet')}</dd>
        </div>
      )}
      {cells.second && (
        <div>
          <dt>{t('item.second')}</dt>
          <dd>{answer(draft.secondAnswer, draft.secondDate)}</dd>
        </div>
      )}
      {draft.note && (
        <div>
          <dt>{t('item.note')}</dt>
          <dd className="note-text">{draft.note}</dd>
        </div>
      )}
    </dl>
  );
}
