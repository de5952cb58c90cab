// One account's history, newest first: the imports that created or changed it (the columns changed,
// the file), the 棚卸し decisions on it and the status a signed-off 棚卸し gave it.

import { historyColumnLabel, statusLabel } from '../../../../domain/accounts/history.ts';
import { accountReviewDecisionLabels } from '../../../../domain/accounts/review.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/accounts.ts';

type Entry = Awaited<ReturnType<typeof api.accountHistory>>['history'][number];

export function AccountHistory({ org, accountId, onClose }: { org: OrgSummary; accountId: string; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const history = useLoad(['org', org.id, 'account-history', accountId], () => api.accountHistory(org.id, accountId));
  const what = (e: Entry) => {
    switch (e.kind) {
      case 'created':
        return t('accounts.history.created', { file: e.fileName });
      case 'updated':
        return t('accounts.history.updated', {
          file: e.fileName,
          columns: e.columns.map((c) => historyColumnLabel(c)?.[lang] ?? c).join('、'),
        });
      case 'decided':
        return t('accounts.history.decided', {
          decision: accountReviewDecisionLabels[e.decision as keyof typeof accountReviewDecisionLabels]?.[lang] ?? e.decision,
          reason: e.reason || '—',
        });
      case 'status':
        return t('accounts.history.status', { from: statusLabel(e.from, lang), to: statusLabel(e.to, lang) });
    }
  };
  return (
    <section aria-labelledby="account-history">
      <Loadable state={history}>
        {({ account, history: entries }) => (
          <>
            <h3 id="account-history">{t('accounts.history.title', { id: account.accountId })}</h3>
            {entries.length === 0 ? (
              <p>{t('accounts.history.none')}</p>
            ) : (
              <ol className="history">
                {entries.map((e) => (
                  <li key={`${e.at}:${e.kind}`}>
                    <time dateTime={e.at}>{formatDateTimeLong(e.at, lang)}</time> <span lang="ja">{e.actor}</span>: {what(e)}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Loadable>
      <button type="button" className="button-secondary no-print" onClick={onClose}>
        {t('accounts.history.close')}
      </button>
    </section>
  );
}
