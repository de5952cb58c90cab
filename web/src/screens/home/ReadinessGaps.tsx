// What keeps the year from being ready, as the server's sentences: the first 20, the rest one button away.
import { useState } from 'react';
import type { Readiness } from '../../api-answers.ts';
import { ShowAllToggle } from '../../components/ShowAllToggle.tsx';
import { useT } from '../../i18n.ts';
import { firstOf } from './fiscal-years.ts';
import '../../messages/home.ts';

const GAPS_SHOWN = 20;

export function ReadinessGaps({ gaps }: { gaps: Readiness['gaps'] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (gaps.length === 0) return null;
  const { shown } = firstOf(gaps, GAPS_SHOWN, all);
  return (
    <>
      <h3>{t('dashboard.gaps')}</h3>
      <ul className="gap-list" id="readiness-gaps" lang="ja">
        {shown.map((g, i) => (
          // gaps have no id; the same sentence can come twice (one per target class)
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole, never reordered
          <li key={`${i}:${g.message}`}>{g.message}</li>
        ))}
      </ul>
      <ShowAllToggle
        total={gaps.length}
        limit={GAPS_SHOWN}
        all={all}
        onChange={setAll}
        controls="readiness-gaps"
        labels={{ all: 'dashboard.gapsAll', fewer: 'dashboard.gapsFewer' }}
      />
    </>
  );
}
