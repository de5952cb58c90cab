// One entry in its side's table: the columns of the official list, then (for editors) 上へ / 下へ to
// change the call order, 編集 and 削除. Every button names the entry for screen readers and tests.
import type { ContactEntry } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { ContactPhone } from './ContactPhone.tsx';
import { entryName, reach } from './contact-text.ts';
import '../../messages/contact-edit.ts';

export interface RowActions {
  /** a change is under way: moving waits for it (the buttons stay focusable) */
  busy: boolean;
  onMove: (entry: ContactEntry, delta: -1 | 1) => void;
  onEdit: (entry: ContactEntry) => void;
  onDelete: (entry: ContactEntry) => void;
}

interface Props {
  entry: ContactEntry;
  no: number;
  last: boolean;
  /** null for viewers: no edit controls */
  actions: RowActions | null;
}

/** The id of an entry's 上へ / 下へ button, to give focus back after a move. */
export const moveButtonId = (entryId: string, delta: -1 | 1): string => `contact-${delta < 0 ? 'up' : 'down'}-${entryId}`;

export function ContactRow({ entry, no, last, actions }: Props) {
  const t = useT();
  const name = entryName(entry);
  const external = entry.side === 'external';
  return (
    <tr className={reach(entry) === 'none' ? 'contact-unreachable' : undefined}>
      <td className="nowrap">{no}</td>
      <th scope="row" lang="ja">
        {entry.category}
      </th>
      <td lang="ja">
        {entry.organizationName}
        {entry.url && (
          <div className="source">
            <a href={entry.url} target="_blank" rel="noopener noreferrer">
              {entry.url}
            </a>
          </div>
        )}
      </td>
      <td lang="ja">{entry.personName}</td>
      <td>
        <ContactPhone entry={entry} />
      </td>
      {external && <td lang="ja">{entry.hours}</td>}
      <td className="contact-note" lang="ja">
        {entry.note}
      </td>
      {actions && (
        <td>
          <div className="row-actions">
            <button
              type="button"
              id={moveButtonId(entry.id, -1)}
              className="button-secondary button-small"
              aria-label={t('contacts.upOf', { name })}
              disabled={no === 1}
              onClick={() => actions.onMove(entry, -1)}
            >
              {t('contacts.up')}
            </button>
            <button
              type="button"
              id={moveButtonId(entry.id, 1)}
              className="button-secondary button-small"
              aria-label={t('contacts.downOf', { name })}
              disabled={last}
              onClick={() => actions.onMove(entry, 1)}
            >
              {t('contacts.down')}
            </button>
            <button
              type="button"
              className="button-small"
              aria-label={t('contacts.editOf', { name })}
              onClick={() => actions.onEdit(entry)}
            >
              {t('contacts.edit')}
            </button>
            <button
              type="button"
              className="button-danger button-small"
              aria-label={t('contacts.deleteOf', { name })}
              disabled={actions.busy}
              onClick={() => actions.onDelete(entry)}
            >
              {t('contacts.delete')}
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
