// 「履歴」 at the end of an item: who changed its answer or its evidence files, when and to what, read
// from the audit trail when first opened (and again after each save while open).

import { useState } from 'react';
import { type AnswerCells, answerCells } from '../../../../domain/catalog/labels.ts';
import { api } from '../../api.ts';
import type { AssessmentItem, ItemHistoryEntry } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { AnswerValues } from './AnswerValues.tsx';
import { draftOf } from './answer-draft.ts';
import '../../messages/item-scope.ts';

interface Props {
  orgId: string;
  assessmentId: string;
  item: AssessmentItem;
}

export function ItemHistory(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="item-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="visually-hidden" lang="ja">
          {props.item.label}{' '}
        </span>
        {t('history.summary')}
      </summary>
      {open && <HistoryBody {...props} />}
    </details>
  );
}

function HistoryBody({ orgId, assessmentId, item }: Props) {
  const t = useT();
  const stamp = `${item.answer?.version ?? 0}:${item.evidence.length}`;
  const history = useLoad([...keys.itemHistory(orgId, assessmentId, item.id), stamp], () => api.itemHistory(orgId, assessmentId, item.id));
  return (
    <Loadable state={history}>
      {({ events }) =>
        events.length === 0 ? (
          <p className="field-hint">{t('history.none')}</p>
        ) : (
          <table className="history-table" aria-label={t('history.listName', { label: item.label })}>
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.value')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <HistoryRow key={`${e.at}:${e.action}:${e.file ?? ''}`} entry={e} cells={answerCells(item)} />
              ))}
            </tbody>
          </table>
        )
      }
    </Loadable>
  );
}

function HistoryRow({ entry, cells }: { entry: ItemHistoryEntry; cells: AnswerCells }) {
  const lang = useLang();
  return (
    <tr>
      <td>{formatDateTimeLong(entry.at, lang)}</td>
      <td>{entry.actor}</td>
      <td lang="ja">{entry.label}</td>
      <td>
        {entry.answer && !entry.answer.outOfScope && <AnswerValues draft={draftOf(entry.answer)} cells={cells} lang={lang} />}
        {entry.file && <span lang="ja">{entry.file}</span>}
      </td>
    </tr>
  );
}
