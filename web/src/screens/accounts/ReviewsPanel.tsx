// The 棚卸し of the 利用者台帳: the reviews done and in progress, newest first, and for the system shown
// the way to start one (or to open the one in progress).
import { useNavigate } from '@tanstack/react-router';
import { accountReviewStatusLabels } from '../../../../domain/accounts/review.ts';
import type { AccountSystem } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { accountReviewLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/account-reviews.ts';

export function ReviewsPanel({ org, system, canWrite }: { org: OrgSummary; system: AccountSystem | null; canWrite: boolean }) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const reviews = useLoad(['org', org.id, 'account-reviews'], () => api.accountReviews(org.id));
  const start = useAction(() => api.startAccountReview(org.id, system?.id ?? '', {}));
  const begin = async () => {
    const made = await start.run();
    if (!made) return;
    notify(t('reviews.started'));
    await navigate(accountReviewLink(org.slug, made.id));
  };
  return (
    <section aria-labelledby="account-reviews">
      <h2 id="account-reviews">{t('reviews.section')}</h2>
      <p className="field-hint">{t('reviews.lead')}</p>
      {system && canWrite && system.accounts > 0 && (
        <p className="no-print">
          {system.openReviewId ? (
            <Link {...accountReviewLink(org.slug, system.openReviewId)}>{t('reviews.continue')}</Link>
          ) : (
            <button type="button" disabled={start.pending} onClick={() => void begin()}>
              {t('reviews.start', { name: system.name })}
            </button>
          )}
        </p>
      )}
      <FormError error={start.error} />
      <Loadable state={reviews}>
        {({ reviews: list }) => (
          <DataTable
            caption={t('reviews.section')}
            columns={[
              t('reviews.col.system'),
              t('reviews.col.status'),
              t('reviews.col.started'),
              t('reviews.col.progress'),
              t('reviews.col.signed'),
              t('reviews.col.next'),
            ]}
            rows={list}
            empty={t('reviews.none')}
          >
            {(r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link
                    {...accountReviewLink(org.slug, r.id)}
                    aria-label={t('reviews.open', { name: r.systemName, date: formatDateLong(r.startedAt, lang) })}
                  >
                    <span lang="ja">{r.systemName}</span>
                  </Link>
                </th>
                <td>{accountReviewStatusLabels[r.status][lang]}</td>
                <td>{formatDateLong(r.startedAt, lang)}</td>
                <td>
                  {r.decided} / {r.total}
                </td>
                <td>{r.signedAt ? `${formatDateLong(r.signedAt, lang)} ${r.signedBy ?? ''}` : '—'}</td>
                <td>{r.nextReviewOn ? formatDateLong(r.nextReviewOn, lang) : '—'}</td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
    </section>
  );
}
