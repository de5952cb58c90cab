// What an inspection would point out (立入検査で指摘される可能性がある点), each linked to its item. A long
// list is cut to its first few lines so the items stay near; the rest is one button away.
import { type MouseEvent, useState } from 'react';
import type { Gap } from '../../api-answers.ts';
import { ShowAllToggle } from '../../components/ShowAllToggle.tsx';
import { useT } from '../../i18n.ts';
import { itemAnchor, itemHeadingId } from './item-anchor.ts';
import '../../messages/assessments.ts';

const GAPS_SHOWN = 5;

export function GapsPanel({ gaps }: { gaps: Gap[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? gaps : gaps.slice(0, GAPS_SHOWN);
  return (
    <section className="card gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('sheet.gaps')}</h2>
      {gaps.length === 0 ? (
        <p>{t('sheet.noGaps')}</p>
      ) : (
        <>
          {gaps.some((g) => g.itemId) && <p className="field-hint">{t('sheet.gapsLead')}</p>}
          <ul className="gap-list" id="gap-list" lang="ja">
            {shown.map((g) => (
              // a gap has no id of its own: its code, item and sentence tell it apart
              <GapLine key={`${g.code}:${g.itemId ?? ''}:${g.message}`} gap={g} />
            ))}
          </ul>
          <ShowAllToggle
            total={gaps.length}
            limit={GAPS_SHOWN}
            all={all}
            onChange={setAll}
            controls="gap-list"
            labels={{ all: 'sheet.gapsAll', fewer: 'sheet.gapsFewer' }}
          />
        </>
      )}
    </section>
  );
}

function GapLine({ gap }: { gap: Gap }) {
  const { itemId } = gap;
  return (
    <li>
      {itemId ? (
        <a href={`#${itemAnchor(itemId)}`} onClick={(e) => jumpTo(e, itemId)}>
          {gap.message}
        </a>
      ) : (
        gap.message
      )}
    </li>
  );
}

/** Moves to an item from a gap: the item scrolled into view (clear of the sticky notices), focus on its heading. */
function jumpTo(e: MouseEvent<HTMLAnchorElement>, itemId: string) {
  const item = document.getElementById(itemAnchor(itemId));
  const heading = document.getElementById(itemHeadingId(itemId));
  if (!item || !heading) return;
  e.preventDefault();
  item.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
