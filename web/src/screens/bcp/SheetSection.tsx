// The BCP 確認表 on the BCP page: a fiscal year chosen (this year and the years with a sheet), the print
// view and PDF, the sheet's header note and source, its counts, starting it (carrying the latest earlier
// year's answers), the BCP document it checks, and the five steps with every row.
import { useState } from 'react';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { can } from '../../../../domain/roles.ts';
import type { BcpSheet } from '../../api/bcp.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { YearOutputs } from '../../components/YearOutputs.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { SheetPlanForm } from './SheetPlanForm.tsx';
import { SheetStep } from './SheetStep.tsx';
import '../../messages/bcp.ts';
import '../../messages/contacts.ts';

export function SheetSection({ org }: { org: OrgSummary }) {
  const t = useT();
  const thisYear = fiscalYearOf(todayJst(new Date()));
  const [year, setYear] = useState(thisYear);
  const loaded = useLoad(keys.bcpSheet(org.id, year), () => api.bcpSheet(org.id, year));
  const years = [...new Set([thisYear + 1, thisYear, ...(loaded.data?.years ?? []), thisYear - 1])].sort((a, b) => b - a);
  return (
    <Section title={t('bcp.checkSheet')} id="bcp-check-sheet">
      <p>{t('bcp.sheet.lead')}</p>
      <YearOutputs
        label={t('bcp.sheet.year')}
        year={year}
        years={years}
        onYear={setYear}
        print={{ lead: t('bcp.sheet.print'), view: t('bcp.sheet.printView'), pdf: t('bcp.sheet.pdf') }}
        href={(output) => api.bcpSheetUrl(org.id, year, output)}
      />
      <Loadable state={loaded}>{(sheet) => <SheetView key={sheet.fiscalYear} org={org} sheet={sheet} />}</Loadable>
    </Section>
  );
}

function SheetView({ org, sheet }: { org: OrgSummary; sheet: BcpSheet }) {
  const t = useT();
  const canWrite = can(org.role, 'org.write');
  const s = sheet.summary;
  return (
    <div className="bcp-sheet-view">
      <p>
        {t('bcp.sheet.edition', { edition: sheet.edition })}
        <br />
        <small>{sheet.headerNote}</small>
      </p>
      <p className="provenance">
        <small>
          {t('bcp.sheet.source')}: {sheet.source}
        </small>
      </p>
      {sheet.sheet ? (
        <ul className="training-totals" aria-label={`${sheet.fiscalYearLabel} ${t('bcp.sheet.answer')}`}>
          <li>{t('bcp.sheet.summary', { yes: s.yes, no: s.no, unanswered: s.unanswered, total: s.total })}</li>
          {s.carried > 0 && <li>{t('bcp.sheet.summaryCarried', { count: s.carried })}</li>}
          {s.unseen > 0 && <li>{t('bcp.sheet.summaryUnseen', { count: s.unseen })}</li>}
        </ul>
      ) : (
        <StartSheet org={org} sheet={sheet} canWrite={canWrite} />
      )}
      {sheet.sheet?.carriedFrom && (
        <p className="notice">{t('bcp.sheet.carriedFrom', { year: fiscalYear(sheet.sheet.carriedFrom).label })}</p>
      )}
      {sheet.sheet && <SheetPlanForm key={sheet.sheet.version} org={org} sheet={sheet} canWrite={canWrite} />}
      {!canWrite && <p className="muted">{t('bcp.sheet.readOnly')}</p>}
      {sheet.steps.map((step) => (
        <SheetStep key={step.no} org={org} sheet={sheet} step={step} canWrite={canWrite} />
      ))}
    </div>
  );
}

function StartSheet({ org, sheet, canWrite }: { org: OrgSummary; sheet: BcpSheet; canWrite: boolean }) {
  const t = useT();
  const { notify } = useNotice();
  const start = useAction(() => api.startBcpSheet(org.id, sheet.fiscalYear));
  const run = async () => {
    if (!(await start.run())) return;
    notify(t('bcp.sheet.started', { year: sheet.fiscalYearLabel }));
    await invalidate(keys.bcpSheet(org.id));
  };
  return (
    <div className="notice">
      <p>{t('bcp.sheet.notStarted')}</p>
      <FormError error={start.error} />
      {canWrite && (
        <button type="button" disabled={start.pending} onClick={() => void run()}>
          {sheet.carryFrom ? t('bcp.sheet.startCarry', { year: fiscalYear(sheet.carryFrom).label }) : t('bcp.sheet.start')}
        </button>
      )}
    </div>
  );
}
