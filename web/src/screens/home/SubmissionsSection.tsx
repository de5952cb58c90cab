// 事前送付 on an institution's home: what was submitted to its 保健所 (year, number, when, by whom, the
// gaps by the 手引き at that moment, the start of the sha256), and for its 管理者 the button that
// submits the year's forms as they are now (after a confirmation).

import { fiscalYear } from '../../../../domain/dates/fiscal-year.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import { currentFiscalYear } from './fiscal-years.ts';
import '../../messages/contacts.ts';
import '../../messages/jurisdiction.ts';

export function SubmissionsSection({ org }: { org: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const { user } = useSignedIn();
  const year = currentFiscalYear(new Date());
  const label = fiscalYear(year).label;
  const loaded = useLoad(keys.submissions(org.id), () => api.submissions(org.id));
  const submit = useAction(() => api.submitYear(org.id, year));
  const run = async () => {
    if (!window.confirm(t('submissions.confirm', { year: label }))) return;
    const made = await submit.run();
    if (!made) return;
    notify(t('submissions.done', { office: made.office.name, no: made.no }));
    await invalidate(keys.submissions(org.id));
  };
  const columns = (['year', 'no', 'at', 'by', 'ready', 'sha'] as const).map((k) => t(`submissions.col.${k}`));
  return (
    <Section title={t('submissions.title')} id="submissions">
      <p>{t('submissions.lead')}</p>
      <FormError error={submit.error} />
      {can(org.role, 'org.manage', user.isSystemAdmin) && org.role && (
        <p className="no-print">
          <button type="button" disabled={submit.pending} onClick={() => void run()}>
            {t('submissions.submit', { year: label })}
          </button>
        </p>
      )}
      <Loadable state={loaded}>
        {(data) => (
          <DataTable columns={columns} rows={data.submissions} empty={t('submissions.empty')} className="submissions-table">
            {(s) => (
              <tr key={s.id}>
                <th scope="row">{s.fiscalYearLabel}</th>
                <td className="num">{s.no}</td>
                <td>{formatDateTimeLong(s.submittedAt, lang)}</td>
                <td>{s.submittedBy}</td>
                <td>{s.ready ? t('jurisdiction.ready') : t('jurisdiction.gaps', { count: s.gaps })}</td>
                <td>
                  <code>{s.sha256.slice(0, 16)}</code>
                  <br />
                  <a href={api.submissionUrl(org.id, s.id, 'print')} target="_blank" rel="noopener">
                    {t('submissions.print')}
                    <span className="visually-hidden"> {t('common.newTab')}</span>
                  </a>
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
    </Section>
  );
}
