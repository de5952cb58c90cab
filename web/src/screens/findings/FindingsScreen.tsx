// The organisation's findings: worst first, filtered by severity, each with the row it is about, how
// it was matched (a name-only match says 要確認), the CVEs with KEV's required action and due date, or
// the end-of-life date; the data used and whether it is stale; CSV / Excel.

import { useState } from 'react';
import { SEVERITIES, severityLabels } from '../../../../domain/findings/match.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { FindingsReport, OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxField, SelectField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { connectionsLink, rowLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { FindingDecision } from './FindingDecision.tsx';
import { FindingDetail } from './FindingDetail.tsx';
import { SORTS, type SortKey, sorted } from './findings-sort.ts';
import '../../messages/devices.ts';
import '../../messages/home.ts';

export function FindingsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const [severity, setSeverity] = useState('');
  const [withDismissed, setWithDismissed] = useState(false);
  const [sort, setSort] = useState<SortKey>('severity');
  const report = useLoad(keys.findings(org.id, severity, withDismissed), () => api.findings(org.id, severity, withDismissed));
  return (
    <Page title={t('findings.title')} lead={t('findings.lead')}>
      <p className="no-print output-links">
        {t('devices.export')} <FileLink href={api.findingsExportUrl(org.id, 'csv')}>{t('devices.exportCsv')}</FileLink> /{' '}
        <FileLink href={api.findingsExportUrl(org.id, 'csv-sjis')}>{t('devices.exportSjis')}</FileLink> /{' '}
        <FileLink href={api.findingsExportUrl(org.id, 'xlsx')}>{t('devices.exportXlsx')}</FileLink>
      </p>
      <SelectField
        label={t('findings.severity')}
        value={severity}
        onChange={(e) => setSeverity(e.target.value)}
        options={[{ value: '', label: t('findings.all') }, ...SEVERITIES.map((s) => ({ value: s, label: severityLabels[s][lang] }))]}
      />
      <Loadable state={report}>
        {(r) => (
          <>
            <CheckboxField
              label={t('findings.showDismissed', { count: r.dismissed })}
              checked={withDismissed}
              onChange={(e) => setWithDismissed(e.target.checked)}
            />
            <SelectField
              label={t('findings.sort')}
              value={sort}
              onChange={(e) => setSort(e.target.value as SortKey)}
              options={SORTS.map((k) => ({ value: k, label: t(`findings.sort.${k}`) }))}
            />
            <FindingsBody
              org={org}
              report={{ ...r, findings: sorted(r.findings, sort) }}
              onChange={() => void invalidate(keys.org(org.id))}
            />
          </>
        )}
      </Loadable>
    </Page>
  );
}

function FindingsBody({ org, report, onChange }: { org: OrgSummary; report: FindingsReport; onChange: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      {report.warnings.map((w) => (
        <p key={w} className="notice notice-info" lang="ja">
          {w}
        </p>
      ))}
      <p role="status" className="findings-count">
        <strong>{t('findings.count', report.counts)}</strong>
        {report.total > report.findings.length && <> {t('findings.shown', { shown: report.findings.length, total: report.total })}</>}
      </p>
      <p className="field-hint">
        {t('findings.feeds')}{' '}
        {report.feeds.length ? report.feeds.map((f) => `${t(`feeds.kind.${f.kind}`)} ${f.version}`).join(' / ') : t('findings.feedsNone')}
      </p>
      <DataTable
        columns={[
          t('findings.col.severity'),
          t('findings.col.subject'),
          t('findings.col.title'),
          t('findings.col.method'),
          t('findings.col.detail'),
        ]}
        rows={report.findings}
        empty={t('findings.none')}
        className="findings-table"
      >
        {(f) => (
          <tr key={f.id} className={`finding-${f.severity}`}>
            <td>
              <span className={`badge severity-${f.severity}`}>{severityLabels[f.severity][lang]}</span>
            </td>
            <td>
              <Link {...rowLink(org.slug, f.subject)}>{f.subject.label}</Link>
              {f.via.length > 0 && (
                <p className="field-hint">
                  {t('findings.via')}
                  <Link {...connectionsLink(org.slug)}>{f.via.map((p) => p.label).join('、')}</Link>
                </p>
              )}
            </td>
            <td lang="ja">{f.title}</td>
            <td>{t(`findings.method.${f.method}`)}</td>
            <td lang="ja">
              <FindingDetail f={f} checklist={report.checklist} />
            </td>
            {can(org.role, 'org.write') && (
              <td>
                <FindingDecision orgId={org.id} finding={f} onChange={onChange} />
              </td>
            )}
          </tr>
        )}
      </DataTable>
    </>
  );
}
