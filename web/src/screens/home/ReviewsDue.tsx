// The home dashboard's lines on the 利用者台帳's periodic work: per system with accounts, the next
// 棚卸し (marked when its date has passed, or said never done), and per log of the ログリスト the next
// look due; nothing when the register is empty.
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { accountSystemLink } from '../../links.ts';
import '../../messages/account-reviews.ts';
import '../../messages/log-list.ts';

export function ReviewsDue({ org }: { org: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const systems = useLoad(['org', org.id, 'account-systems'], () => api.accountSystems(org.id));
  const logs = useLoad(['org', org.id, 'log-sources'], () => api.logList(org.id));
  const list = (systems.data?.systems ?? []).filter((s) => s.accounts > 0);
  const looks = logs.data?.logs ?? [];
  if (list.length === 0 && looks.length === 0) return null;
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
        {looks.map((l) => (
          <li key={l.id}>
            <Link {...accountSystemLink(org.slug, l.systemId)}>
              <span lang="ja">{t('logs.dueOn', { name: `${l.name} (${l.systemName})`, date: formatDateLong(l.dueOn, lang) })}</span>
            </Link>
            {l.overdue && (
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
