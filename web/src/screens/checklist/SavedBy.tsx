// Who saved an item's answer last, and when.
import type { Answer } from '../../api-answers.ts';
import { formatDateTimeShort } from '../../dates.ts';
import { useT } from '../../i18n.ts';
import '../../messages/assessments.ts';

export function SavedBy({ answer }: { answer: Answer | null }) {
  const t = useT();
  if (!answer?.updatedBy) return null;
  return <p className="answer-saved-by">{t('item.lastSaved', { who: answer.updatedBy, date: formatDateTimeShort(answer.updatedAt) })}</p>;
}
