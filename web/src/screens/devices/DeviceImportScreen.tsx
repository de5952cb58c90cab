// 機器台帳の取り込み: choose a file (CSV in UTF-8 or Shift_JIS, or .xlsx and its sheet), check it —
// the columns found and their mapping, the first rows as they would be stored, every rejected row
// with its reason and a field to correct it, every formula cell whose saved result is taken — then
// import, all or nothing (or without the rejected rows).
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { classLabels, statusLabels } from '../../../../domain/devices/device.ts';
import { ApiError } from '../../api.ts';
import type { DeviceImportOptions, DeviceImportReport, OrgSummary, ScanImportReport } from '../../api-answers.ts';
import { CheckboxField, SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Page } from '../../components/Page.tsx';
import { useLang, useT } from '../../i18n.ts';
import { devicesLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { importDevices, importScan } from '../../upload.ts';
import { ImportMapping } from './ImportMapping.tsx';
import { ImportRejections } from './ImportRejections.tsx';
import { ImportWarnings } from './ImportWarnings.tsx';
import { devicesPath } from './paths.ts';
import { ScanImport } from './ScanImport.tsx';
import '../../messages/devices.ts';

export function DeviceImportScreen({ org }: { org: OrgSummary }) {
  const navigate = useNavigate();
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [file, setFile] = useState<File | null>(null);
  const [opts, setOpts] = useState<DeviceImportOptions>({ encoding: 'auto' });
  const [report, setReport] = useState<DeviceImportReport | null>(null);
  const [scan, setScan] = useState<ScanImportReport | null>(null);
  const isScan = !!file && /\.(xml|json)$/i.test(file.name);
  const [error, setError] = useState<ApiError | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const send = async (dryRun: boolean, next = opts) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      if (isScan) {
        setScan(await importScan(org.id, file, null, true, setProgress));
        return;
      }
      const result = await importDevices(org.id, file, next, dryRun, setProgress);
      if (dryRun) setReport(result);
      else {
        notify(t('import.done', { created: result.summary.created, updated: result.summary.updated }), devicesPath(org.slug));
        void invalidate(keys.org(org.id)); // the list, findings and suggestions are read afresh
        void navigate(devicesLink(org.slug));
      }
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setProgress(null);
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };
  const update = (patch: Partial<DeviceImportOptions>) => {
    const next = { ...opts, ...patch };
    setOpts(next);
    return next;
  };
  const blocked = !!report && report.summary.rejected > 0 && !opts.skipInvalid;
  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <p className="no-print">
        <Link {...devicesLink(org.slug)}>{t('devices.back')}</Link>
      </p>
      <form onSubmit={check} className="import-form">
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,.xlsx,.xml,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setScan(null);
              setOpts({ encoding: opts.encoding });
            }}
          />
        </div>
        <p className="field-hint" id="import-file-hint">
          {t('scan.hint')}
        </p>
        <SelectField
          label={t('import.encoding')}
          value={opts.encoding}
          onChange={(e) => update({ encoding: e.target.value as DeviceImportOptions['encoding'] })}
          options={(['auto', 'utf8', 'cp932'] as const).map((v) => ({ value: v, label: t(`import.encoding.${v}`) }))}
        />
        {report && report.sheets.length > 1 && (
          <SelectField
            label={t('import.sheet')}
            value={report.sheet ?? ''}
            onChange={(e) => void send(true, update({ sheet: e.target.value, mapping: undefined }))}
            options={report.sheets.map((s) => ({ value: s, label: s }))}
          />
        )}
        <button type="submit" disabled={!file || progress !== null}>
          {t('import.read')}
        </button>
        {progress !== null && <p role="status">{t('import.reading', { percent: progress })}</p>}
      </form>
      <FormError error={error} />
      {isScan && file && scan && <ScanImport key={scan.fileName} org={org} file={file} report={scan} />}
      {!isScan && report && (
        <>
          <p role="status" className="import-summary">
            {t('import.detected', {
              format: report.format === 'xlsx' ? 'Excel' : 'CSV',
              encoding: report.encoding ?? '-',
              row: report.headerRow,
            })}
            <br />
            <strong>{t('import.summary', report.summary)}</strong>
          </p>
          <ImportMapping report={report} onChange={(mapping) => void send(true, update({ mapping }))} />
          <ImportRejections
            rejected={report.rejected}
            overrides={opts.overrides ?? {}}
            onRecheck={(overrides) => void send(true, update({ overrides }))}
          />
          <ImportWarnings warnings={report.warnings ?? []} />
          <h2>{t('import.preview')}</h2>
          <div className="table-wrap">
            <table className="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('devices.col.assetNo')}</th>
                  <th scope="col">{t('devices.col.hostname')}</th>
                  <th scope="col">{t('devices.col.deviceClass')}</th>
                  <th scope="col">{t('devices.col.os')}</th>
                  <th scope="col">{t('devices.col.ipAddress')}</th>
                  <th scope="col">{t('devices.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {report.preview.map((p) => (
                  <tr key={p.row}>
                    <td>
                      {p.row} ({t(`import.action.${p.action}`)})
                    </td>
                    <td>{p.values.assetNo}</td>
                    <td>{p.values.hostname}</td>
                    <td>{classLabels[p.values.deviceClass][lang]}</td>
                    <td>{p.values.os}</td>
                    <td>{p.values.ipAddress}</td>
                    <td>{statusLabels[p.values.status][lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.summary.rejected > 0 && (
            <CheckboxField
              label={t('import.skipInvalid')}
              checked={!!opts.skipInvalid}
              onChange={(e) => update({ skipInvalid: e.target.checked })}
            />
          )}
          <div className="editor-actions">
            <button type="button" className="button-primary" disabled={blocked || progress !== null} onClick={() => void send(false)}>
              {t('import.commit')}
            </button>
            <Link className="button button-secondary" {...devicesLink(org.slug)}>
              {t('import.cancel')}
            </Link>
          </div>
        </>
      )}
    </Page>
  );
}
