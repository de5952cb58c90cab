// 「台帳から」 under an item: what the 機器台帳 and the 外部接続点 register say now (はい / いいえ /
// 判断できない, why, what they cannot tell, and links to the rows), and — when it differs — what they
// said when the item was answered. A suggestion, never an answer: the person decides.

import type { Answer, OrgSummary, Suggestion } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { useT } from '../../i18n.ts';
import { rowLink } from '../../links.ts';
import '../../messages/item-scope.ts';
import '../../messages/maintenance.ts';

export function ItemSuggestion({
  org,
  label,
  now,
  answer,
}: {
  org: OrgSummary;
  label: string;
  now: Suggestion | undefined;
  answer: Answer | null;
}) {
  const t = useT();
  const then = answer?.suggestion ?? null;
  if (!now && !then) return null;
  const word = (s: Suggestion) => t(`suggest.${s.answer}`);
  return (
    <aside className={`item-suggestion suggestion-${now?.answer ?? 'unknown'}`} aria-label={t('suggest.name', { label })}>
      {now && (
        <>
          <p>
            <strong>{t('suggest.now')}</strong> <span className="badge">{word(now)}</span>{' '}
            <span className="field-hint">{t('suggest.notAnswer')}</span>
          </p>
          <ul lang="ja">
            {now.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {(now.cannotTell ?? []).length > 0 && (
            <div className="suggestion-cannot">
              <p>
                <strong>{t('suggest.cannotTell')}</strong>
              </p>
              <ul lang="ja">
                {now.cannotTell.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
          {now.rows.length > 0 && (
            <p className="suggestion-rows">
              {now.rows.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && '、'}
                  <Link {...rowLink(org.slug, r)}>{r.label}</Link>
                </span>
              ))}
            </p>
          )}
        </>
      )}
      {then && (then.answer !== now?.answer || then.reasons.join() !== now?.reasons.join()) && (
        <p className="field-hint" lang="ja">
          {t('suggest.then', { answer: word(then) })} {then.reasons.join(' ')}
        </p>
      )}
    </aside>
  );
}
