// What the answer sheet says about its text: that the wording is provisional (推定, another form's
// items, an earlier version) and how the official text gets in; what a move onto newer text did
// (answers kept, changed items to look at, new items to answer); and the answers set aside from an
// earlier text, kept for reference.

import type { Assessment } from '../../api-answers.ts';
import { formatDateTimeShort } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { AnswerValues } from './AnswerValues.tsx';
import { draftOf } from './answer-draft.ts';

export function ProvisionalNotice({ sheet }: { sheet: Assessment }) {
  const t = useT();
  if (!sheet.provisional && sheet.textNotices.length === 0) return null;
  return (
    <section className="notice notice-warning sheet-provisional" aria-labelledby="provisional-heading">
      <h2 id="provisional-heading">{sheet.provisional ? t('sheet.provisional.title') : t('sheet.provisional.note')}</h2>
      <ul lang="ja">
        {sheet.textNotices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}

export function TextMovePanel({ sheet }: { sheet: Assessment }) {
  const t = useT();
  const move = sheet.textMove;
  if (!move) return null;
  const lists = [
    ['sheet.move.changed', move.changed],
    ['sheet.move.added', move.added],
    ['sheet.move.setAside', move.setAside],
  ] as const;
  return (
    <section className="card sheet-move" aria-labelledby="move-heading">
      <h2 id="move-heading">{t('sheet.move.title')}</h2>
      <p lang="ja">
        {t('sheet.move.summary', { from: move.from, to: move.to, kept: move.kept, at: formatDateTimeShort(move.at), by: move.by })}
      </p>
      {lists.map(([key, items]) =>
        items.length === 0 ? null : (
          <div key={key}>
            <h3>
              {t(key)} ({items.length})
            </h3>
            <ul lang="ja">
              {items.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

export function SetAsideAnswers({ sheet }: { sheet: Assessment }) {
  const t = useT();
  const lang = useLang();
  if (sheet.setAside.length === 0) return null;
  return (
    <section className="card sheet-aside" aria-labelledby="aside-heading">
      <h2 id="aside-heading">{t('sheet.aside.title')}</h2>
      <p>{t('sheet.aside.lead')}</p>
      <ul className="aside-list">
        {sheet.setAside.map((a) => (
          <li key={a.itemId}>
            <p lang="ja">
              <strong>{a.label}</strong> ({a.from}) {a.text ?? ''}
            </p>
            <AnswerValues draft={draftOf(a.answer)} cells={{ date: true, target: true, second: true }} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}
