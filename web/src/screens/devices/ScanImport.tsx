// Device candidates from an nmap scan or a GLPI inventory: each host with its addresses, OS and
// maker, whether it is already in the ledger, and the remote-access services it exposes; the person
// ticks the ones to register (matched rows are only filled where empty).
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import type { OrgSummary, ScanImportReport } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { useT } from '../../i18n.ts';
import { devicesLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { importScan } from '../../upload.ts';
import { devicesPath } from './paths.ts';
import '../../messages/devices.ts';

export function ScanImport({ org, file, report }: { org: OrgSummary; file: File; report: ScanImportReport }) {
  const navigate = useNavigate();
  const t = useT();
  const { notify } = useNotice();
  const useful = (c: ScanImportReport['candidates'][number]) => !c.match || c.fills.length > 0;
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(report.candidates.filter(useful).map((c) => c.index)));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (i: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    setChosen(next);
  };
  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await importScan(org.id, file, [...chosen], false);
      notify(t('scan.done', { created: done.created, updated: done.updated }), devicesPath(org.slug));
      void invalidate(keys.org(org.id));
      void navigate(devicesLink(org.slug));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setBusy(false);
    }
  };
  const exposed = report.candidates.filter((c) => c.exposures.length).length;
  return (
    <>
      <p role="status" className="import-summary">
        <strong>{t('scan.summary', { hosts: report.hosts, candidates: report.candidates.length, exposed })}</strong>
      </p>
      <FormError error={error} />
      <div className="table-wrap">
        <table className="scan-candidates">
          <thead>
            <tr>
              <th scope="col">{t('scan.accept')}</th>
              <th scope="col">{t('devices.col.ipAddress')}</th>
              <th scope="col">{t('devices.col.hostname')}</th>
              <th scope="col">{t('devices.col.os')}</th>
              <th scope="col">{t('scan.maker')}</th>
              <th scope="col">{t('scan.ledger')}</th>
              <th scope="col">{t('scan.exposures')}</th>
            </tr>
          </thead>
          <tbody>
            {report.candidates.map((c) => (
              <tr key={c.index}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('scan.acceptOf', { name: c.values.ipAddress || c.values.hostname })}
                    checked={chosen.has(c.index)}
                    disabled={!useful(c)}
                    onChange={(e) => toggle(c.index, e.target.checked)}
                  />
                </td>
                <td>{c.values.ipAddress}</td>
                <td>{c.values.hostname}</td>
                <td>{c.values.os}</td>
                <td>{[c.values.maker, c.values.model, c.values.mac].filter(Boolean).join(' / ')}</td>
                <td lang="ja">
                  {c.match ? t(c.fills.length ? 'scan.matchFill' : 'scan.matchSame', { label: c.match.label }) : t('scan.new')}
                </td>
                <td lang="ja">
                  {c.exposures.map((e) => (
                    <p key={e} className="scan-exposure">
                      <span className="badge badge-warn">!</span> {e}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="editor-actions">
        <button type="button" className="button-primary" disabled={busy || chosen.size === 0} onClick={() => void commit()}>
          {t('scan.commit', { count: chosen.size })}
        </button>
        <Link className="button button-secondary" {...devicesLink(org.slug)}>
          {t('import.cancel')}
        </Link>
      </div>
    </>
  );
}
