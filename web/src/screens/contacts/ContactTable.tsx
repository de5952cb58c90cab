// One side of the chart as a table in call order: 組織内 (No | 役割 | 部署名 | 担当者名 | 電話番号 | 備考)
// or the 外部連絡リスト (No | カテゴリ | 組織名 | 担当者名 | 電話番号 | 受付時間 | 備考).
import type { ContactEntry, ContactSide } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useT } from '../../i18n.ts';
import { ContactRow, type RowActions } from './ContactRow.tsx';

/** The id of a side's heading: focus goes there when the focused entry is deleted. */
export const sideHeadingId = (side: ContactSide): string => `contacts-${side}-heading`;

export function ContactTable({ side, entries, actions }: { side: ContactSide; entries: ContactEntry[]; actions: RowActions | null }) {
  const t = useT();
  const external = side === 'external';
  const columns = [
    t('contacts.col.no'),
    external ? t('contacts.col.category') : t('contacts.col.role'),
    external ? t('contacts.col.organization') : t('contacts.col.department'),
    t('contacts.col.person'),
    t('contacts.col.phone'),
    external && t('contacts.col.hours'),
    t('contacts.col.note'),
    actions !== null && t('common.actions'),
  ];
  return (
    <section className="card contact-list" aria-labelledby={sideHeadingId(side)}>
      <h2 id={sideHeadingId(side)} tabIndex={-1}>
        {external ? t('contacts.external.title') : t('contacts.internal.title')}
      </h2>
      {actions && entries.length > 1 && <p className="field-hint no-print">{t('contacts.orderHint')}</p>}
      <DataTable
        className={`contact-table contact-table-${side}${actions ? ' contact-table-editable' : ''}`}
        columns={columns}
        rows={entries}
        empty={external ? t('contacts.external.empty') : t('contacts.internal.empty')}
      >
        {(entry) => {
          const index = entries.indexOf(entry);
          return <ContactRow key={entry.id} entry={entry} no={index + 1} last={index === entries.length - 1} actions={actions} />;
        }}
      </DataTable>
    </section>
  );
}
