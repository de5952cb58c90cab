// The 連絡体制図's 事業者 the ledger does not hold yet, and the button that brings them in (their chart
// entry stays the 24-hour contact: one record, not two).
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/vendors.ts';

export function FromChart({ org, names, canWrite }: { org: OrgSummary; names: string[]; canWrite: boolean }) {
  const t = useT();
  const { notify } = useNotice();
  const adopt = useAction(() => api.vendorsFromChart(org.id));
  if (names.length === 0) return null;
  const run = async () => {
    const done = await adopt.run();
    if (done) {
      notify(t('vendors.fromChartDone', { created: done.created, linked: done.linked }));
      void invalidate(keys.vendors(org.id), ['org', org.id, 'readiness']);
    }
  };
  return (
    <div className="notice notice-info no-print">
      <p>
        {t('vendors.fromChart', { count: names.length })}
        <span lang="ja">{names.join('、')}</span>
      </p>
      {canWrite && (
        <>
          <p className="field-hint">{t('vendors.fromChartHint')}</p>
          <FormError error={adopt.error} />
          <button type="button" onClick={() => void run()} disabled={adopt.pending}>
            {t('vendors.fromChartDo')}
          </button>
        </>
      )}
    </div>
  );
}
