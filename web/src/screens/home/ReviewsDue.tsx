// The home dashboard's line on the 棚卸し: per system of the 利用者台帳 with accounts, the next review's
// date (marked when it has passed) or that none was signed off yet; nothing when the register is empty.
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { accountSystemLink } from '../../links.ts';
import '../../messages/account-reviews.ts';

export function ReviewsDue({ org }: { org: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const systems = useLoad(['org', org.id, 'account-systems'], () => api.accountSystems(org.id));
  const list = (systems.data?.systems ?? []).filter((s) => s.accounts > 0);
  if (list.length === 0) return null;
  const today = todayJst(new Date());
  return (
    <section className="card" aria-labelledby="reviews-due-heading">
      <h2 id="reviews-due-heading">{t('reviews.dueTitle')}</h2>
      <ul className="plain-list">
        {list.map((s) => (
          <li key={s.id}>
            <Link {...accountSystemLink(org.slug, s.id)}>
              <span lang="ja">
                {s.nextReviewOn
                  ? t('reviews.dueOn', { name: s.name, date: formatDateLong(s.nextReviewOn, lang) })
                  : t('reviews.neverDone', { name: s.name })}
              </span>
            </Link>
            {s.nextReviewOn && s.nextReviewOn < today && (
              <>
                {' '}
                <span className="badge badge-warn">{t('reviews.overdue')}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
