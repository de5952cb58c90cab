// 「この項目の解説」 at the end of an item: Mamori's own plain-language help — what the item asks, how
// to check it, what serves as evidence, the guideline — collapsed. It is never the ministry's
// wording: a badge above the title, the basis and the notice say so, and it looks unlike the item's text. After
// the evidence part, before the history: keyboard answering passes both with a Tab each between items.
import type { ItemHelp } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import '../../messages/item-help.ts';

interface Props {
  /** the item's label ("2(1) 医療情報システム全般"), read out with the summary */
  label: string;
  help: ItemHelp;
  /** 「Mamori による解説です。…」 from the help file */
  notice: string;
}

export function ItemHelpDetails({ label, help, notice }: Props) {
  const t = useT();
  return (
    <details className="item-help">
      <summary>
        <span className="visually-hidden" lang="ja">
          {label}{' '}
        </span>
        {t('itemHelp.summary')}
      </summary>
      <div className="item-help-body">
        <p className="item-help-badge">
          <span className="badge badge-warn">{t('itemHelp.badge')}</span>
        </p>
        <h4 lang="ja">{help.title}</h4>
        <p lang="ja">{help.meaning}</p>
        <HelpList title={t('itemHelp.howToCheck')} lines={help.howToCheck} />
        <HelpList title={t('itemHelp.evidence')} lines={help.evidence} />
        {help.guidelineRefs.length > 0 && <HelpList title={t('itemHelp.guideline')} lines={help.guidelineRefs} />}
        {help.note && (
          <p className="item-help-note">
            <strong>{t('itemHelp.note')}</strong> <strong lang="ja">{help.note}</strong>
          </p>
        )}
        <div className="item-help-foot">
          <p lang="ja">{t('itemHelp.basis', { basis: help.basis })}</p>
          <p lang="ja">{notice}</p>
        </div>
      </div>
    </details>
  );
}

/** A small heading and its Japanese lines as a list. */
function HelpList({ title, lines }: { title: string; lines: string[] }) {
  return (
    <>
      <h5>{title}</h5>
      <ul lang="ja">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
