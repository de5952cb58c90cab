// The rows that cannot be imported, each with its column and reason, and a field to type the right
// value (sent with the next check and with the import; the file itself is not changed).
import { useState } from 'react';
import type { ImportRejection } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import '../../messages/devices.ts';

type Overrides = Record<string, Record<string, string>>;

export function ImportRejections({
  rejected,
  overrides,
  onRecheck,
}: {
  rejected: ImportRejection[];
  overrides: Overrides;
  onRecheck: (o: Overrides) => void;
}) {
  const t = useT();
  const [edits, setEdits] = useState<Overrides>(overrides);
  if (rejected.length === 0) return null;
  const set = (row: number, field: string, value: string) => setEdits({ ...edits, [row]: { ...edits[row], [field]: value } });
  return (
    <section className="import-rejected" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">{t('import.rejected')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.col')}</th>
              <th scope="col">{t('import.reason')}</th>
              <th scope="col">{t('import.fix')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={`${r.row}:${r.field}:${r.message}`}>
                <td>{r.row}</td>
                <td lang="ja">{r.column ?? ''}</td>
                <td lang="ja">{r.message}</td>
                <td>
                  {r.field ? (
                    <input
                      aria-label={t('import.fixOf', { row: r.row, column: r.column ?? r.field })}
                      value={edits[r.row]?.[r.field] ?? ''}
                      onChange={(e) => set(r.row, r.field as string, e.target.value)}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button-secondary" onClick={() => onRecheck(edits)}>
        {t('import.recheck')}
      </button>
    </section>
  );
}
