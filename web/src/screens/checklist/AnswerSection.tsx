// One section of the answer sheet (0 the gate, 1 体制構築, …) with its items.
import { AnswerItem, type AnswerItemProps } from './AnswerItem.tsx';
import type { SheetSection } from './sheet-data.ts';

/** What every item on the sheet gets besides itself. */
export type ItemContext = Omit<AnswerItemProps, 'item'>;

export function AnswerSection({ section, context }: { section: SheetSection; context: ItemContext }) {
  const headingId = `section-${section.key}-heading`;
  return (
    <section className="answer-section" aria-labelledby={headingId}>
      <h2 id={headingId} lang="ja">
        {section.title}
      </h2>
      {section.items.map((item) => (
        <AnswerItem key={item.id} item={item} {...context} />
      ))}
    </section>
  );
}
