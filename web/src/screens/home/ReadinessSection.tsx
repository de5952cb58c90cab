// 「立入検査への準備」 at the top of the organisation's home (members): a fiscal year's readiness — one
// status line, each answer with its progress, the 連絡体制図, and what is missing — and the pack to print.
import { useState } from 'react';
import { api } from '../../api.ts';
import type { OrgSummary, Readiness } from '../../api-answers.ts';
import { SelectField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { currentFiscalYear, dashboardYears } from './fiscal-years.ts';
import { AssessmentsReadiness, ChartReadiness, VendorReadiness } from './ReadinessDetails.tsx';
import { ReadinessGaps } from './ReadinessGaps.tsx';

export function ReadinessSection({ org }: { org: OrgSummary }) {
  const t = useT();
  const now = new Date();
  const [year, setYear] = useState(() => currentFiscalYear(now));
  const readiness = useLoad(keys.readiness(org.id, year), () => api.readiness(org.id, year));
  return (
    <section className="card readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{t('dashboard.title')}</h2>
      <div className="year-row">
        <SelectField
          label={t('dashboard.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={dashboardYears(now).map((y) => ({
            value: String(y.year),
            label: t('dashboard.yearOption', { label: y.label, year: y.year }),
          }))}
        />
        <p className="no-print">
          <FileLink href={api.inspectionPackUrl(org.id, year)}>{t('dashboard.pack')}</FileLink>
        </p>
      </div>
      <Loadable state={readiness}>{(r) => <ReadinessBody org={org} readiness={r} />}</Loadable>
    </section>
  );
}

function ReadinessBody({ org, readiness }: { org: OrgSummary; readiness: Readiness }) {
  return (
    <>
      <StatusLine readiness={readiness} />
      <AssessmentsReadiness org={org} readiness={readiness} />
      <ChartReadiness org={org} chart={readiness.contactChart} />
      <VendorReadiness readiness={readiness} />
      <ReadinessGaps gaps={readiness.gaps} />
      <ReadinessAdvice advice={readiness.advice} />
    </>
  );
}

/** 「準備ができています」 or 「不足が N 件あります」: an icon and words, not colour only; announced when the year changes. */
function StatusLine({ readiness }: { readiness: Readiness }) {
  const t = useT();
  const { ready, gaps } = readiness;
  return (
    <p className={`readiness-line ${ready ? 'readiness-ok' : 'readiness-gaps'}`} role="status">
      <span className="readiness-icon" aria-hidden="true">
        {ready ? '✓' : '!'}
      </span>
      <span>
        {readiness.fiscalYearLabel} {ready ? t('dashboard.ready') : t('dashboard.notReady', { count: gaps.length })}
      </span>
    </p>
  );
}

/** Mamori's advice, apart from the 手引き's gaps and said to be Mamori's. */
function ReadinessAdvice({ advice }: { advice: Readiness['advice'] }) {
  const t = useT();
  if (advice.length === 0) return null;
  return (
    <div className="readiness-advice">
      <h3>{t('dashboard.advice')}</h3>
      <p className="hint">{t('dashboard.adviceLead')}</p>
      <ul lang="ja">
        {advice.map((a) => (
          <li key={`${a.kind}:${a.assessment ?? ''}:${a.itemId ?? ''}:${a.message}`}>{a.message}</li>
        ))}
      </ul>
    </div>
  );
}
