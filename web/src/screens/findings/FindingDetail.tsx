// One finding's details: what was seen, KEV's required action in Japanese with CISA's original beside
// it (marked English), the CVEs, and the checklist items as the organisation's form numbers them.
import { topicNames } from '../../../../domain/findings/items.ts';
import type { DecidedFinding, FindingsReport } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import '../../messages/findings.ts';

type Cve = DecidedFinding['cves'][number];

/** Each distinct required action once: the Japanese lead, then the original in English. */
export function RequiredActions({ cves }: { cves: Cve[] }) {
  const t = useT();
  const distinct = [...new Map(cves.map((c) => [c.requiredAction, c])).values()].filter((c) => c.requiredAction);
  return distinct.map((c) => (
    <p key={c.requiredAction} className="finding-action">
      {c.action.ja ? (
        <>
          {t('findings.action', { action: c.action.ja })}
          {!c.action.complete && ` ${t('findings.actionMore')}`} <span className="finding-cves">{t('findings.actionOriginal')} </span>
        </>
      ) : (
        <>{t('findings.actionEnglish')} </>
      )}
      <span className="finding-cves" lang="en">
        {c.requiredAction}
      </span>
    </p>
  ));
}

export function FindingDetail({ f, checklist }: { f: DecidedFinding; checklist: FindingsReport['checklist'] }) {
  const t = useT();
  const items = f.items.length
    ? t('findings.itemsOf', { checklist: checklist?.label ?? '', items: f.items.map((i) => i.label).join('、') })
    : f.topics.length
      ? t('findings.items', { items: f.topics.map((x) => topicNames[x as keyof typeof topicNames] ?? x).join('、') })
      : null;
  return (
    <>
      {f.detail.map((d) => (
        <p key={d}>{d}</p>
      ))}
      {f.method !== 'name-only' && <RequiredActions cves={f.cves} />}
      {items && <p className="finding-items">{items}</p>}
      {f.cves.length > 0 && (
        <p className="finding-cves">
          {f.cves
            .slice(0, 10)
            .map((c) => `${c.cveId}${c.ransomware ? ' (ランサムウェア)' : ''}`)
            .join('、')}
          {f.cves.length > 10 ? ` ほか ${f.cves.length - 10} 件` : ''}
          {f.cves[0] && f.method !== 'name-only' ? ` — ${t('findings.due', { date: f.cves[0].dueDate })}` : ''}
        </p>
      )}
    </>
  );
}
