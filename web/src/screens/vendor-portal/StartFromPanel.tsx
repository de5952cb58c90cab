// 「前の回答から始める」 on a vendor's open form: the forms it may start from (this institution's earlier
// year, or another institution's form of the same system the person answers), one chosen and copied —
// only the vendor's own answers, only onto items not yet answered — then what was copied and what to
// look at again. Shown only when there is something to start from.
import { type FormEvent, useState } from 'react';
import type { StartReport } from '../../api/vendor-portal.ts';
import { api } from '../../api.ts';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import '../../messages/vendor-portal.ts';

export function StartFromPanel({ formId, onStarted }: { formId: string; onStarted: () => void }) {
  const t = useT();
  const sources = useLoad(['vendor-portal', 'sources', formId], () => api.vendorFormSources(formId));
  const [chosen, setChosen] = useState('');
  const [report, setReport] = useState<StartReport | null>(null);
  const start = useAction((sourceId: string) => api.vendorStartFrom(formId, sourceId));
  const list = sources.data?.sources ?? [];
  if (list.length === 0 && !report) return null;
  const sourceId = chosen || list[0]?.id || '';
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await start.run(sourceId);
    if (done) {
      setReport(done);
      onStarted();
    }
  };
  return (
    <section className="card start-from" aria-labelledby="start-from-title">
      <h2 id="start-from-title">{t('start.title')}</h2>
      <p>{t('start.lead')}</p>
      {list.length > 0 && (
        <form onSubmit={onSubmit} className="stack">
          <FormError error={start.error} />
          <SelectField
            label={t('start.source')}
            value={sourceId}
            onChange={(e) => setChosen(e.target.value)}
            options={list.map((s) => ({
              value: s.id,
              label: t(s.kind === 'earlierYear' ? 'start.earlier' : 'start.other', {
                institution: s.institution,
                year: s.fiscalYearLabel,
                system: s.systemName ?? t('start.noSystem'),
                count: s.answers,
              }),
            }))}
          />
          <SubmitButton pending={start.pending} label={t('start.submit')} />
        </form>
      )}
      {report && (
        <div role="status" className="notice notice-info">
          <p>{t(report.datesKept ? 'start.doneDates' : 'start.done', { from: report.from, count: report.copied })}</p>
          {report.skipped.length > 0 && <p>{t('start.skipped', { items: report.skipped.join('、') })}</p>}
          {report.newItems.length > 0 && <p>{t('start.newItems', { items: report.newItems.join('、') })}</p>}
        </div>
      )}
    </section>
  );
}
