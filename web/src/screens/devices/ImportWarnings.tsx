// The cells an import takes other than as written — an .xlsx formula whose saved result is imported —
// each named by row, column and cell, so the person can check the values before importing.
import type { ImportWarning } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import '../../messages/devices.ts';

export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <section className="import-warnings" aria-labelledby="import-warnings-heading">
      <h2 id="import-warnings-heading">{t('import.warnings')}</h2>
      <p>{t('import.warningsLead')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.col')}</th>
              <th scope="col">{t('import.cell')}</th>
              <th scope="col">{t('import.note')}</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w) => (
              <tr key={`${w.cell}:${w.field}`}>
                <td>{w.row}</td>
                <td lang="ja">{w.column ?? ''}</td>
                <td>{w.cell}</td>
                <td lang="ja">{w.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
