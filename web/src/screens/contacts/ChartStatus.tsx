// Where the chart stands: when it was last confirmed and by whom (or 未確認), how many entries, what
// an inspection would point out (or 「不足はありません」), and for editors the confirmation form.
import type { ContactChart } from '../../api-answers.ts';
import { formatDateLong } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { ConfirmForm } from './ConfirmForm.tsx';
import { PaperChart } from './PaperChart.tsx';
import '../../messages/contacts.ts';

interface Props {
  orgId: string;
  chart: ContactChart;
  canWrite: boolean;
  onChart: (chart: ContactChart) => void;
}

export function ChartStatus({ orgId, chart, canWrite, onChart }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="card chart-status" aria-labelledby="chart-status-heading">
      <h2 id="chart-status-heading">{t('contacts.status.title')}</h2>
      <dl className="facts">
        <dt>{t('contacts.status.confirmedOn')}</dt>
        <dd>
          {chart.confirmedOn ? (
            formatDateLong(chart.confirmedOn, lang)
          ) : (
            <span className="badge badge-warn">{t('contacts.status.unconfirmed')}</span>
          )}
        </dd>
        {chart.confirmedBy && (
          <>
            <dt>{t('contacts.status.confirmedBy')}</dt>
            <dd>{chart.confirmedBy}</dd>
          </>
        )}
        <dt>{t('contacts.status.entries')}</dt>
        <dd>{t('contacts.status.entriesCount', { internal: chart.internal.length, external: chart.external.length })}</dd>
      </dl>
      <h3>{t('contacts.status.problems')}</h3>
      {chart.problems.length === 0 ? (
        <p className="status-ok">
          <span aria-hidden="true">✓ </span>
          {t('contacts.status.noProblems')}
        </p>
      ) : (
        <ul className="gap-list chart-problems" lang="ja">
          {chart.problems.map((p) => (
            <li key={`${p.entryId ?? ''}:${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
      {chart.advice.length > 0 && (
        <>
          <h3>{t('contacts.status.advice')}</h3>
          <ul className="advice-list chart-advice" lang="ja">
            {chart.advice.map((p) => (
              <li key={`${p.entryId ?? ''}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
      {canWrite && <ConfirmForm orgId={orgId} onChart={onChart} />}
      <PaperChart orgId={orgId} chart={chart} canWrite={canWrite} onChart={onChart} />
    </section>
  );
}
