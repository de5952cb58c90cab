// Which Mamori column each header of the file fills (recognised, remembered, or chosen here).
import type { DeviceImportReport } from '../../api-answers.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/devices.ts';

export function ImportMapping({ report, onChange }: { report: DeviceImportReport; onChange: (mapping: Record<string, string>) => void }) {
  const t = useT();
  const lang = useLang();
  const current = Object.fromEntries(report.columns.map((c) => [c.header, c.key ?? '']));
  return (
    <details className="import-mapping" open={report.columns.some((c) => !c.key)}>
      <summary>{t('import.mapping')}</summary>
      <p className="field-hint">{t('import.mappingHint')}</p>
      <table>
        <tbody>
          {report.columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; its place is its identity
            <tr key={`${i}:${c.header}`}>
              <th scope="row" lang="ja">
                {c.header || '—'}
              </th>
              <td>
                <select
                  aria-label={t('import.column', { header: c.header })}
                  value={c.key ?? ''}
                  onChange={(e) => onChange({ ...current, [c.header]: e.target.value })}
                >
                  <option value="">{t('import.skipColumn')}</option>
                  {report.available.map((a) => (
                    <option key={a.key} value={a.key}>
                      {lang === 'ja' ? a.ja : a.en}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
